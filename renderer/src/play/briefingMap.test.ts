import { describe, expect, it } from 'vitest';
import { getScenario, listScenarios } from '../../../shared/scenario/index';
import { loadVenueFile } from '../scene/venue/venueFile';
import { briefingMapOf, centroid } from './briefingMap';

/** The briefing's map from the venue and the scenario: start positions, arrivals, protected people and objectives. */

function plenoMap() {
  const scenario = getScenario('pleno-kpu')!;
  const venue = loadVenueFile(scenario.venueId)!;
  return { scenario, venue, map: briefingMapOf(venue, scenario) };
}

const inside = ([x, y]: [number, number], polygon: readonly (readonly number[])[]) => {
  const xs = polygon.map((p) => p[0]!);
  const ys = polygon.map((p) => p[1]!);
  return x >= Math.min(...xs) && x <= Math.max(...xs) && y >= Math.min(...ys) && y <= Math.max(...ys);
};

describe('briefingMapOf', () => {
  it('puts every police unit at its point or inside its staging zone, units of one zone apart', () => {
    const { scenario, venue, map } = plenoMap();
    expect(map.police.map((u) => u.id)).toEqual(scenario.police.map((u) => u.id));
    for (const unit of scenario.police) {
      const at = map.police.find((u) => u.id === unit.id)!.at;
      if (typeof unit.staging === 'string') expect(inside(at, venue.policeStaging.find((z) => z.id === unit.staging)!.polygon), unit.id).toBe(true);
      else expect(at).toEqual([unit.staging.x, unit.staging.y]);
    }
    const spots = map.police.map((u) => u.at.join());
    expect(new Set(spots).size).toBe(spots.length);
  });

  it('draws each crowd group at its arrival zone, reserves marked', () => {
    const { map } = plenoMap();
    expect(map.crowd.map((g) => [g.id, g.reserve])).toEqual([['massa-utama', false], ['massa-susulan', true]]);
    expect(map.crowd[0]!.centre).toEqual(centroid(map.crowd[0]!.polygon));
  });

  it('marks the crowd objectives on the places they name: the gate, the person, the room', () => {
    const { venue, map } = plenoMap();
    const kinds = map.objectives.map((o) => o.kind);
    expect(kinds).toEqual(expect.arrayContaining(['hostage', 'room', 'breach']));
    const gate = venue.gates.find((g) => g.id === 'main-gate')!;
    expect(map.objectives.find((o) => o.kind === 'breach')).toMatchObject({ name: gate.name, at: centroid([gate.a as [number, number], gate.b as [number, number]]) });
    const ketua = venue.protectedPeople.find((p) => p.id === 'ketua-kpu')!;
    expect(map.objectives.filter((o) => o.kind === 'hostage').map((o) => o.at)).toEqual([ketua.at]);
    expect(map.protectedPeople.map((p) => p.id)).toEqual(venue.protectedPeople.map((p) => p.id));
  });

  it('works for every shipped scenario', () => {
    for (const scenario of listScenarios()) {
      const venue = loadVenueFile(scenario.venueId)!;
      const map = briefingMapOf(venue, scenario);
      expect(map.police.length, scenario.id).toBe(scenario.police.length);
      expect(map.crowd.every((g) => g.polygon.length >= 3), scenario.id).toBe(true);
    }
  });
});
