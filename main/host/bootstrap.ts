import { join } from 'node:path';
import type { AppInfo, HostApi, Settings } from '../../shared/contract/host';
import { ENGINE_VERSION } from '../../shared/version';
import { openDatabaseSafely, type SqliteDatabase } from '../storage/database';
import { DATABASE_FILE, fileStamp } from './paths';
import { createHostServices } from './services';
import packageJson from '../../package.json';

/** A running host: the services both adapters expose, and how to shut them down. */
export interface RunningHost {
  services: HostApi;
  db: SqliteDatabase;
  databasePath: string;
  storageNotice: string | null;
  close(): void;
}

/** Options for {@link startHost}. */
export interface StartHostOptions {
  dataDirectory: string;
  mode: AppInfo['mode'];
  onSettingsChanged?: (settings: Settings) => void;
}

/**
 * Opens storage in `dataDirectory` and builds the host services. Used by the Electron main process and
 * by the browser-mode server alike, so both run exactly the same host.
 */
export function startHost(options: StartHostOptions): RunningHost {
  const databasePath = join(options.dataDirectory, DATABASE_FILE);
  const { db, notice } = openDatabaseSafely(databasePath, fileStamp(new Date()));
  const services = createHostServices({
    db,
    mode: options.mode,
    appVersion: packageJson.version,
    engineVersion: ENGINE_VERSION,
    platform: process.platform,
    dataDirectory: options.dataDirectory,
    databasePath,
    storageNotice: notice,
    ...(options.onSettingsChanged ? { onSettingsChanged: options.onSettingsChanged } : {}),
  });
  return {
    services,
    db,
    databasePath,
    storageNotice: notice,
    close: () => db.close(),
  };
}
