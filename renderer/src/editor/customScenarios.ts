import { useEffect, useState } from 'react';
import { parseScenario } from '../../../shared/scenario/parse';
import { isBundledVenue, registerVenue } from '../../../shared/venue/venues';
import type { VenueFile } from '../../../shared/venue/schema';
import { host } from '../host/hostClient';
import { toPreset, type ScenarioPreset } from '../new-session/presets';

/**
 * The user's stored scenarios as the new-session screen offers them next to the shipped ones. A
 * scenario on a user venue is played under the venue's revision id (shared/venue/venues.ts): the venue
 * is registered with the local engine here and sent with `createSession`, which keeps both copies with
 * the session.
 */

/** A stored scenario ready to play. */
export interface CustomScenario {
  preset: ScenarioPreset;
  /** The scenario file as stored (kept with the session). */
  raw: unknown;
  /** The user venue it is played on, or null for a shipped venue. */
  venue: VenueFile | null;
  /** The venue's name for the venue picker. */
  venueName: string;
}

/** Loads and validates every stored scenario; one that no longer validates (its venue deleted) is left out. */
export async function loadCustomScenarios(): Promise<CustomScenario[]> {
  const entries = (await host.listScenarioFiles()).filter((entry) => entry.source === 'stored');
  const out: CustomScenario[] = [];
  for (const entry of entries) {
    try {
      const { scenario: raw } = await host.getScenarioFile(entry.id);
      if (isBundledVenue(entry.venueId)) {
        const parsed = parseScenario(raw);
        if (parsed.ok) out.push({ preset: toPreset(parsed.scenario), raw, venue: null, venueName: entry.venueId });
        continue;
      }
      const { venue } = await host.getVenueFile(entry.venueId);
      const reg = registerVenue(venue);
      if (!reg.ok) continue;
      const parsed = parseScenario(raw, reg.venue);
      if (!parsed.ok) continue;
      out.push({ preset: toPreset({ ...parsed.scenario, venueId: reg.id }), raw, venue: reg.venue.file, venueName: reg.venue.file.name });
    } catch {
      // A scenario or venue deleted meanwhile is simply not offered.
    }
  }
  return out;
}

/** The stored scenarios, loaded once when the screen opens (empty until then). */
export function useCustomScenarios(): CustomScenario[] {
  const [list, setList] = useState<CustomScenario[]>([]);
  useEffect(() => {
    let live = true;
    loadCustomScenarios().then((loaded) => live && setList(loaded), () => undefined);
    return () => {
      live = false;
    };
  }, []);
  return list;
}
