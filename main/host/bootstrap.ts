import { copyFileSync, existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type { AppInfo, Settings } from '../../shared/contract/host';
import { hostMethods, type HostApi, type HostMethodName } from '../../shared/contract/methods';
import { HostError } from '../../shared/contract/rpc';
import { ENGINE_VERSION } from '../../shared/version';
import packageJson from '../../package.json';
import { backupDatabase, listBackups } from '../storage/backup';
import { openDatabase, openDatabaseSafely, type SqliteDatabase } from '../storage/database';
import { DATABASE_FILE, fileStamp } from './paths';
import { createHostServices } from './services';

/** A running host: the services both adapters expose, and how to shut them down. */
export interface RunningHost {
  services: HostApi;
  /** The database currently open (it changes when a backup is restored). */
  readonly db: SqliteDatabase;
  databasePath: string;
  storageNotice: string | null;
  /** Resolves when the start-up backup has been written (or failed, which is logged, not fatal). */
  backupDone: Promise<void>;
  close(): void;
}

/** Options for {@link startHost}. */
export interface StartHostOptions {
  dataDirectory: string;
  mode: AppInfo['mode'];
  onSettingsChanged?: (settings: Settings) => void;
  /** Write an automatic backup on start (default true). */
  backupOnStart?: boolean;
}

/**
 * Opens storage in `dataDirectory`, writes the automatic start-up backup, and builds the host services.
 * Used by the Electron main process and the browser-mode server alike, so both run the same host.
 * The returned `services` object stays valid when a backup is restored: it forwards every call to
 * the services built over the database currently open.
 */
export function startHost(options: StartHostOptions): RunningHost {
  const databasePath = join(options.dataDirectory, DATABASE_FILE);
  const opened = openDatabaseSafely(databasePath, fileStamp(new Date()));
  let db = opened.db;
  const build = (): HostApi =>
    createHostServices({
      db,
      mode: options.mode,
      appVersion: packageJson.version,
      engineVersion: ENGINE_VERSION,
      platform: process.platform,
      dataDirectory: options.dataDirectory,
      databasePath,
      storageNotice: opened.notice,
      ...(options.onSettingsChanged ? { onSettingsChanged: options.onSettingsChanged } : {}),
      backups: {
        list: () => listBackups(databasePath).map(({ name, stamp, bytes }) => ({ name, stamp, bytes })),
        restore: (name) => {
          restoreFromBackup(name);
          return name;
        },
      },
    });
  let current = build();

  /** Replaces the database with a backup; the replaced file is kept as `.replaced-<stamp>`. */
  function restoreFromBackup(name: string) {
    const backup = listBackups(databasePath).find((candidate) => candidate.name === name);
    if (!backup) throw new HostError('not_found', `No backup named ${name}`);
    const check = openDatabase(backup.path);
    check.close();
    db.close();
    const keptAs = `${databasePath}.replaced-${fileStamp(new Date())}`;
    for (const suffix of ['', '-wal', '-shm']) {
      if (existsSync(databasePath + suffix)) renameSync(databasePath + suffix, keptAs + suffix);
    }
    copyFileSync(backup.path, databasePath);
    db = openDatabase(databasePath);
    current = build();
  }

  const services = {} as Record<HostMethodName, (...args: unknown[]) => Promise<unknown>>;
  for (const method of Object.keys(hostMethods) as HostMethodName[]) {
    services[method] = (...args: unknown[]) => (current[method] as (...a: unknown[]) => Promise<unknown>)(...args);
  }
  const backupDone =
    options.backupOnStart === false
      ? Promise.resolve()
      : backupDatabase(db, databasePath, fileStamp(new Date())).then(
          () => undefined,
          (error: unknown) => console.warn(`Automatic backup failed: ${error instanceof Error ? error.message : String(error)}`),
        );
  return {
    services: services as unknown as HostApi,
    get db() {
      return db;
    },
    databasePath,
    storageNotice: opened.notice,
    backupDone,
    close: () => db.close(),
  };
}
