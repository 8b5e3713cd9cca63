import { launchOptionsOrExit } from '../launch-options.ts';
import { serveUntilStopped } from './serve.ts';

/** `npm run web -- --port 5180 --data DIR [--no-demo] [--demo-count N]` */
await serveUntilStopped(
  launchOptionsOrExit(process.argv.slice(2), { strict: true, command: 'npm run web --' }),
);
