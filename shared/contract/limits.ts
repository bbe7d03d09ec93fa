/**
 * The limits of a session, in one place: the new-session form enforces them on what it builds, and an
 * imported session file must keep them too (shared/scenario/limits.ts checks a setup against them;
 * main/storage/sessionFile.ts checks a file). Change a limit here and both follow.
 */
export const sessionLimits = {
  /** Characters of a session name (after trimming; at least one). */
  sessionNameMax: 200,
  /** Characters of a player's name (hand-off screen, setup players). */
  playerNameMax: 60,
  /** Police players at the hot seat. */
  policePlayersMin: 1,
  policePlayersMax: 4,
  /** At most one crowd player and one Direktur Latihan. */
  crowdPlayersMax: 1,
  instructorsMax: 1,
  /** People in the crowd, all groups together (the form's crowd size; a scaled scenario stays inside). */
  crowdPeopleMin: 20,
  crowdPeopleMax: 5000,
  /** The crowd-size field's step. */
  crowdPeopleStep: 10,
  /** Officers on foot and in vehicles, all units together. */
  officersMax: 2000,
  /** Engine ticks in one turn (seconds per turn / seconds per tick): 300 s at 0.5 s. */
  ticksPerTurnMax: 600,
  /** Turns a session may last. */
  turnLimitMin: 1,
  turnLimitMax: 600,
  /** An instructor's note: its text and its author's name. */
  noteTextMax: 10_000,
  noteAuthorMax: 100,
  /** Notes and bookmarks of one session. */
  notesPerSessionMax: 10_000,
} as const;

/** Limits of a portable session file (`.sispamkota`). */
export const sessionFileLimits = {
  /** Largest file accepted, in bytes as it lies on disk (compressed): checked before it is read. */
  fileBytesMax: 5 * 1024 * 1024,
  /** Largest JSON inside it once decompressed: decompression stops there (guards against zip bombs). */
  jsonBytesMax: 128 * 1024 * 1024,
  /** Sessions in one file. */
  sessionsMax: 500,
  /** Deepest nesting of arrays and objects anywhere in the file. */
  nestingMax: 64,
  /** Commands in one session's log. */
  commandsPerSessionMax: 200_000,
} as const;

/** Length of the base64 text that carries a file of `bytes` bytes through the contract. */
export function base64Length(bytes: number): number {
  return Math.ceil(bytes / 3) * 4;
}

/** A byte count as people read it (`5,0 MB` in Indonesian, `5.0 MB` in English; 1 MB = 1,048,576 bytes). */
export function formatByteSize(bytes: number, language: 'id' | 'en'): string {
  const [value, unit] = bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), 'MB'] : bytes >= 1024 ? [bytes / 1024, 'KB'] : [bytes, language === 'id' ? 'bita' : 'bytes'];
  const text = unit === 'bita' || unit === 'bytes' ? String(value) : value.toFixed(1);
  return `${language === 'id' ? text.replace('.', ',') : text} ${unit}`;
}
