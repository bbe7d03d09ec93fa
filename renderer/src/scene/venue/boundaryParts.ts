import type { VenueFile } from '../../../../shared/venue/schema';
import type { MergeBuilder } from './mergeBuilder';
import { VENUE_COLORS } from './venuePalette';

/**
 * Walls, fences and concrete barriers (static), and gates, doors and placed barriers (rebuilt when their
 * state changes). Walls are cut where their gates are, as the engine cuts its segments.
 */

type Pt = readonly [number, number];
/** Gate or door state as the scene draws it. */
export type OpeningState = 'open' | 'closed' | 'breached';

/** Adds every wall and fence (cut at gates) and the venue's own barriers. */
export function addBoundaries(b: MergeBuilder, venue: VenueFile): void {
  for (const wall of venue.walls) {
    const gates = venue.gates.filter((g) => g.wallId === wall.id);
    for (let i = 0; i + 1 < wall.points.length; i++) {
      for (const [a, c] of cutAtGates(wall.points[i]!, wall.points[i + 1]!, gates)) {
        if (wall.kind === 'wall') addWall(b, a, c, wall.height);
        else addFence(b, a, c, wall.height);
      }
    }
  }
  for (const barrier of venue.barriers) addBarrier(b, barrier.a, barrier.b, barrier.height, barrier.kind);
}

/** Pieces of the segment a -> c left after removing the gates lying on it. */
function cutAtGates(a: Pt, c: Pt, gates: readonly { a: Pt; b: Pt }[]): [Pt, Pt][] {
  const dx = c[0] - a[0];
  const dy = c[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const cuts: [number, number][] = [];
  for (const g of gates) {
    const t0 = ((g.a[0] - a[0]) * dx + (g.a[1] - a[1]) * dy) / len2;
    const t1 = ((g.b[0] - a[0]) * dx + (g.b[1] - a[1]) * dy) / len2;
    const off = Math.abs((g.a[0] - a[0]) * dy - (g.a[1] - a[1]) * dx) / Math.sqrt(len2);
    if (off < 0.5 && Math.max(t0, t1) > 0 && Math.min(t0, t1) < 1) cuts.push([Math.min(t0, t1), Math.max(t0, t1)]);
  }
  cuts.sort((p, q) => p[0] - q[0]);
  const out: [Pt, Pt][] = [];
  let t = 0;
  const at = (u: number): Pt => [a[0] + dx * u, a[1] + dy * u];
  for (const [s, e] of cuts) {
    if (s > t) out.push([at(t), at(s)]);
    t = Math.max(t, e);
  }
  if (t < 1) out.push([at(t), at(1)]);
  return out;
}

function addWall(b: MergeBuilder, a: Pt, c: Pt, h: number): void {
  b.segmentBox(a[0], a[1], c[0], c[1], 0, 0.25, h, VENUE_COLORS.brickWall);
  b.segmentBox(a[0], a[1], c[0], c[1], h, 0.35, 0.12, VENUE_COLORS.wallCap);
  const len = Math.hypot(c[0] - a[0], c[1] - a[1]);
  for (let t = 0; t <= len + 0.01; t += 4) {
    const u = t / len;
    b.box(a[0] + (c[0] - a[0]) * u, a[1] + (c[1] - a[1]) * u, 0, 0.45, 0.45, h + 0.2, VENUE_COLORS.wallCap);
  }
}

function addFence(b: MergeBuilder, a: Pt, c: Pt, h: number): void {
  const len = Math.hypot(c[0] - a[0], c[1] - a[1]);
  const yaw = Math.atan2(c[1] - a[1], c[0] - a[0]);
  // Low plinth, masonry posts every 3 m, iron rails and vertical bars.
  b.segmentBox(a[0], a[1], c[0], c[1], 0, 0.3, 0.45, VENUE_COLORS.fencePost);
  b.segmentBox(a[0], a[1], c[0], c[1], h - 0.15, 0.08, 0.08, VENUE_COLORS.fenceIron);
  b.segmentBox(a[0], a[1], c[0], c[1], 0.6, 0.08, 0.08, VENUE_COLORS.fenceIron);
  for (let t = 0; t <= len + 0.01; t += 3) {
    const u = Math.min(1, t / len);
    b.box(a[0] + (c[0] - a[0]) * u, a[1] + (c[1] - a[1]) * u, 0, 0.4, 0.4, h + 0.15, VENUE_COLORS.fencePost, yaw);
  }
  for (let t = 0.25; t < len; t += 0.5) {
    const u = t / len;
    b.box(a[0] + (c[0] - a[0]) * u, a[1] + (c[1] - a[1]) * u, 0.45, 0.05, 0.05, h - 0.45, VENUE_COLORS.fenceIron, yaw);
  }
}

/** A row of jersey barriers (concrete) or a barrier vehicle's trailer along a -> c. */
export function addBarrier(b: MergeBuilder, a: Pt, c: Pt, h: number, kind: 'concrete' | 'vehicle'): void {
  const len = Math.hypot(c[0] - a[0], c[1] - a[1]);
  const yaw = Math.atan2(c[1] - a[1], c[0] - a[0]);
  if (kind === 'vehicle') {
    b.box((a[0] + c[0]) / 2, (a[1] + c[1]) / 2, 0.3, len, 1.2, h, VENUE_COLORS.fenceIron, yaw);
    return;
  }
  const n = Math.max(1, Math.round(len / 2));
  for (let i = 0; i < n; i++) {
    const u = (i + 0.5) / n;
    const x = a[0] + (c[0] - a[0]) * u;
    const y = a[1] + (c[1] - a[1]) * u;
    const piece = len / n - 0.08;
    b.box(x, y, 0, piece, 0.6, h * 0.35, VENUE_COLORS.concrete, yaw);
    b.box(x, y, h * 0.35, piece, 0.3, h * 0.65, i % 2 === 0 ? VENUE_COLORS.concrete : VENUE_COLORS.concreteStripe, yaw);
  }
}

/**
 * Gates (double leaves of iron bars) and building doors in their current state: closed across the gap,
 * open swung 90 degrees inward, breached knocked flat on the ground.
 */
export function addOpenings(b: MergeBuilder, venue: VenueFile, states: Readonly<Record<string, OpeningState>>): void {
  for (const g of venue.gates) addLeaves(b, g.a, g.b, g.height, states[g.id] ?? g.state, VENUE_COLORS.gate, true);
  for (const building of venue.buildings) {
    for (const d of building.entrances) addLeaves(b, d.a, d.b, Math.min(d.height, 3), states[d.id] ?? d.state, VENUE_COLORS.door, false);
  }
}

function addLeaves(b: MergeBuilder, a: Pt, c: Pt, h: number, state: OpeningState, color: string, barred: boolean): void {
  const dx = c[0] - a[0];
  const dy = c[1] - a[1];
  const len = Math.hypot(dx, dy);
  const leaf = len / 2;
  const yaw = Math.atan2(dy, dx);
  // Posts on both sides whatever the state.
  b.box(a[0], a[1], 0, 0.5, 0.5, h + 0.4, VENUE_COLORS.fencePost, yaw);
  b.box(c[0], c[1], 0, 0.5, 0.5, h + 0.4, VENUE_COLORS.fencePost, yaw);
  for (const [hinge, dir] of [[a, 1], [c, -1]] as const) {
    let lyaw = dir === 1 ? yaw : yaw + Math.PI;
    let z = 0.05;
    let thick = 0.12;
    let height = h;
    if (state === 'open') lyaw += dir * (Math.PI / 2);
    if (state === 'breached') {
      // Fallen flat, pushed outward from the hinge.
      thick = h * 0.9;
      height = 0.15;
      z = 0;
      lyaw += dir * 0.25;
    }
    const cx = hinge[0] + Math.cos(lyaw) * leaf / 2;
    const cy = hinge[1] + Math.sin(lyaw) * leaf / 2;
    const ox = state === 'breached' ? -Math.sin(yaw) * thick / 2 : 0;
    const oy = state === 'breached' ? Math.cos(yaw) * thick / 2 : 0;
    b.box(cx + ox, cy + oy, z, leaf - 0.05, thick, height, color, lyaw);
    if (barred && state !== 'breached') b.box(cx, cy, h - 0.2, leaf - 0.05, 0.2, 0.2, VENUE_COLORS.markingYellow, lyaw);
  }
}
