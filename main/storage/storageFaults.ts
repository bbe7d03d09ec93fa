import { HostError, type HostErrorCode } from '../../shared/contract/rpc';

/**
 * What went wrong with the disk or the database file, in the terms a user can act on. SQLite's and the
 * operating system's error codes are many; these are the few causes that need different advice.
 */
export type StorageFault = 'busy' | 'full' | 'read_only' | 'io' | 'corrupt';

/** The host error code each fault reaches the renderer with (translated there into both languages). */
export const HOST_CODE_OF_FAULT: Record<StorageFault, HostErrorCode> = {
  busy: 'storage_busy',
  full: 'storage_full',
  read_only: 'storage_read_only',
  io: 'storage_io',
  corrupt: 'storage_corrupt',
};

/**
 * Classifies an error thrown by better-sqlite3 or node:fs as a storage fault, or null when it is not
 * one (a constraint violation or a bug is not the disk's fault and must not be reported as such).
 */
export function classifyStorageError(error: unknown): StorageFault | null {
  const code = errorCode(error);
  if (!code) return null;
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'busy';
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') return 'full';
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS') return 'read_only';
  if (code === 'SQLITE_PERM' || code === 'SQLITE_AUTH' || code === 'EACCES' || code === 'EPERM') return 'read_only';
  if (code.startsWith('SQLITE_CANTOPEN')) return 'read_only';
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return 'corrupt';
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO' || code === 'SQLITE_PROTOCOL') return 'io';
  return null;
}

/** The developer-facing code of an error (`SQLITE_FULL`, `ENOSPC` …), if it has one. */
export function errorCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('code' in error)) return null;
  const { code } = error as { code: unknown };
  return typeof code === 'string' ? code : null;
}

/**
 * Turns a storage failure into the typed host error the renderer explains to the user; other errors
 * pass through unchanged. `action` says what was being done, for the developer detail.
 */
export function toHostStorageError(error: unknown, action: string): unknown {
  if (error instanceof HostError) return error;
  const fault = classifyStorageError(error);
  if (!fault) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new HostError(HOST_CODE_OF_FAULT[fault], `${action}: ${errorCode(error) ?? fault}: ${detail}`);
}

/** Bilingual text of a fault for places that show a plain string (start-up notices, the CLI). */
export function describeFault(fault: StorageFault, path: string): string {
  switch (fault) {
    case 'busy':
      return (
        `Basis data ${path} sedang dikunci oleh program lain (jendela Sispamkota lain, program cadangan atau antivirus). Tutup program itu lalu buka ulang aplikasi. ` +
        `The database ${path} is locked by another program (another Sispamkota window, a backup tool or an antivirus). Close it and start the app again.`
      );
    case 'full':
      return (
        `Disk tempat ${path} penuh. Kosongkan ruang disk lalu buka ulang aplikasi; data Anda tidak diubah. ` +
        `The disk holding ${path} is full. Free some space and start the app again; your data was not changed.`
      );
    case 'read_only':
      return (
        `Basis data ${path} atau foldernya tidak dapat ditulis (hanya-baca atau tanpa izin). Sesi dapat dilihat tetapi tidak diubah; periksa izin folder atau salin data ke folder yang dapat ditulis. ` +
        `The database ${path} or its folder cannot be written (read-only or no permission). Sessions can be viewed but not changed; check the folder's permissions or copy the data to a writable folder.`
      );
    case 'io':
      return (
        `Kesalahan baca/tulis disk pada ${path}. Periksa disk atau flashdisk lalu buka ulang aplikasi; berkas tidak dipindahkan. ` +
        `A disk read/write error on ${path}. Check the disk or USB stick and start the app again; the file was not moved.`
      );
    case 'corrupt':
      return `Basis data ${path} rusak. The database ${path} is damaged.`;
  }
}
