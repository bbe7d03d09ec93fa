import kpuOffice from '../../assets/venues/kpu-office.venue.json';
import lapanganAgathis from '../../assets/venues/lapangan-agathis.venue.json';
import { parseVenue, type CompiledVenue } from './compile';
import type { VenueFile } from './schema';

/** The raw venue files shipped with the app, by id. */
export const bundledVenues = {
  'kpu-office': kpuOffice as unknown,
  'lapangan-agathis': lapanganAgathis as unknown,
} as const;

/** Id of a bundled venue. */
export type VenueId = keyof typeof bundledVenues;

const cache = new Map<string, CompiledVenue | null>();

/**
 * The compiled venue with this id, or null when unknown or invalid: a bundled one (compiled once, then
 * cached) or a user-made one registered under its revision id ({@link registerVenue}).
 */
export function getVenue(id: string): CompiledVenue | null {
  const custom = customVenues.get(id);
  if (custom) return custom;
  if (!cache.has(id)) {
    const raw = (bundledVenues as Record<string, unknown>)[id];
    const parsed = raw === undefined ? null : parseVenue(raw);
    cache.set(id, parsed && parsed.ok ? parsed.venue : null);
  }
  return cache.get(id) ?? null;
}

const customVenues = new Map<string, CompiledVenue>();

/** True when `id` names a venue shipped with the app (a read-only template in the editor). */
export function isBundledVenue(id: string): boolean {
  return Object.prototype.hasOwnProperty.call(bundledVenues, id);
}

/** FNV-1a over the text's UTF-16 code units: a short, stable fingerprint of a venue's content. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let k = 0; k < text.length; k++) {
    hash ^= text.charCodeAt(k);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * The id a user-made venue is played under: its own id plus a fingerprint of its content. A session's
 * setup names this id, so editing the venue later gives the edit a new id and never changes the venue
 * an older session is replayed on.
 */
export function venueRevisionId(file: VenueFile): string {
  return `${file.id.slice(0, 38)}-r${fingerprint(canonicalJson(file))}`;
}

/** JSON with every object's keys sorted, so the same content always gives the same text. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Result of {@link registerVenue}: the revision id the venue is found under, or why it was refused. */
export type RegisterVenueResult = { ok: true; id: string; venue: CompiledVenue } | { ok: false; issues: string[] };

/**
 * Makes a user-made venue (from the database or a session's stored copy) known to {@link getVenue}
 * under its revision id. Registering the same content twice is harmless; a bundled venue is not
 * registered again (its own id is returned).
 */
export function registerVenue(raw: unknown): RegisterVenueResult {
  const parsed = parseVenue(raw);
  if (!parsed.ok) return parsed;
  const file = parsed.venue.file;
  const bundled = isBundledVenue(file.id) ? getVenue(file.id) : null;
  if (bundled && canonicalJson(bundled.file) === canonicalJson(file)) return { ok: true, id: file.id, venue: bundled };
  const id = venueRevisionId(file);
  if (!customVenues.has(id)) customVenues.set(id, parsed.venue);
  return { ok: true, id, venue: customVenues.get(id)! };
}
