/**
 * Which resolved turn the room has not finished with, per session, kept in the page's local storage so
 * it outlives a reload or a crash: set before a turn is resolved (not yet watched), marked watched when
 * its playback ended and the summary showed, removed when the players go on to the next turn. Entering
 * the session again then shows that turn's playback and summary instead of the next turn's planning.
 * Local storage can be missing or refuse writes (a private window, a full disk): then nothing is kept
 * and the session simply opens at the next planning, as before.
 */

/** A turn the room has not finished with: its engine turn number, and whether its playback ended. */
export interface WatchMark {
  turn: number;
  watched: boolean;
}

const PREFIX = 'sispamkota.watch.';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** Records where the room stands with session `sessionId`'s turn `mark.turn`. */
export function writeWatchMark(sessionId: string, mark: WatchMark): void {
  try {
    storage()?.setItem(PREFIX + sessionId, JSON.stringify(mark));
  } catch {
    // Nothing kept: a reload then opens at the next planning.
  }
}

/** The mark of session `sessionId`, or null when there is none (or it cannot be read). */
export function readWatchMark(sessionId: string): WatchMark | null {
  try {
    const raw = storage()?.getItem(PREFIX + sessionId);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<WatchMark>;
    return Number.isInteger(parsed.turn) && typeof parsed.watched === 'boolean' ? { turn: parsed.turn!, watched: parsed.watched } : null;
  } catch {
    return null;
  }
}

/** Forgets session `sessionId`'s mark (the room went on, or the mark no longer fits the session). */
export function clearWatchMark(sessionId: string): void {
  try {
    storage()?.removeItem(PREFIX + sessionId);
  } catch {
    // Nothing to do: a stale mark is checked against the session before it is used.
  }
}
