import { describe, expect, it } from 'vitest';
import { electronFlags, parseLaunchOptions } from '../../../electron/launch-options.ts';

const strict = { strict: true };

describe('parseLaunchOptions', () => {
  it('defaults to the app-data folder, 5,000 demo complaints and port 5180', () => {
    expect(parseLaunchOptions([], strict)).toEqual({
      dataDir: undefined,
      demo: { count: 5000, seed: 1 },
      port: 5180,
      hub: { kind: 'none' },
    });
  });

  it('reads every flag', () => {
    expect(parseLaunchOptions(['--data', '/tmp/x', '--demo-count', '20', '--port', '6000'], strict)).toEqual({
      dataDir: '/tmp/x',
      demo: { count: 20, seed: 1 },
      port: 6000,
      hub: { kind: 'none' },
    });
    expect(parseLaunchOptions(['--no-demo'], strict).demo).toBe(false);
  });

  it.each([
    [['--port', '0'], /--port needs a whole number from 1 to 65535/],
    [['--port', '80a'], /--port needs a whole number/],
    [['--demo-count', '-3'], /--demo-count/],
    [['--data', ''], /--data needs a folder/],
    [['--no-demo', '--demo-count', '5'], /cannot be used together/],
    [['--colour'], /Unknown option '--colour'/],
    [['stray'], /Unexpected argument 'stray'/],
    [['--data'], /--data/],
  ])('refuses %j with a clear message', (args, message) => {
    expect(() => parseLaunchOptions(args, strict)).toThrow(message);
  });

  it("lets the Electron app ignore Chromium's own switches and its app path", () => {
    const args = ['.', '--remote-debugging-port=0', '--data', '/d', '--no-demo'];
    expect(parseLaunchOptions(args, { strict: false })).toMatchObject({ dataDir: '/d', demo: false });
  });

  it('still refuses a bad value for a known flag outside strict mode', () => {
    expect(() => parseLaunchOptions(['--data'], { strict: false })).toThrow(/--data needs a folder/);
  });
});

describe('electronFlags', () => {
  it('passes data folder and demo choice on, never the web port', () => {
    expect(electronFlags(parseLaunchOptions(['--data', 'D', '--port', '7000', '--no-demo'], strict))).toEqual(
      ['--data', 'D', '--no-demo'],
    );
    expect(electronFlags(parseLaunchOptions([], strict))).toEqual(['--demo-count', '5000']);
  });
});
