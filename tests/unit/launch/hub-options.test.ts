import { describe, expect, it } from 'vitest';
import { parseLaunchOptions } from '../../../electron/launch-options.ts';

const web = { strict: true };
const start = { strict: true, hub: 'local' } as const;

describe('the hub flags', () => {
  it('npm start brings its own hub by default; npm run web and the Electron app stay stand-alone', () => {
    expect(parseLaunchOptions([], start).hub).toEqual({ kind: 'local' });
    expect(parseLaunchOptions([], web).hub).toEqual({ kind: 'none' });
    expect(parseLaunchOptions(['--whatever'], { strict: false }).hub).toEqual({ kind: 'none' });
  });

  it('--hub local, --hub URL (a city hub) and --no-hub', () => {
    expect(parseLaunchOptions(['--hub', 'local'], web).hub).toEqual({ kind: 'local' });
    expect(parseLaunchOptions(['--hub', 'https://hub.tasikmalayakota.go.id/'], start).hub).toEqual({
      kind: 'remote',
      url: 'https://hub.tasikmalayakota.go.id',
    });
    expect(parseLaunchOptions(['--no-hub'], start).hub).toEqual({ kind: 'none' });
  });

  it.each([
    [['--hub', 'local', '--no-hub'], /--hub and --no-hub cannot be used together/],
    [['--hub', 'hub.example'], /--hub needs "local" or the http\(s\) address of a hub/],
    [['--hub', 'ftp://hub.example'], /--hub needs/],
    [['--hub'], /argument missing/],
  ])('refuses %j', (args, message) => {
    expect(() => parseLaunchOptions(args, start)).toThrow(message);
  });
});
