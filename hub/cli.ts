import { parseArgs } from 'node:util';
import { openApiText } from './openapi.ts';
import { startHub } from './server.ts';

/*
 * `npm run hub -- --port 8787 --data DIR [--host 127.0.0.1] [--demo]`, or `--print-openapi`.
 * Secrets made on a first start go to stdout once, here, and never into the log.
 */
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8787' },
    host: { type: 'string', default: '127.0.0.1' },
    data: { type: 'string' },
    demo: { type: 'boolean', default: false },
    'print-openapi': { type: 'boolean', default: false },
  },
  strict: true,
});

if (values['print-openapi']) {
  process.stdout.write(openApiText());
} else {
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error(`--port ${values.port} is not a port`);
  if (!values.data) throw new Error('--data DIR is required: the folder that holds the hub database');
  const hub = await startHub({ port, host: values.host, dataDir: values.data, demo: values.demo });
  if (hub.secrets.adminPassword) {
    process.stdout.write(`\nFirst start: user "admin", password ${hub.secrets.adminPassword}\n`);
  }
  if (hub.secrets.ingestKey) process.stdout.write(`First start: ingest key ${hub.secrets.ingestKey}\n`);
  if (hub.secrets.adminPassword || hub.secrets.ingestKey) {
    process.stdout.write(
      'Write these down now: they are stored only as hashes and will not be shown again.\n\n',
    );
  }
  const stop = () => void hub.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
