/**
 * Strings of the session library's actions (rename, delete, export, import) and of the backups block
 * in Settings. Spread into `messages.ts`; Indonesian first, English second.
 */
export const libraryMessagesId = {
  'library.rename': 'Ganti nama',
  'library.renameSave': 'Simpan nama',
  'library.renameLabel': 'Nama sesi baru',
  'library.delete': 'Hapus',
  'library.deleteConfirm': 'Hapus sesi "{name}" beserta seluruh rekamannya? Tindakan ini tidak dapat dibatalkan.',
  'library.deleteYes': 'Ya, hapus',
  'library.cancel': 'Batal',
  'library.export': 'Ekspor berkas',
  'library.import': 'Impor berkas sesi…',
  'library.importing': 'Memeriksa dan memutar ulang berkas…',
  'library.imported': '{count} sesi berhasil diimpor.',
  'library.importFailed': 'Berkas ditolak: {message}',
  'backups.title': 'Cadangan basis data',
  'backups.hint': 'Cadangan dibuat otomatis setiap aplikasi dimulai (5 terakhir disimpan).',
  'backups.empty': 'Belum ada cadangan.',
  'backups.restore': 'Pulihkan',
  'backups.restoreConfirm': 'Pulihkan cadangan {stamp}? Basis data sekarang disimpan sebagai berkas terpisah, tidak dihapus.',
  'backups.restoreYes': 'Ya, pulihkan',
  'backups.restored': 'Cadangan {stamp} dipulihkan.',
} as const;

/** English strings of the session library's actions and the backups block. */
export const libraryMessagesEn: Record<keyof typeof libraryMessagesId, string> = {
  'library.rename': 'Rename',
  'library.renameSave': 'Save name',
  'library.renameLabel': 'New session name',
  'library.delete': 'Delete',
  'library.deleteConfirm': 'Delete session "{name}" and everything recorded for it? This cannot be undone.',
  'library.deleteYes': 'Yes, delete',
  'library.cancel': 'Cancel',
  'library.export': 'Export file',
  'library.import': 'Import session file…',
  'library.importing': 'Checking and replaying the file…',
  'library.imported': '{count} session(s) imported.',
  'library.importFailed': 'File refused: {message}',
  'backups.title': 'Database backups',
  'backups.hint': 'A backup is written automatically at every start (the last 5 are kept).',
  'backups.empty': 'No backups yet.',
  'backups.restore': 'Restore',
  'backups.restoreConfirm': 'Restore the backup from {stamp}? The current database is kept as a separate file, not deleted.',
  'backups.restoreYes': 'Yes, restore',
  'backups.restored': 'Backup {stamp} restored.',
};
