import type { AppInfo, Settings } from '../../shared/contract/host';
import type { HostApi } from '../../shared/contract/methods';
import { HostError } from '../../shared/contract/rpc';
import type { SqliteDatabase } from '../storage/database';
import { checkpointWal, schemaVersion } from '../storage/database';
import { SessionLibrary } from '../storage/sessionLibrary';
import { SessionStore } from '../storage/sessionStore';
import { SettingsStore } from '../storage/settingsStore';
import { GameSessions } from './gameSessions';
import { ImportJobs } from './importJobs';
import { SessionTransfer } from './sessionTransfer';

/** What the host services need from their environment; `startHost` builds one. */
export interface HostEnvironment {
  db: SqliteDatabase;
  mode: AppInfo['mode'];
  appVersion: string;
  engineVersion: string;
  platform: string;
  dataDirectory: string;
  databasePath: string;
  storageNotice: string | null;
  /** Called after settings change, e.g. so Electron can rebuild its menu in the new language. */
  onSettingsChanged?: (settings: Settings) => void;
  /** Lists and restores backups; provided by `startHost`, which owns the database file. */
  backups: {
    list(): { name: string; stamp: string; bytes: number }[];
    restore(name: string): string;
  };
}

/**
 * The single implementation of the host contract. Arguments arrive already validated by
 * `dispatchHostCall`; results are validated again on the way out.
 */
export function createHostServices(env: HostEnvironment): HostApi {
  const settings = new SettingsStore(env.db);
  const library = new SessionLibrary(env.db);
  const store = new SessionStore(env.db);
  // The checkpoint runs on the next turn of the event loop, after the command's answer has been sent.
  const sessions = new GameSessions(store, () => setImmediate(() => checkpointWal(env.db)));
  const transfer = new SessionTransfer(store, env.appVersion);
  // Imports are checked and written by a worker thread, so the host keeps answering meanwhile.
  const imports = new ImportJobs(env.db);
  const now = () => new Date().toISOString();
  const summaryOf = (id: string) => {
    const summary = library.get(id);
    if (!summary) throw new HostError('not_found', `No session ${id}`);
    return summary;
  };
  return {
    async getAppInfo() {
      return {
        name: 'Sispamkota TFG',
        version: env.appVersion,
        engineVersion: env.engineVersion,
        mode: env.mode,
        platform: env.platform,
        dataDirectory: env.dataDirectory,
        databasePath: env.databasePath,
        schemaVersion: schemaVersion(env.db),
        storageNotice: env.storageNotice,
      };
    },
    async getSettings() {
      return settings.read();
    },
    async updateSettings(patch) {
      const next = settings.update(patch);
      env.onSettingsChanged?.(next);
      return next;
    },
    async listSessions(filter) {
      return library.list(filter);
    },
    async createSession(input) {
      return sessions.create(input);
    },
    async openSession(id) {
      return sessions.open(id);
    },
    async sendCommand(id, command) {
      return sessions.send(id, command);
    },
    async saveDraft(id, playerId, orders) {
      sessions.saveDraft(id, playerId, orders);
      return { saved: true };
    },
    async renameSession(id, name) {
      if (!store.rename(id, name, now())) throw new HostError('not_found', `No session ${id}`);
      return summaryOf(id);
    },
    async deleteSession(id) {
      sessions.forget(id);
      return { deleted: store.delete(id) };
    },
    async listEvents(id, fromTick, toTick) {
      summaryOf(id);
      return store.events(id, fromTick, toTick);
    },
    async addAnnotation(id, annotation) {
      summaryOf(id);
      const createdAt = now();
      const annotationId = store.addAnnotation(id, { ...annotation, createdAt });
      return { id: annotationId, ...annotation, createdAt };
    },
    async listAnnotations(id) {
      summaryOf(id);
      return store.annotations(id);
    },
    async exportSessions(ids) {
      return transfer.exportSessions(ids, new Date());
    },
    async importSessions(payload) {
      return imports.start(payload, new Date());
    },
    async importProgress(jobId) {
      return imports.progress(jobId);
    },
    async cancelImport(jobId) {
      return imports.cancel(jobId);
    },
    async listBackups() {
      return env.backups.list();
    },
    async restoreBackup(name) {
      sessions.forget();
      return { restored: env.backups.restore(name) };
    },
  };
}
