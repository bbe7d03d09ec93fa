import type { VenueFile } from '../../../../shared/venue/schema';
import type { MergeBuilder } from './mergeBuilder';

/**
 * Damage drawn over the venue model (issue #15 item 5): the engine's damage states of buildings,
 * fence panels, gates, doors and parked cars (damage.ts) as soot, cracks, broken panels and rubble.
 * Damaged: dark cracks and scorch streaks; heavily damaged ("rusak cukup berat"): large charred patches
 * and fallen pieces at the foot; destroyed: a burnt-out shell and a rubble heap. One merged geometry,
 * rebuilt only when some state changes (see `damageSignature`).
 */

/** One damaged thing as the scene gets it: the engine's id, kind, state and position in metres. */
export interface SceneDamage {
  id: string;
  kind: 'building' | 'car' | 'gate' | 'door' | 'fence';
  state: 'damaged' | 'heavily_damaged' | 'destroyed';
  x: number;
  y: number;
}

/** Colours of the damage marks. */
export const DAMAGE_COLORS = { crack: '#2b2622', soot: '#1b1816', charred: '#0d0c0b', rubble: '#8c8378', rubbleDark: '#5f5850', ember: '#b5441c' } as const;

/** A key that changes exactly when a state changes (the layer rebuilds on it, not on every refresh). */
export function damageSignature(items: readonly SceneDamage[]): string {
  return items.map((d) => `${d.id}:${d.state}`).join('|');
}

/** Small deterministic jitter in [0, 1) for placing marks. */
function jitter(n: number): number {
  const x = Math.sin(n * 91.7 + 17.3) * 43758.5453;
  return x - Math.floor(x);
}

/** Rubble: a heap of tumbled blocks around (x, y), `size` metres across. */
function rubble(b: MergeBuilder, x: number, y: number, size: number, seed: number): void {
  const n = Math.max(3, Math.round(size * 2));
  for (let k = 0; k < n; k++) {
    const a = jitter(seed + k) * Math.PI * 2;
    const r = jitter(seed + k * 3.1) * size * 0.5;
    const s = 0.25 + jitter(seed + k * 7.3) * 0.45;
    b.box(x + Math.cos(a) * r, y + Math.sin(a) * r, 0, s * 1.4, s, s * 0.8, k % 3 === 0 ? DAMAGE_COLORS.rubbleDark : DAMAGE_COLORS.rubble, a);
  }
}

function addBuildingDamage(b: MergeBuilder, building: VenueFile['buildings'][number], state: SceneDamage['state'], seed: number): void {
  const fp = building.footprint;
  const h = building.height;
  for (let i = 0; i < fp.length; i++) {
    const [ax, ay] = fp[i]!;
    const [bx, by] = fp[(i + 1) % fp.length]!;
    const len = Math.hypot(bx - ax, by - ay);
    const ux = (bx - ax) / len;
    const uy = (by - ay) / len;
    // Marks sit just outside the wall face (the footprint's outward side for a counter-clockwise outline).
    const nx = uy * 0.2;
    const ny = -ux * 0.2;
    const marks = state === 'damaged' ? 2 : state === 'heavily_damaged' ? 4 : 6;
    for (let k = 0; k < marks; k++) {
      const t = (0.1 + 0.8 * jitter(seed + i * 13 + k)) * len;
      const px = ax + ux * t;
      const py = ay + uy * t;
      const w = state === 'damaged' ? 0.25 : 1.2 + jitter(seed + k) * 2;
      const hh = state === 'damaged' ? h * 0.5 : h * (0.5 + 0.4 * jitter(seed + k * 5));
      // A crack (thin, tall) or a scorch patch (wide), both as thin plates on the face.
      b.box(px + nx, py + ny, h - hh, w, 0.06, hh, state === 'damaged' ? DAMAGE_COLORS.crack : DAMAGE_COLORS.soot, Math.atan2(uy, ux));
      if (state !== 'damaged') rubble(b, px + nx * 6, py + ny * 6, state === 'destroyed' ? 3 : 1.5, seed + i * 31 + k);
    }
  }
  if (state === 'destroyed') {
    // Gutted: the roof charred black over the whole footprint, embers at the heart.
    b.flat(fp, h + 0.05, DAMAGE_COLORS.charred);
    let cx = 0;
    let cy = 0;
    for (const p of fp) { cx += p[0]; cy += p[1]; }
    b.box(cx / fp.length, cy / fp.length, h + 0.06, 3, 2, 0.1, DAMAGE_COLORS.ember);
  } else if (state === 'heavily_damaged') {
    b.flat(fp.slice(0, 3), h + 0.05, DAMAGE_COLORS.soot);
  }
}

function addCarDamage(b: MergeBuilder, car: VenueFile['cars'][number], state: SceneDamage['state'], seed: number): void {
  if (state === 'destroyed') {
    // A burnt-out shell: the body black and sagging, no glass, a dark scorch on the ground.
    b.box(car.x, car.y, 0.02, car.length + 1.2, car.width + 1.2, 0.03, DAMAGE_COLORS.soot, car.heading);
    // Just larger than the body (propParts.addCar: body 0.3-1.0 m, glass 1.0-1.55 m) so it hides it.
    b.box(car.x, car.y, 0.1, car.length * 1.04, car.width * 1.06, 1.0, DAMAGE_COLORS.charred, car.heading);
    b.box(car.x - Math.cos(car.heading) * car.length * 0.08, car.y - Math.sin(car.heading) * car.length * 0.08, 1.1, car.length * 0.56, car.width * 0.9, 0.5, DAMAGE_COLORS.charred, car.heading);
    return;
  }
  const n = state === 'damaged' ? 2 : 4;
  const c = Math.cos(car.heading);
  const s = Math.sin(car.heading);
  for (let k = 0; k < n; k++) {
    const fx = (jitter(seed + k) - 0.5) * car.length * 0.8;
    const side = k % 2 === 0 ? 0.52 : -0.52;
    b.box(car.x + c * fx - s * side * car.width, car.y + s * fx + c * side * car.width, 0.45, 0.5, 0.05, 0.35, DAMAGE_COLORS.crack, car.heading);
  }
  if (state === 'heavily_damaged') b.box(car.x, car.y, 1.02, car.length * 0.53, car.width * 0.88, 0.56, DAMAGE_COLORS.soot, car.heading);
}

function addBoundaryDamage(b: MergeBuilder, d: SceneDamage, seed: number): void {
  if (d.state === 'destroyed') return rubble(b, d.x, d.y, 2.5, seed);
  // Bent and broken bars: a dark band across the panel and pieces at its foot.
  b.box(d.x, d.y, 0.6, 1.2, 0.3, 0.5, DAMAGE_COLORS.crack);
  if (d.state === 'heavily_damaged') rubble(b, d.x, d.y, 1.5, seed);
}

/** Adds the marks of every damaged thing (anything intact is absent from `items`). */
export function addDamage(b: MergeBuilder, venue: VenueFile, items: readonly SceneDamage[]): void {
  items.forEach((d, k) => {
    const seed = k * 17 + d.id.length;
    if (d.kind === 'building') {
      const building = venue.buildings.find((x) => x.id === d.id);
      if (building) addBuildingDamage(b, building, d.state, seed);
    } else if (d.kind === 'car') {
      const car = venue.cars[Number(d.id.slice(4))];
      if (car) addCarDamage(b, car, d.state, seed);
    } else addBoundaryDamage(b, d, seed);
  });
}
