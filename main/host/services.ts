import type { AppInfo, HostApi } from '../../shared/contract/host';
import type { SqliteDatabase } from '../storage/database';
import { schemaVersion } from '../storage/database';
import { SessionLibrary } from '../storage/sessionLibrary';
import { SettingsStore } from '../storage/settingsStore';

/** What the host services need from their environment; both adapters build one of these. */
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
  onSettingsChanged?: (settings: ReturnType<SettingsStore['read']>) => void;
}

/**
 * The single implementation of the host contract. Arguments arrive already validated by
 * `dispatchHostCall`; results are validated again on the way out.
 */
export function createHostServices(env: HostEnvironment): HostApi {
  const settings = new SettingsStore(env.db);
  const library = new SessionLibrary(env.db);
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
  };
}
