import kpuOffice from '../../assets/venues/kpu-office.venue.json';
import lapanganAgathis from '../../assets/venues/lapangan-agathis.venue.json';
import { parseVenue, type CompiledVenue } from './compile';

/** The raw venue files shipped with the app, by id. */
export const bundledVenues = {
  'kpu-office': kpuOffice as unknown,
  'lapangan-agathis': lapanganAgathis as unknown,
} as const;

/** Id of a bundled venue. */
export type VenueId = keyof typeof bundledVenues;

const cache = new Map<string, CompiledVenue | null>();

/** The compiled bundled venue with this id, or null when unknown or invalid (compiled once, then cached). */
export function getVenue(id: string): CompiledVenue | null {
  if (!cache.has(id)) {
    const raw = (bundledVenues as Record<string, unknown>)[id];
    const parsed = raw === undefined ? null : parseVenue(raw);
    cache.set(id, parsed && parsed.ok ? parsed.venue : null);
  }
  return cache.get(id) ?? null;
}
