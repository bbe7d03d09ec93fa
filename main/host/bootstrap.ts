import { existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { AppInfo, Settings, StorageCondition } from '../../shared/contract/host';
import { hostMethods, type HostApi, type HostMethodName } from '../../shared/contract/methods';
import { HostError } from '../../shared/contract/rpc';
import { ENGINE_VERSION } from '../../shared/version';
import packageJson from '../../package.json';
import { backupDatabase, copyCheckedDatabase, listStorageFiles, moveDatabaseFiles, type StorageFile } from '../storage/backup';
import { openDatabase, openStorage, type SqliteDatabase } from '../storage/database';
import { describeFault } from '../storage/storageFaults';
import { acquireInstanceLock, InstanceLockedError, type InstanceLock } from './instanceLock';
import { DATABASE_FILE, fileStamp } from './paths';
import { createHostServices } from './services';

/** A running host: the services both adapters expose, and how to shut them down. */
export interface RunningHost {
  services: HostApi;
  /** The database currently open (it changes when a backup is restored). */
  readonly db: SqliteDatabase;
  databasePath: string;
  /** Whether the database could be opened for writing, and why not. */
  readonly storage: StorageCondition;
  /** A line for the console or a dialog when storage is not fully usable or a file was moved aside. */
  startupMessage: string | null;
  /** Resolves when the start-up backup has been written (or failed, which is logged, not fatal). */
  backupDone: Promise<void>;
  /** Adds facts to what a second instance on this folder is told (browser mode's address). */
  describeInstance(extra: { url: string }): void;
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
 * Makes this process the only host on `dataDirectory` (else throws {@link InstanceLockedError}), opens
 * storage there, writes the automatic start-up backup, and builds the host services. Used by the
 * Electron main process and the browser-mode server alike, so both run the same host. The returned
 * `services` object stays valid when a backup is restored: it forwards every call to the services
 * built over the database currently open.
 */
export function startHost(options: StartHostOptions): RunningHost {
  const lock = lockDataDirectory(options.dataDirectory, options.mode);
  const databasePath = join(options.dataDirectory, DATABASE_FILE);
  let opened;
  try {
    opened = openStorage(databasePath, fileStamp(new Date()));
  } catch (error) {
    lock.release();
    throw error;
  }
  let db = opened.db;
  let storage: StorageCondition = { state: opened.state, fault: opened.fault };
  const disposers: (() => void)[] = [];
  const dispose = () => {
    for (const stop of disposers.splice(0)) stop();
  };
  const build = (): HostApi =>
    createHostServices({
      onDispose: (stop) => disposers.push(stop),
      db,
      mode: options.mode,
      appVersion: packageJson.version,
      engineVersion: ENGINE_VERSION,
      platform: process.platform,
      dataDirectory: options.dataDirectory,
      databasePath,
      storage,
      ...(options.onSettingsChanged ? { onSettingsChanged: options.onSettingsChanged } : {}),
      backups: {
        list: () => listStorageFiles(databasePath),
        restore: async (name) => {
          await restoreFromCopy(findStorageFile(name));
          return name;
        },
        find: findStorageFile,
      },
    });
  let current = build();

  function findStorageFile(name: string): StorageFile {
    const file = listStorageFiles(databasePath).find((candidate) => candidate.name === name);
    if (!file) throw new HostError('not_found', `No backup named ${name}`);
    return file;
  }

  /**
   * Replaces the database with a checked copy of a backup (or of a moved-aside or replaced file); the
   * replaced database is kept as `.replaced-<stamp>`. Nothing changes when the copy cannot be read.
   */
  async function restoreFromCopy(file: StorageFile) {
    const staged = `${databasePath}.restoring`;
    rmSync(staged, { force: true });
    await copyCheckedDatabase(file, staged);
    const replaced = `${databasePath}.replaced-${fileStamp(new Date())}`;
    dispose();
    db.close();
    try {
      moveDatabaseFiles(databasePath, replaced);
      moveDatabaseFiles(staged, databasePath);
      db = openDatabase(databasePath);
      storage = { state: 'ok', fault: null };
    } catch (error) {
      // Put the database back as it was, so a failed restore changes nothing.
      rmSync(staged, { force: true });
      if (!existsSync(databasePath) && existsSync(replaced)) moveDatabaseFiles(replaced, databasePath);
      const reopened = openStorage(databasePath, fileStamp(new Date()));
      db = reopened.db;
      storage = { state: reopened.state, fault: reopened.fault };
      throw error;
    } finally {
      current = build();
    }
  }

  const services = {} as Record<HostMethodName, (...args: unknown[]) => Promise<unknown>>;
  for (const method of Object.keys(hostMethods) as HostMethodName[]) {
    services[method] = (...args: unknown[]) => (current[method] as (...a: unknown[]) => Promise<unknown>)(...args);
  }
  const backupDone =
    options.backupOnStart === false || opened.state !== 'ok'
      ? Promise.resolve()
      : backupDatabase(db, databasePath, fileStamp(new Date())).then(
          () => undefined,
          (error: unknown) => console.warn(`Automatic backup failed: ${error instanceof Error ? error.message : String(error)}`),
        );
  const startupMessage =
    opened.fault !== null
      ? describeFault(opened.fault, databasePath)
      : opened.movedAside
        ? `Basis data rusak (${opened.movedAside.reason}) dipindahkan ke ${opened.movedAside.file}; basis data baru dibuat. ` +
          `The damaged database (${opened.movedAside.reason}) was moved to ${opened.movedAside.file}; a new one was created.`
        : null;
  return {
    services: services as unknown as HostApi,
    get db() {
      return db;
    },
    databasePath,
    get storage() {
      return storage;
    },
    startupMessage,
    backupDone,
    describeInstance: (extra) => lock.describe(extra),
    close: () => {
      dispose();
      db.close();
      if (opened.viewCopy) rmSync(dirname(opened.viewCopy), { recursive: true, force: true });
      lock.release();
    },
  };
}

/**
 * Takes the data folder's instance lock. A folder where not even the lock file can be made (read-only
 * media) cannot be written by anyone, so the host runs there without the lock, read-only.
 */
function lockDataDirectory(dataDirectory: string, mode: AppInfo['mode']): InstanceLock {
  try {
    return acquireInstanceLock(dataDirectory, mode);
  } catch (error) {
    if (error instanceof InstanceLockedError) throw error;
    console.warn(`No instance lock in ${dataDirectory}: ${error instanceof Error ? error.message : String(error)}`);
    return { describe: () => {}, release: () => {} };
  }
}
