import { homedir } from 'node:os';
import { join } from 'node:path';

/** Folder name of the app's data, the same one Electron uses for `app.getPath('userData')`. */
export const APP_DATA_FOLDER = 'Sispamkota TFG';

/** File name of the SQLite database inside the data folder. */
export const DATABASE_FILE = 'sispamkota.sqlite';

/**
 * The data folder browser mode uses when none is given: the same place Electron's `userData` points
 * to, so the desktop app and browser mode see the same sessions on one machine.
 */
export function defaultDataDirectory(platform: NodeJS.Platform = process.platform, env = process.env): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_DATA_FOLDER);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_DATA_FOLDER);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_DATA_FOLDER);
}

/** A file-name-safe timestamp such as `20261123T124500Z`, for backups and moved-aside files. */
export function fileStamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
}
