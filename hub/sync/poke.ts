import type { FastifyReply } from 'fastify';

/** How often an idle event stream gets a comment line, so proxies and desktops see it is alive. */
export const HEARTBEAT_MS = 15_000;

export type Poke = {
  /** Called after each commit: every open stream hears "version N exists". */
  announce(version: number): void;
  /** Keeps the reply open as an event stream until the client goes away or the hub closes. */
  stream(reply: FastifyReply, version: number): void;
  closeAll(): void;
};

/** Server-sent events carry only the newest version: desktops then pull. Nothing else travels here. */
export function pokeHub(heartbeatMs = HEARTBEAT_MS): Poke {
  const open = new Set<FastifyReply>();
  const send = (reply: FastifyReply, version: number) =>
    reply.raw.write(`event: version\ndata: ${version}\n\n`);
  const timer = setInterval(() => {
    for (const reply of open) reply.raw.write(': heartbeat\n\n');
  }, heartbeatMs);
  timer.unref();
  return {
    announce(version) {
      for (const reply of open) send(reply, version);
    },
    stream(reply, version) {
      reply.hijack();
      reply.raw.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-cache',
        connection: 'keep-alive',
      });
      open.add(reply);
      reply.raw.on('close', () => open.delete(reply));
      send(reply, version);
    },
    closeAll() {
      clearInterval(timer);
      for (const reply of open) reply.raw.end();
      open.clear();
    },
  };
}
