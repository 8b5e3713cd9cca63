import path from 'node:path';

const APP_FOLDER = 'Saring';

type Place = { platform: NodeJS.Platform; env: NodeJS.ProcessEnv; home: string };

/**
 * The per-user folder Electron's app.getPath('userData') gives Saring, so the web host and the desktop
 * app open the same database by default.
 */
export function defaultDataDir({ platform, env, home }: Place): string {
  if (platform === 'win32')
    return path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), APP_FOLDER);
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', APP_FOLDER);
  const config = env.XDG_CONFIG_HOME?.trim() ? env.XDG_CONFIG_HOME : path.posix.join(home, '.config');
  return path.posix.join(config, APP_FOLDER);
}
