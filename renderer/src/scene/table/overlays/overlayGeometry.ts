import { BufferGeometry, Color, Float32BufferAttribute } from 'three';
import type { SiteFrame } from '../../venue/venueFile';
import type { PlanOverlay } from '../sceneContract';

/**
 * Flat ground geometry of the plan overlays, built in scene coordinates: ribbons for paths and lines
 * (paths end in an arrow head, lines get end posts), rings around areas (all in `lines`), and the
 * areas' translucent fills (in `fills`). Rebuilt only when the overlays change.
 */

const Y = 0.22;
const WIDTH = 0.45;

class Tris {
  readonly pos: number[] = [];
  readonly col: number[] = [];
  private readonly c = new Color();

  constructor(private readonly site: SiteFrame) {}

  color(css: string): void {
    this.c.set(css);
  }

  /** One triangle from three venue points. */
  tri(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): void {
    const { cx: ox, cy: oy } = this.site;
    this.pos.push(ax - ox, Y, oy - ay, bx - ox, Y, oy - by, cx - ox, Y, oy - cy);
    for (let i = 0; i < 3; i++) this.col.push(this.c.r, this.c.g, this.c.b);
  }

  /** A ribbon segment from a to b, `w` wide. */
  band(ax: number, ay: number, bx: number, by: number, w: number): void {
    const len = Math.hypot(bx - ax, by - ay);
    if (len < 1e-3) return;
    const nx = (-(by - ay) / len) * (w / 2);
    const ny = ((bx - ax) / len) * (w / 2);
    this.tri(ax + nx, ay + ny, ax - nx, ay - ny, bx - nx, by - ny);
    this.tri(ax + nx, ay + ny, bx - nx, by - ny, bx + nx, by + ny);
  }

  build(): BufferGeometry | null {
    if (this.pos.length === 0) return null;
    const g = new BufferGeometry();
    g.setAttribute('position', new Float32BufferAttribute(this.pos, 3));
    g.setAttribute('color', new Float32BufferAttribute(this.col, 3));
    return g;
  }
}

/** The overlay geometries (null parts when there is nothing of that kind). */
export function buildOverlayGeometry(site: SiteFrame, overlays: readonly PlanOverlay[]): { lines: BufferGeometry | null; fills: BufferGeometry | null } {
  const lines = new Tris(site);
  const fills = new Tris(site);
  for (const o of overlays) {
    lines.color(o.color);
    fills.color(o.color);
    if (o.kind === 'path') addPath(lines, o.points);
    else if (o.kind === 'line') {
      lines.band(o.from[0], o.from[1], o.to[0], o.to[1], WIDTH * 0.8);
      for (const p of [o.from, o.to]) disc(lines, p[0], p[1], 0, 0.6);
    } else {
      disc(lines, o.centre[0], o.centre[1], o.radius - 0.35, o.radius);
      disc(fills, o.centre[0], o.centre[1], 0, o.radius - 0.35);
    }
  }
  return { lines: lines.build(), fills: fills.build() };
}

function addPath(t: Tris, points: readonly [number, number][]): void {
  if (points.length < 2) return;
  for (let i = 0; i + 1 < points.length; i++) {
    const [ax, ay] = points[i]!;
    const [bx, by] = points[i + 1]!;
    const last = i + 2 === points.length;
    const len = Math.hypot(bx - ax, by - ay);
    if (len < 1e-3) continue;
    const ux = (bx - ax) / len;
    const uy = (by - ay) / len;
    const head = Math.min(2.2, len * 0.6);
    const ex = last ? bx - ux * head : bx;
    const ey = last ? by - uy * head : by;
    t.band(ax, ay, ex, ey, WIDTH);
    if (i > 0) disc(t, ax, ay, 0, WIDTH / 2);
    if (last) {
      const w = 1.1;
      t.tri(ex - uy * w, ey + ux * w, ex + uy * w, ey - ux * w, bx, by);
    }
  }
}

/** A ring (inner > 0) or a filled disc (inner = 0) on the ground. */
function disc(t: Tris, x: number, y: number, inner: number, outer: number): void {
  const n = Math.max(12, Math.min(64, Math.round(outer * 6)));
  for (let i = 0; i < n; i++) {
    const a0 = (i / n) * Math.PI * 2;
    const a1 = ((i + 1) / n) * Math.PI * 2;
    const c0 = Math.cos(a0), s0 = Math.sin(a0), c1 = Math.cos(a1), s1 = Math.sin(a1);
    if (inner <= 0) t.tri(x, y, x + c0 * outer, y + s0 * outer, x + c1 * outer, y + s1 * outer);
    else {
      t.tri(x + c0 * inner, y + s0 * inner, x + c0 * outer, y + s0 * outer, x + c1 * outer, y + s1 * outer);
      t.tri(x + c0 * inner, y + s0 * inner, x + c1 * outer, y + s1 * outer, x + c1 * inner, y + s1 * inner);
    }
  }
}
