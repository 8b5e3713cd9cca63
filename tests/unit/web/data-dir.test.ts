import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../../electron/web/data-dir.ts';

describe('defaultDataDir (where Electron keeps userData)', () => {
  it('follows XDG on Linux, falling back to ~/.config', () => {
    expect(defaultDataDir({ platform: 'linux', env: { XDG_CONFIG_HOME: '/cfg' }, home: '/home/a' })).toBe(
      '/cfg/Saring',
    );
    expect(defaultDataDir({ platform: 'linux', env: {}, home: '/home/a' })).toBe('/home/a/.config/Saring');
  });

  it('uses %APPDATA% on Windows and Application Support on macOS', () => {
    const appData = 'C:\\Users\\a\\AppData\\Roaming';
    expect(defaultDataDir({ platform: 'win32', env: { APPDATA: appData }, home: 'C:\\Users\\a' })).toBe(
      `${appData}\\Saring`,
    );
    expect(defaultDataDir({ platform: 'darwin', env: {}, home: '/Users/a' })).toBe(
      '/Users/a/Library/Application Support/Saring',
    );
  });
});
