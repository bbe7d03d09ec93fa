import type { Scenario } from '../../../shared/scenario/schema';
import type { VenueFile } from '../../../shared/venue/schema';

/**
 * The briefing's small map, computed from the venue file and the scenario (pure, no drawing): the
 * ground, buildings, fences and gates; where each police unit starts (its point, or its staging zone,
 * units sharing a zone set side by side); where each crowd group arrives; the protected people; and
 * the crowd's objectives marked on the places they name (a gate to breach, a person to take, a room to
 * reach). Coordinates stay in venue metres; the SVG flips y so north is up.
 */

type XY = [number, number];

/** One police unit's start. */
export interface MapUnit { id: string; name: string; at: XY; reserve: boolean }
/** One crowd group's arrival zone. */
export interface MapGroup { id: string; name: Scenario['crowd'][number]['name']; polygon: XY[]; centre: XY; reserve: boolean }
/** A crowd objective marked on the map. */
export interface MapObjective { kind: 'breach' | 'hostage' | 'room' | 'building'; at: XY; polygon: XY[] | null; name: string }

/** Everything the briefing map draws. */
export interface BriefingMap {
  bounds: VenueFile['bounds'];
  ground: { kind: string; polygon: XY[] }[];
  buildings: { name: string; polygon: XY[] }[];
  walls: XY[][];
  gates: { id: string; name: string; a: XY; b: XY }[];
  police: MapUnit[];
  crowd: MapGroup[];
  protectedPeople: { id: string; role: string; name: string; at: XY }[];
  objectives: MapObjective[];
}

/** Centre of a polygon's vertices. */
export function centroid(polygon: readonly XY[]): XY {
  let x = 0;
  let y = 0;
  for (const [px, py] of polygon) {
    x += px;
    y += py;
  }
  return [x / Math.max(1, polygon.length), y / Math.max(1, polygon.length)];
}

/** Spacing (m) between units shown in one staging zone. */
const ZONE_SPACING = 9;

/** The briefing map of `scenario` on `venue`. */
export function briefingMapOf(venue: VenueFile, scenario: Scenario): BriefingMap {
  const zones = new Map(venue.policeStaging.map((z) => [z.id, z]));
  const arrivals = new Map(venue.crowdArrival.map((z) => [z.id, z]));
  const inZone = new Map<string, number>();
  const police: MapUnit[] = scenario.police.map((u) => {
    if (typeof u.staging !== 'string') return { id: u.id, name: u.name, at: [u.staging.x, u.staging.y], reserve: u.reserve };
    const zone = zones.get(u.staging);
    const k = inZone.get(u.staging) ?? 0;
    inZone.set(u.staging, k + 1);
    const [cx, cy] = zone ? centroid(zone.polygon as XY[]) : [0, 0];
    // Units sharing a zone: a column down its middle, alternating either side of the centre.
    const offset = (k % 2 === 0 ? 1 : -1) * Math.ceil(k / 2) * ZONE_SPACING;
    return { id: u.id, name: u.name, at: [cx, cy + offset], reserve: u.reserve };
  });
  const crowd: MapGroup[] = scenario.crowd.map((g) => {
    const polygon = (arrivals.get(g.arrival)?.polygon ?? []) as XY[];
    return { id: g.id, name: g.name, polygon, centre: centroid(polygon), reserve: g.reserve };
  });
  const people = venue.protectedPeople.map((p) => ({ id: p.id, role: p.role, name: p.name, at: p.at as XY }));
  const objectives: MapObjective[] = [];
  for (const o of scenario.objectives.rules?.crowd ?? []) {
    if (o.type === 'breach' && o.gateId) {
      const gate = venue.gates.find((g) => g.id === o.gateId);
      if (gate) objectives.push({ kind: 'breach', at: centroid([gate.a as XY, gate.b as XY]), polygon: null, name: gate.name });
    } else if (o.type === 'hold_hostage') {
      for (const p of people.filter((q) => !o.personId || q.id === o.personId)) objectives.push({ kind: 'hostage', at: p.at, polygon: null, name: p.name });
    } else if (o.type === 'reach_room') {
      for (const b of venue.buildings) for (const r of b.rooms.filter((room) => room.kind === o.roomKind)) {
        objectives.push({ kind: 'room', at: centroid(r.polygon as XY[]), polygon: r.polygon as XY[], name: r.name });
      }
    } else if (o.type === 'enter_building') {
      for (const b of venue.buildings.filter((x) => !o.buildingId || x.id === o.buildingId)) {
        objectives.push({ kind: 'building', at: centroid(b.footprint as XY[]), polygon: null, name: b.name });
      }
    }
  }
  return {
    bounds: venue.bounds,
    ground: venue.ground.map((g) => ({ kind: g.kind, polygon: g.polygon as XY[] })),
    buildings: venue.buildings.map((b) => ({ name: b.name, polygon: b.footprint as XY[] })),
    walls: venue.walls.map((w) => w.points as XY[]),
    gates: venue.gates.map((g) => ({ id: g.id, name: g.name, a: g.a as XY, b: g.b as XY })),
    police,
    crowd,
    protectedPeople: people,
    objectives,
  };
}
