import { sessionLimits } from '../../../../shared/contract/limits';

/**
 * The note author's name, remembered on this computer (localStorage) so an instructor types it once.
 * Storage may be missing or refuse (private mode, a full quota): the name is then simply not kept.
 */

const KEY = 'sispamkota.debrief.author';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** The remembered author name, or ''. */
export function rememberedAuthor(): string {
  try {
    return (storage()?.getItem(KEY) ?? '').slice(0, sessionLimits.noteAuthorMax);
  } catch {
    return '';
  }
}

/** Remembers `name` as the author of the next notes. */
export function rememberAuthor(name: string): void {
  try {
    storage()?.setItem(KEY, name.slice(0, sessionLimits.noteAuthorMax));
  } catch {
    // Not kept; the field still holds it for this screen.
  }
}
