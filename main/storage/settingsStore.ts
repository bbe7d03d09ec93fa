import { defaultSettings, settingsSchema, type Settings } from '../../shared/contract/host';
import type { SqliteDatabase } from './database';

/**
 * Settings persisted as one JSON value per key. Reading tolerates rows written by other versions: an
 * unknown key is ignored and an invalid value falls back to its default, so bad data never blocks start.
 */
export class SettingsStore {
  private readonly selectAll;
  private readonly upsert;

  /** @param db an open, migrated database */
  constructor(private readonly db: SqliteDatabase) {
    this.selectAll = db.prepare<[], { key: string; value: string }>('SELECT key, value FROM settings');
    this.upsert = db.prepare<[string, string]>(
      'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
    );
  }

  /** The current settings, defaults filled in. */
  read(): Settings {
    const merged: Record<string, unknown> = { ...defaultSettings };
    for (const row of this.selectAll.all()) {
      if (!(row.key in defaultSettings)) continue;
      try {
        const candidate = { ...merged, [row.key]: JSON.parse(row.value) as unknown };
        if (settingsSchema.safeParse(candidate).success) merged[row.key] = candidate[row.key];
      } catch {
        // A row that is not JSON keeps the default; the next write repairs it.
      }
    }
    return settingsSchema.parse(merged);
  }

  /** Applies a validated partial update in one transaction and returns the new settings. */
  update(patch: Partial<Settings>): Settings {
    const next = settingsSchema.parse({ ...this.read(), ...patch });
    this.db.transaction(() => {
      for (const [key, value] of Object.entries(patch)) this.upsert.run(key, JSON.stringify(value));
    })();
    return next;
  }
}
