/**
 * Strings about the database itself: why it could not be opened for writing, a damaged file moved
 * aside, and the kinds of database copies listed in Settings. Spread into `messages.ts`; Indonesian
 * first, English second.
 */
export const storageMessagesId = {
  'storage.readOnlyTitle': 'Sesi dapat dilihat, tetapi tidak ada yang tersimpan',
  'storage.unavailableTitle': 'Basis data tidak dapat dibuka',
  'storage.fault.busy': 'Basis data {path} sedang dikunci oleh program lain (jendela Sispamkota lain, program cadangan atau antivirus). Berkas tidak diubah atau dipindahkan. Tutup program itu lalu buka ulang aplikasi.',
  'storage.fault.full': 'Disk tempat {path} penuh, jadi tidak ada yang dapat disimpan. Kosongkan ruang disk lalu buka ulang aplikasi; data Anda tidak diubah.',
  'storage.fault.read_only': 'Basis data {path} atau foldernya tidak dapat ditulis (hanya-baca atau tanpa izin). Periksa izin folder data, atau salin folder itu ke tempat yang dapat ditulis, lalu buka ulang aplikasi.',
  'storage.fault.io': 'Kesalahan baca/tulis disk pada {path}. Berkas tidak dipindahkan. Periksa disk atau flashdisk lalu buka ulang aplikasi.',
  'storage.fault.corrupt': 'Basis data {path} rusak dan tidak dapat dipindahkan. Periksa izin folder data lalu buka ulang aplikasi.',
  'storage.movedAside': 'Basis data yang rusak dipindahkan ke {file} pada {time} dan basis data baru dibuat (SQLite: {reason}). Berkas itu tidak dihapus: Pengaturan › Cadangan dapat memulihkan atau mengekspornya.',
  'storage.dismiss': 'Mengerti, tutup',
  'error.copy_unreadable': 'Salinan itu tidak dapat dibaca SQLite, jadi tidak dipulihkan; basis data sekarang tidak berubah. Berkasnya dapat diekspor untuk diperiksa teknisi.',
  'game.retry': 'Coba lagi',
  'game.snapshotRecovered': 'Rekaman keadaan giliran {turns} rusak di disk dan tidak dipakai; sesi dibangun ulang dari akhir giliran {from} lalu diverifikasi.',
  'game.snapshotRecoveredFromStart': 'Rekaman keadaan giliran {turns} rusak di disk dan tidak dipakai; sesi disimulasikan ulang dari awal lalu diverifikasi.',
  'backups.kind.backup': 'Cadangan otomatis',
  'backups.kind.moved_aside': 'Berkas rusak yang dipindahkan',
  'backups.kind.replaced': 'Basis data sebelum pemulihan',
  'backups.export': 'Ekspor berkas',
  'backups.unavailable': 'Pemulihan tidak tersedia selama basis data dikunci program lain.',
};

/** English strings about the database itself. */
export const storageMessagesEn: Record<keyof typeof storageMessagesId, string> = {
  'storage.readOnlyTitle': 'Sessions can be viewed, but nothing is saved',
  'storage.unavailableTitle': 'The database could not be opened',
  'storage.fault.busy': 'The database {path} is locked by another program (another Sispamkota window, a backup tool or an antivirus). The file was not changed or moved. Close that program and start the app again.',
  'storage.fault.full': 'The disk holding {path} is full, so nothing can be saved. Free some disk space and start the app again; your data was not changed.',
  'storage.fault.read_only': 'The database {path} or its folder cannot be written (read-only or no permission). Check the data folder\'s permissions, or copy the folder somewhere writable, and start the app again.',
  'storage.fault.io': 'A disk read/write error on {path}. The file was not moved. Check the disk or USB stick and start the app again.',
  'storage.fault.corrupt': 'The database {path} is damaged and could not be moved aside. Check the data folder\'s permissions and start the app again.',
  'storage.movedAside': 'A damaged database was moved to {file} on {time} and a new one was created (SQLite: {reason}). The file was not deleted: Settings › Backups can restore or export it.',
  'storage.dismiss': 'Understood, dismiss',
  'error.copy_unreadable': 'SQLite cannot read that copy, so it was not restored; the current database is unchanged. The file can be exported for a technician to examine.',
  'game.retry': 'Try again',
  'game.snapshotRecovered': 'The stored state of turn {turns} was damaged on disk and was not used; the session was rebuilt from the end of turn {from} and verified.',
  'game.snapshotRecoveredFromStart': 'The stored state of turn {turns} was damaged on disk and was not used; the session was re-simulated from the start and verified.',
  'backups.kind.backup': 'Automatic backup',
  'backups.kind.moved_aside': 'Damaged file moved aside',
  'backups.kind.replaced': 'Database before a restore',
  'backups.export': 'Export file',
  'backups.unavailable': 'Restoring is not available while another program locks the database.',
};
