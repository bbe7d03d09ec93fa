import type { Game, UnitTypeId } from '../../../../shared/engine/index';
import { pointInPolygon, polygonArea, polygonCentroid, type Vec2, type VenueFile } from '../../../../shared/venue/index';

/**
 * The names the debrief's words need and the engine's events only cite by id: units (name and type),
 * crowd groups, scenario script events (bilingual labels) and the venue's named places. Built once from
 * the replayed game (setup, state and venue); plain data, so the log, the per-player view and the Anev
 * report word entries the same way.
 */

/** A bilingual label from the scenario (script events). */
export interface RosterLabel {
  id: string;
  en: string;
}

/** A named place of the venue: an area (polygon) or a point (gate, protected place, structure). */
export interface VenuePlace {
  name: string;
  polygon: readonly Vec2[] | null;
  at: Vec2;
  /** Area in m² (0 for points), so the smallest area holding a point names it. */
  area: number;
}

/** Names by id. */
export interface Roster {
  units: ReadonlyMap<string, { name: string; type: UnitTypeId }>;
  groups: ReadonlyMap<string, string>;
  scriptEvents: ReadonlyMap<string, RosterLabel>;
  places: readonly VenuePlace[];
}

/** A roster with nothing in it (before the first moment arrived). */
export const emptyRoster: Roster = { units: new Map(), groups: new Map(), scriptEvents: new Map(), places: [] };

/** Reads the roster of a replayed game; `previous` keeps units and groups seen at other moments (reserves). */
export function rosterOf(game: Pick<Game, 'setup' | 'state' | 'venue'>, previous: Roster = emptyRoster): Roster {
  const units = new Map(previous.units);
  for (const unit of game.setup.police) units.set(unit.id, { name: unit.name ?? units.get(unit.id)?.name ?? unit.id, type: unit.type });
  for (const unit of game.state.units) units.set(unit.id, { name: unit.name, type: unit.type });
  const groups = new Map(previous.groups);
  for (const group of game.setup.crowd) if (group.name) groups.set(group.id, group.name);
  for (const group of game.state.groups) groups.set(group.id, group.name);
  const scriptEvents = new Map<string, RosterLabel>();
  for (const event of game.setup.script?.events ?? []) scriptEvents.set(event.id, event.label);
  const places = previous.places.length ? previous.places : venuePlaces(game.venue.file);
  return { units, groups, scriptEvents, places };
}

/** The venue's named places: rooms, buildings, ground areas and zones (areas); gates, doors, protected places and structures (points). */
export function venuePlaces(venue: Pick<VenueFile, 'ground' | 'buildings' | 'gates' | 'crowdArrival' | 'policeStaging' | 'protectedPlaces' | 'structures'>): VenuePlace[] {
  const places: VenuePlace[] = [];
  const area = (name: string, polygon: readonly Vec2[]) => places.push({ name, polygon, at: polygonCentroid(polygon), area: Math.abs(polygonArea(polygon)) });
  const point = (name: string, at: Vec2) => places.push({ name, polygon: null, at, area: 0 });
  for (const building of venue.buildings) {
    area(building.name, building.footprint);
    for (const room of building.rooms) area(room.name, room.polygon);
    for (const door of building.entrances) point(door.name, midpoint(door.a, door.b));
  }
  for (const ground of venue.ground) area(ground.name, ground.polygon);
  for (const zone of [...venue.crowdArrival, ...venue.policeStaging]) area(zone.name, zone.polygon);
  for (const gate of venue.gates) point(gate.name, midpoint(gate.a, gate.b));
  for (const place of venue.protectedPlaces) point(place.name, place.at);
  for (const structure of venue.structures) {
    if (structure.footprint) area(structure.name, structure.footprint);
    else if (structure.at) point(structure.name, structure.at);
  }
  return places;
}

function midpoint(a: Vec2, b: Vec2): Vec2 {
  return [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
}

/** Metres from a point within which it is "near" a named point. */
export const NEAR_METRES = 15;

/**
 * The name of the place at (x, y): the smallest named area holding it ("in"), else the nearest named
 * point or area centre within {@link NEAR_METRES} ("near"), else null.
 */
export function placeAt(places: readonly VenuePlace[], x: number, y: number): { name: string; near: boolean } | null {
  let inside: VenuePlace | null = null;
  let nearest: VenuePlace | null = null;
  let nearestSq = NEAR_METRES * NEAR_METRES;
  for (const place of places) {
    if (place.polygon && (!inside || place.area < inside.area) && pointInPolygon(x, y, place.polygon)) inside = place;
    const dx = place.at[0] - x;
    const dy = place.at[1] - y;
    if (!place.polygon && dx * dx + dy * dy <= nearestSq) {
      nearest = place;
      nearestSq = dx * dx + dy * dy;
    }
  }
  if (nearest && (!inside || inside.area > 400)) return { name: nearest.name, near: true };
  if (inside) return { name: inside.name, near: false };
  return null;
}
