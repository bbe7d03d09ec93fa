import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppInfo, Settings, StorageCondition } from '../../shared/contract/host';
import type { HostApi, HostMethodName } from '../../shared/contract/methods';
import { sessionLimits } from '../../shared/contract/limits';
import { HostError } from '../../shared/contract/rpc';
import { copyCheckedDatabase, type StorageFile } from '../storage/backup';
import type { SqliteDatabase } from '../storage/database';
import { checkpointWal, schemaVersion } from '../storage/database';
import { SessionLibrary } from '../storage/sessionLibrary';
import { SessionStore } from '../storage/sessionStore';
import { SettingsStore } from '../storage/settingsStore';
import { HOST_CODE_OF_FAULT, toHostStorageError } from '../storage/storageFaults';
import { StorageNotices } from '../storage/storageNotices';
import { EditorLibrary } from './editorServices';
import { GameSessions } from './gameSessions';
import { ImportJobs } from './importJobs';
import { SessionDebrief } from './sessionDebrief';
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
  /** Whether the database was opened for writing; when not, every write is refused with its cause. */
  storage: StorageCondition;
  /** Where the services register what must stop before their database closes (running imports). */
  onDispose(stop: () => void): void;
  /** Called after settings change, e.g. so Electron can rebuild its menu in the new language. */
  onSettingsChanged?: (settings: Settings) => void;
  /** Lists, finds and restores database copies; provided by `startHost`, which owns the database file. */
  backups: {
    list(): StorageFile[];
    find(name: string): StorageFile;
    restore(name: string): Promise<string>;
  };
}

/**
 * The single implementation of the host contract. Arguments arrive already validated by
 * `dispatchHostCall`; results are validated again on the way out.
 */
export function createHostServices(env: HostEnvironment): HostApi {
  return withStorageErrors(createServices(env), env.storage);
}

/** Largest database copy `exportStorageFile` hands to the renderer; bigger ones are copied by hand. */
export const MAX_EXPORTED_DATABASE_BYTES = 64 * 1024 * 1024;

function createServices(env: HostEnvironment): HostApi {
  const settings = new SettingsStore(env.db);
  const notices = new StorageNotices(env.db);
  // While nothing can be saved, settings changes (the language) still apply for this run.
  let unsavedSettings: Settings | null = null;
  const library = new SessionLibrary(env.db);
  const store = new SessionStore(env.db);
  // The checkpoint runs on the next turn of the event loop, after the command's answer has been sent.
  const sessions = new GameSessions(store, () => setImmediate(() => checkpointWal(env.db)));
  const editor = new EditorLibrary(env.db);
  const transfer = new SessionTransfer(store, env.appVersion, (id) => editor.userVenueOf(id));
  const debrief = new SessionDebrief(env.db, store, sessions);
  // Imports are checked and written by a worker thread, so the host keeps answering meanwhile.
  const imports = new ImportJobs(env.db);
  env.onDispose(() => imports.close());
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
        storage: env.storage,
      };
    },
    async getSettings() {
      return unsavedSettings ?? settings.read();
    },
    async updateSettings(patch) {
      const next = env.storage.state === 'ok' ? settings.update(patch) : (unsavedSettings = { ...(unsavedSettings ?? settings.read()), ...patch });
      env.onSettingsChanged?.(next);
      return next;
    },
    async listStorageNotices() {
      return notices.list();
    },
    async dismissStorageNotice(id) {
      return { dismissed: notices.dismiss(id, now()) };
    },
    async exportStorageFile(name) {
      const file = env.backups.find(name);
      if (file.bytes > MAX_EXPORTED_DATABASE_BYTES) {
        throw new HostError('payload_too_large', `${file.name} is ${file.bytes} bytes; copy ${file.path} by hand`);
      }
      const staged = join(tmpdir(), `sispamkota-export-${process.pid}-${Date.now()}.sqlite`);
      try {
        // A readable copy is exported whole (its -wal included); a damaged one as the bytes on disk.
        await copyCheckedDatabase(file, staged);
        return { fileName: file.name, base64: readFileSync(staged).toString('base64') };
      } catch (error) {
        if (!(error instanceof HostError) || error.code !== 'copy_unreadable') throw error;
        return { fileName: file.name, base64: readFileSync(file.path).toString('base64') };
      } finally {
        rmSync(staged, { force: true });
      }
    },
    async listSessions(filter) {
      return library.list(filter);
    },
    async createSession(input) {
      // The venue is registered with the engine first; the session and its kept venue/scenario are one write.
      const sources = editor.prepareSession(input);
      const detail = env.db.transaction(() => {
        const created = sessions.create(input);
        editor.keepSources(created.summary.id, sources);
        return created;
      })();
      return editor.withVenue(detail);
    },
    async openSession(id) {
      editor.restoreVenueOf(id);
      return editor.withVenue(sessions.open(id));
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
      if (store.annotationCount(id) >= sessionLimits.notesPerSessionMax) {
        throw new HostError('conflict', `Session ${id} already has ${sessionLimits.notesPerSessionMax} notes and bookmarks`);
      }
      const createdAt = now();
      const annotationId = store.addAnnotation(id, { ...annotation, createdAt });
      return { id: annotationId, ...annotation, createdAt };
    },
    async updateAnnotation(id, annotationId, patch) {
      summaryOf(id);
      const updated = store.updateAnnotation(id, annotationId, patch);
      if (!updated) throw new HostError('not_found', `No note ${annotationId} in session ${id}`);
      return updated;
    },
    async deleteAnnotation(id, annotationId) {
      summaryOf(id);
      return { deleted: store.deleteAnnotation(id, annotationId) };
    },
    async listAnnotations(id) {
      summaryOf(id);
      return store.annotations(id);
    },
    async getTurnSnapshot(id, turn) {
      summaryOf(id);
      editor.restoreVenueOf(id);
      return debrief.turnSnapshot(id, turn);
    },
    async branchSession(id, input) {
      editor.restoreVenueOf(id);
      const detail = env.db.transaction(() => {
        const branch = debrief.branch(id, input);
        editor.copySources(id, branch.summary.id);
        return branch;
      })();
      return editor.withVenue(detail);
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
    async listVenues() {
      return editor.listVenues();
    },
    async getVenueFile(id) {
      return editor.venueFile(id);
    },
    async saveVenue(venue) {
      return editor.saveVenue(venue);
    },
    async deleteVenue(id) {
      return editor.deleteVenue(id);
    },
    async listScenarioFiles() {
      return editor.listScenarios();
    },
    async getScenarioFile(id) {
      return editor.scenarioFile(id);
    },
    async saveScenario(scenario) {
      return editor.saveScenario(scenario);
    },
    async deleteScenario(id) {
      return editor.deleteScenario(id);
    },
    async exportContent(kind, id) {
      return editor.exportContent(kind, id);
    },
    async importContent(base64) {
      return editor.importContent(base64);
    },
    async listBackups() {
      return env.backups.list().map(({ name, stamp, bytes, kind }) => ({ name, stamp, bytes, kind }));
    },
    async restoreBackup(name) {
      env.backups.find(name);
      if (env.storage.state === 'unavailable' && env.storage.fault === 'busy') {
        throw new HostError('storage_busy', 'The database is locked by another program; restoring now could lose its changes');
      }
      sessions.forget();
      return { restored: await env.backups.restore(name) };
    },
  };
}

/** Methods that only read: allowed while storage is read-only or unavailable. */
const READ_ONLY_METHODS = new Set<HostMethodName>([
  'getAppInfo',
  'getSettings',
  'updateSettings',
  'listSessions',
  'listStorageNotices',
  'openSession',
  'listEvents',
  'listAnnotations',
  'getTurnSnapshot',
  'exportSessions',
  'listVenues',
  'getVenueFile',
  'listScenarioFiles',
  'getScenarioFile',
  'exportContent',
  'listBackups',
  'exportStorageFile',
  'restoreBackup',
]);

/**
 * Every storage failure reaches the renderer as the typed error of its cause (busy, full, read-only,
 * I/O, corrupt), never as a raw 500. While the database could not be opened for writing, every write
 * is refused up front with the cause found at start, so nothing half-happens.
 */
function withStorageErrors(services: HostApi, storage: StorageCondition): HostApi {
  const wrapped = {} as Record<HostMethodName, (...args: unknown[]) => Promise<unknown>>;
  for (const method of Object.keys(services) as HostMethodName[]) {
    const implementation = services[method] as (...args: unknown[]) => Promise<unknown>;
    wrapped[method] = async (...args: unknown[]) => {
      if (storage.state !== 'ok' && !READ_ONLY_METHODS.has(method)) {
        throw new HostError(HOST_CODE_OF_FAULT[storage.fault ?? 'io'], `${method}: the database was opened ${storage.state}`);
      }
      try {
        return await implementation(...args);
      } catch (error) {
        throw toHostStorageError(error, method);
      }
    };
  }
  return wrapped as unknown as HostApi;
}
