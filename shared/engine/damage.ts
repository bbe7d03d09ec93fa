import { SegState, type World } from './model';
import { SegmentKind, type CompiledVenue } from '../venue/index';

/**
 * Damage states of property (issue #15 item 5): every building, every breachable fence panel, gate and
 * door, and every parked car is intact, damaged, heavily damaged ("rusak cukup berat") or destroyed,
 * by the share of it that is gone. Fences, gates and doors read it off their strength in the world's
 * segment arrays (a breached one is destroyed); buildings and cars keep damage points in
 * `GameState.property`, each capped at the thing's value, so the property damage figure is the sum of
 * what was actually destroyed instead of a number that grows without bound. Pure: no engine state is
 * changed here (sim/effects.ts applies damage).
 */

/** Damage states, least first. */
export const damageStates = ['intact', 'damaged', 'heavily_damaged', 'destroyed'] as const;
/** One of {@link damageStates}. */
export type DamageState = (typeof damageStates)[number];

/** Kinds of damageable property. */
export type PropertyKind = 'building' | 'car' | 'gate' | 'door' | 'fence';

/** Share lost at which a thing counts as damaged, and as heavily damaged (destroyed at 1). */
export const DAMAGED_AT = 0.1;
export const HEAVILY_DAMAGED_AT = 0.5;

/** The state of something that has lost `lost` (0..1) of itself. */
export function damageStateOf(lost: number): DamageState {
  if (lost >= 1) return 'destroyed';
  if (lost >= HEAVILY_DAMAGED_AT) return 'heavily_damaged';
  if (lost >= DAMAGED_AT) return 'damaged';
  return 'intact';
}

/** Damage points each kind of property is worth when destroyed (the cap of its share of the figure). */
export const propertyValue: Readonly<Record<PropertyKind, number>> = { building: 100, car: 10, gate: 10, door: 5, fence: 5 };

/** Damage points of buildings and parked cars (indices as in the venue file), each at most its value. */
export interface PropertyDamage {
  buildings: number[];
  cars: number[];
}

/** No damage yet, for a venue. */
export function noPropertyDamage(venue: CompiledVenue): PropertyDamage {
  return { buildings: venue.file.buildings.map(() => 0), cars: venue.file.cars.map(() => 0) };
}

/** The property kind of a breachable segment (fence panel, gate or door), or null for anything else. */
export function segmentPropertyKind(world: World, k: number): PropertyKind | null {
  if (world.segments.breachable[k] !== 1) return null;
  const kind = world.segments.kind[k];
  return kind === SegmentKind.gate ? 'gate' : kind === SegmentKind.door ? 'door' : kind === SegmentKind.fence || kind === SegmentKind.wall || kind === SegmentKind.barrier ? 'fence' : null;
}

/** Share of a breachable segment that is gone (1 once breached). */
export function segmentLoss(world: World, k: number): number {
  const s = world.segments;
  if (s.state[k] === SegState.breached) return 1;
  const max = s.maxStrength[k]!;
  return max > 0 && Number.isFinite(max) ? Math.min(1, Math.max(0, 1 - s.strength[k]! / max)) : 0;
}

/** One damageable thing: what it is, how much of it is gone and where it stands. */
export interface PropertyItem {
  /** Building, gate or door id; `car-<index>`; fence panels `<wall id>#<segment>`. */
  id: string;
  kind: PropertyKind;
  lost: number;
  state: DamageState;
  x: number;
  y: number;
}

/** Id of a breachable segment as damage reports name it. */
export function segmentPropertyId(venue: CompiledVenue, world: World, k: number): string {
  const o = world.segments.opening[k]!;
  if (o >= 0) return venue.openings[o]!.id;
  return k < venue.segments.length ? `${venue.segments[k]!.sourceId}#${k}` : `barrier-${k}`;
}

/** Every damageable thing of the venue with its state (buildings, cars, then fence panels, gates and doors). */
export function propertyItems(venue: CompiledVenue, world: World, property: PropertyDamage | undefined): PropertyItem[] {
  const out: PropertyItem[] = [];
  venue.file.buildings.forEach((b, k) => {
    const lost = Math.min(1, (property?.buildings[k] ?? 0) / propertyValue.building);
    let x = 0;
    let y = 0;
    for (const p of b.footprint) { x += p[0]; y += p[1]; }
    out.push({ id: b.id, kind: 'building', lost, state: damageStateOf(lost), x: x / b.footprint.length, y: y / b.footprint.length });
  });
  venue.file.cars.forEach((c, k) => {
    const lost = Math.min(1, (property?.cars[k] ?? 0) / propertyValue.car);
    out.push({ id: `car-${k}`, kind: 'car', lost, state: damageStateOf(lost), x: c.x, y: c.y });
  });
  const s = world.segments;
  for (let k = 0; k < world.header[1]!; k++) {
    const kind = segmentPropertyKind(world, k);
    if (!kind) continue;
    const lost = segmentLoss(world, k);
    out.push({ id: segmentPropertyId(venue, world, k), kind, lost, state: damageStateOf(lost), x: (s.ax[k]! + s.bx[k]!) / 2, y: (s.ay[k]! + s.by[k]!) / 2 });
  }
  return out;
}

/** The property damage figure: each thing's lost share times its value, summed (so capped at the venue's total value). */
export function propertyDamageTotal(venue: CompiledVenue, world: World, property: PropertyDamage | undefined): number {
  let total = 0;
  for (const item of propertyItems(venue, world, property)) total += item.lost * propertyValue[item.kind];
  return total;
}
