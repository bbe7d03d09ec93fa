import Database from 'better-sqlite3';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/** The lock file in the data folder; the OS lock on it is what counts, its content is empty. */
export const INSTANCE_LOCK_FILE = 'sispamkota.instance-lock';
/** Who holds the lock, for the message a second instance shows. */
export const INSTANCE_INFO_FILE = 'sispamkota.instance.json';

/** What a running host says about itself in {@link INSTANCE_INFO_FILE}. */
export interface InstanceInfo {
  pid: number;
  mode: 'electron' | 'browser';
  hostname: string;
  startedAt: string;
  /** Browser mode's address, once it listens. */
  url?: string;
}

/** A held instance lock. */
export interface InstanceLock {
  /** Adds facts learnt after start (browser mode's address) to what a second instance is told. */
  describe(extra: Partial<InstanceInfo>): void;
  /** Lets another instance start (also happens by itself when this process ends, even by a crash). */
  release(): void;
}

/** Another host already runs on this data folder. The message names it and says what to do. */
export class InstanceLockedError extends Error {
  /** @param holder what the running instance wrote about itself, when it could be read */
  constructor(
    readonly dataDirectory: string,
    readonly holder: InstanceInfo | null,
  ) {
    super(describeHolder(dataDirectory, holder));
    this.name = 'InstanceLockedError';
  }
}

/**
 * Makes this process the only host on `dataDirectory`. The lock is an exclusive SQLite transaction
 * held open on a small file: the operating system drops it when the process ends in any way (a crash
 * or a power cut included), so a stale lock can never keep the app from starting. A second desktop
 * app or browser host on the same folder gets {@link InstanceLockedError} before it opens anything.
 */
export function acquireInstanceLock(dataDirectory: string, mode: InstanceInfo['mode']): InstanceLock {
  mkdirSync(dataDirectory, { recursive: true });
  const lockDb = new Database(join(dataDirectory, INSTANCE_LOCK_FILE), { timeout: 0 });
  try {
    lockDb.pragma('journal_mode = DELETE');
    lockDb.exec('BEGIN EXCLUSIVE');
  } catch (error) {
    lockDb.close();
    if ((error as { code?: string }).code?.startsWith('SQLITE_BUSY') || (error as { code?: string }).code?.startsWith('SQLITE_LOCKED')) {
      throw new InstanceLockedError(dataDirectory, readHolder(dataDirectory));
    }
    throw error;
  }
  const infoPath = join(dataDirectory, INSTANCE_INFO_FILE);
  let info: InstanceInfo = { pid: process.pid, mode, hostname: hostname(), startedAt: new Date().toISOString() };
  const write = () => {
    try {
      writeFileSync(infoPath, JSON.stringify(info));
    } catch {
      // Only the message of a second instance depends on it; the lock itself holds.
    }
  };
  write();
  let held = true;
  return {
    describe(extra) {
      info = { ...info, ...extra };
      if (held) write();
    },
    release() {
      if (!held) return;
      held = false;
      rmSync(infoPath, { force: true });
      lockDb.close();
    },
  };
}

function readHolder(dataDirectory: string): InstanceInfo | null {
  try {
    const parsed = JSON.parse(readFileSync(join(dataDirectory, INSTANCE_INFO_FILE), 'utf8')) as Partial<InstanceInfo>;
    if (typeof parsed.pid !== 'number' || (parsed.mode !== 'electron' && parsed.mode !== 'browser')) return null;
    return {
      pid: parsed.pid,
      mode: parsed.mode,
      hostname: String(parsed.hostname ?? ''),
      startedAt: String(parsed.startedAt ?? ''),
      ...(typeof parsed.url === 'string' ? { url: parsed.url } : {}),
    };
  } catch {
    return null;
  }
}

function describeHolder(dataDirectory: string, holder: InstanceInfo | null): string {
  if (!holder) {
    return (
      `Sispamkota TFG sudah berjalan dengan folder data ${dataDirectory}. Gunakan jendela yang sudah terbuka, atau tutup dulu lalu coba lagi. ` +
      `Sispamkota TFG is already running with the data folder ${dataDirectory}. Use the window that is open, or close it first and try again.`
    );
  }
  const idWhat = holder.mode === 'browser' ? `mode peramban${holder.url ? ` di ${holder.url}` : ''}` : 'aplikasi desktop';
  const enWhat = holder.mode === 'browser' ? `browser mode${holder.url ? ` at ${holder.url}` : ''}` : 'the desktop app';
  const where = holder.hostname ? ` @ ${holder.hostname}` : '';
  return (
    `Sispamkota TFG sudah berjalan dengan folder data ${dataDirectory}: ${idWhat}, proses ${holder.pid}${where}, sejak ${holder.startedAt}. ` +
    `Gunakan yang itu, atau tutup dulu lalu coba lagi. ` +
    `Sispamkota TFG is already running with the data folder ${dataDirectory}: ${enWhat}, process ${holder.pid}${where}, since ${holder.startedAt}. ` +
    `Use that one, or close it first and try again.`
  );
}
