import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the proxy does to the next requests: pass them on, or fail them the way networks and hubs do. */
export type Fault = 'none' | 'down' | 'http500' | 'truncate' | 'garbage' | 'slow';

export type FaultProxy = {
  url: string;
  /** The hub behind the proxy; tests point it at a restored hub while the desktop keeps its URL. */
  target: string;
  fault: Fault;
  /** Requests seen per path (pokes included), to check that retries happened and offline means none. */
  hits: Map<string, number>;
  close(): Promise<void>;
};

/**
 * A tiny HTTP proxy in front of a real hub that injects faults: a dropped connection, a 500, a body cut
 * off half-way, a body that is not JSON, and a hub slower than the desktop's timeout.
 */
export async function faultProxy(target: string, slowMs = 2_000): Promise<FaultProxy> {
  const state: FaultProxy = {
    url: '',
    target,
    fault: 'none',
    hits: new Map(),
    close: async () => {},
  };
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    state.hits.set(path, (state.hits.get(path) ?? 0) + 1);
    const fault = state.fault;
    if (fault === 'down') {
      req.socket.destroy();
      return;
    }
    if (fault === 'http500') {
      res
        .writeHead(500, { 'content-type': 'application/json' })
        .end('{"error":{"code":"internal","message":"x"}}');
      return;
    }
    if (fault === 'garbage') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('<html>captive portal</html>');
      return;
    }
    const upstream = new URL(state.target);
    const forward = http.request(
      {
        host: upstream.hostname,
        port: upstream.port,
        path: req.url,
        method: req.method,
        headers: req.headers,
      },
      (answer) => {
        if (fault === 'truncate' && !path.endsWith('/events')) {
          let body = '';
          answer.setEncoding('utf8');
          answer.on('data', (c: string) => (body += c));
          answer.on('end', () => {
            res.writeHead(answer.statusCode ?? 502, { 'content-type': 'application/json' });
            res.write(body.slice(0, Math.floor(body.length / 2)));
            res.socket?.destroy();
          });
          return;
        }
        const send = () => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        };
        if (fault === 'slow') setTimeout(send, slowMs);
        else send();
      },
    );
    forward.on('error', () => res.socket?.destroy());
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  state.url = `http://127.0.0.1:${port}`;
  state.close = () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return state;
}
