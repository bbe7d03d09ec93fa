import type { VenueFile } from '../../../../shared/venue/schema';
import { TABLE_MARGIN } from './groundParts';
import type { MergeBuilder } from './mergeBuilder';
import { VENUE_COLORS } from './venuePalette';

/**
 * Trees, parked cars and the decorative surroundings: a ring of shophouses and offices just outside the
 * playable bounds, on the table margin, so the site sits in a town rather than on a void. The decor is
 * deterministic (seeded by position) and never blocks anyone: the engine does not know it exists.
 */

/** Adds the venue's trees and parked cars. */
export function addProps(b: MergeBuilder, venue: VenueFile): void {
  venue.trees.forEach((t, i) => addTree(b, t.x, t.y, t.radius, t.height, i));
  venue.cars.forEach((c, i) => addCar(b, c.x, c.y, c.heading, c.length, c.width, VENUE_COLORS.carBodies[i % VENUE_COLORS.carBodies.length]!));
}

/** A low-poly tree: trunk and three crown blobs. */
export function addTree(b: MergeBuilder, x: number, y: number, radius: number, height: number, seed: number): void {
  const trunkH = height * 0.4;
  b.cylinder(x, y, 0, 0.18, 0.28, trunkH + 0.5, VENUE_COLORS.trunk, 6);
  const crown = seed % 2 === 0 ? VENUE_COLORS.crown : VENUE_COLORS.crownDark;
  const r = radius;
  b.ball(x, y, trunkH + r * 0.75, r, crown, 0.8, 1);
  b.ball(x + r * 0.45, y - r * 0.3, trunkH + r * 1.25, r * 0.7, crown, 0.85, 0);
  b.ball(x - r * 0.4, y + r * 0.35, trunkH + r * 1.35, r * 0.6, VENUE_COLORS.crownDark, 0.85, 0);
}

/** A parked car: body, cabin, wheels. `heading` along its length (venue radians). */
export function addCar(b: MergeBuilder, x: number, y: number, heading: number, length: number, width: number, color: string): void {
  b.box(x, y, 0.3, length, width, 0.7, color, heading);
  const c = Math.cos(heading);
  const s = Math.sin(heading);
  b.box(x - c * length * 0.08, y - s * length * 0.08, 1.0, length * 0.52, width * 0.86, 0.55, VENUE_COLORS.windowGlass, heading);
  for (const [fx, fy] of [[0.32, 0.5], [0.32, -0.5], [-0.32, 0.5], [-0.32, -0.5]] as const) {
    const wx = x + c * fx * length - s * fy * width;
    const wy = y + s * fx * length + c * fy * width;
    b.box(wx, wy, 0, 0.65, 0.25, 0.6, VENUE_COLORS.tyre, heading);
  }
}

function hash(n: number): number {
  const x = Math.sin(n * 127.1 + 311.7) * 43758.5453;
  return x - Math.floor(x);
}

/** Adds shophouses and offices along all four sides just outside the bounds, with street trees. */
export function addSurroundings(b: MergeBuilder, venue: VenueFile): void {
  const { minX, minY, maxX, maxY } = venue.bounds;
  const gap = 3;
  const depthMax = TABLE_MARGIN - gap - 3;
  const sides: [number, number, number, number, number][] = [
    // start x, start y, direction x, direction y, length along it
    [minX, minY - gap, 1, 0, maxX - minX],
    [minX, maxY + gap, 1, 0, maxX - minX],
    [minX - gap, minY, 0, 1, maxY - minY],
    [maxX + gap, minY, 0, 1, maxY - minY],
  ];
  sides.forEach(([sx, sy, dx, dy, len], side) => {
    const outX = side === 2 ? -1 : side === 3 ? 1 : 0;
    const outY = side === 0 ? -1 : side === 1 ? 1 : 0;
    let t = 4;
    let i = 0;
    while (t < len - 6) {
      const seed = side * 1000 + i;
      const w = 8 + Math.floor(hash(seed) * 10);
      const d = 9 + hash(seed + 0.5) * (depthMax - 9);
      // The south row faces the default camera: keep it one storey so it never hides the play.
      const storeys = side === 0 ? 1 : 1 + Math.floor(hash(seed + 0.7) * 3);
      const cx = sx + dx * (t + w / 2) + outX * (d / 2);
      const cy = sy + dy * (t + w / 2) + outY * (d / 2);
      const bw = dx !== 0 ? w - 0.8 : d;
      const bd = dx !== 0 ? d : w - 0.8;
      const wall = VENUE_COLORS.decorWalls[seed % VENUE_COLORS.decorWalls.length]!;
      const roof = VENUE_COLORS.decorRoofs[(seed * 7) % VENUE_COLORS.decorRoofs.length]!;
      const h = storeys * 3.4;
      b.box(cx, cy, 0, bw, bd, h, wall);
      b.box(cx, cy, h, bw + 0.6, bd + 0.6, 0.5, roof);
      // A shop awning toward the street.
      const ax = cx - outX * (bw / 2 + 0.8);
      const ay = cy - outY * (bd / 2 + 0.8);
      b.box(ax, ay, 2.6, dx !== 0 ? bw - 1 : 1.6, dx !== 0 ? 1.6 : bd - 1, 0.15, roof);
      if (i % 3 === 1) addTree(b, sx + dx * (t - 1) - outX * 0.5, sy + dy * (t - 1) - outY * 0.5, 2, 6, seed);
      t += w;
      i++;
    }
  });
}
