import type { VenueFile } from '../../../../../shared/venue/schema';
import { F, R } from '../engineCodes';
import type { FrameHub } from '../frameHub';

/**
 * The minimap as plain 2D-canvas drawing: the venue is painted once into a background canvas, then
 * each refresh blits it and draws every agent as a 2-pixel dot, one colour batch at a time, plus the
 * camera's view footprint. Venue (x, y) maps to pixels with north up.
 */

/** Pixel mapping of a minimap. */
export interface MinimapFrame {
  width: number;
  height: number;
  scale: number;
  minX: number;
  maxY: number;
}

/** The mapping for a venue drawn `width` pixels wide. */
export function minimapFrame(venue: VenueFile, width: number): MinimapFrame {
  const b = venue.bounds;
  const scale = width / (b.maxX - b.minX);
  return { width, height: Math.round((b.maxY - b.minY) * scale), scale, minX: b.minX, maxY: b.maxY };
}

const GROUND: Record<string, string> = { road: '#3e4143', sidewalk: '#8f8a7d', yard: '#a29c8a', parking: '#7d7a73', field: '#4f7a33', grass: '#5d7740' };

/** Paints the static venue into a new canvas. */
export function paintVenueBackground(venue: VenueFile, m: MinimapFrame): HTMLCanvasElement {
  const c = document.createElement('canvas');
  c.width = m.width;
  c.height = m.height;
  const g = c.getContext('2d');
  if (!g) return c;
  const px = (x: number): number => (x - m.minX) * m.scale;
  const py = (y: number): number => (m.maxY - y) * m.scale;
  const poly = (pts: readonly (readonly [number, number])[]): void => {
    g.beginPath();
    pts.forEach(([x, y], i) => (i === 0 ? g.moveTo(px(x), py(y)) : g.lineTo(px(x), py(y))));
    g.closePath();
  };
  g.fillStyle = '#2a2f2a';
  g.fillRect(0, 0, m.width, m.height);
  for (const gr of venue.ground) {
    g.fillStyle = GROUND[gr.kind] ?? '#5d7740';
    poly(gr.polygon);
    g.fill();
  }
  g.fillStyle = '#d8cfb8';
  for (const b of venue.buildings) {
    poly(b.footprint);
    g.fill();
  }
  g.fillStyle = '#8d8a80';
  for (const s of venue.structures) if (s.footprint) (poly(s.footprint), g.fill());
  g.strokeStyle = '#1e2422';
  g.lineWidth = 1.5;
  for (const w of venue.walls) {
    g.beginPath();
    w.points.forEach(([x, y], i) => (i === 0 ? g.moveTo(px(x), py(y)) : g.lineTo(px(x), py(y))));
    g.stroke();
  }
  g.strokeStyle = '#e0b43a';
  g.lineWidth = 2.5;
  for (const gate of venue.gates) {
    g.beginPath();
    g.moveTo(px(gate.a[0]), py(gate.a[1]));
    g.lineTo(px(gate.b[0]), py(gate.b[1]));
    g.stroke();
  }
  return c;
}

const BATCHES = [
  { color: '#4d8fe8', test: (role: number, fl: number) => role < R.policeEnd && !(fl & F.injured) },
  { color: '#e05040', test: (role: number, fl: number) => role >= R.policeEnd && role < R.protectedStart && !(fl & (F.active | F.injured | F.arrested)) },
  { color: '#ff9a30', test: (role: number, fl: number) => role >= R.policeEnd && role < R.protectedStart && (fl & F.active) !== 0 && !(fl & (F.injured | F.arrested)) },
  { color: '#ffe066', test: (role: number) => role >= R.protectedStart },
  { color: '#ffffff', test: (_role: number, fl: number) => (fl & (F.injured | F.arrested)) !== 0 },
] as const;

/** Blits the background, then the agents and the view footprint (`view`: 4 venue corners or null). */
export function drawMinimap(g: CanvasRenderingContext2D, bg: HTMLCanvasElement, m: MinimapFrame, hub: FrameHub, view: Float32Array | null): void {
  g.drawImage(bg, 0, 0);
  const f = hub.frame;
  if (f) {
    for (const batch of BATCHES) {
      g.fillStyle = batch.color;
      for (let i = 0; i < hub.count; i++) {
        const fl = f.flags[i]!;
        if (fl & F.hidden || !batch.test(f.kind[i]!, fl)) continue;
        const size = f.kind[i] === R.driver ? 4 : 2;
        g.fillRect((hub.ix[i]! - m.minX) * m.scale - size / 2, (m.maxY - hub.iy[i]!) * m.scale - size / 2, size, size);
      }
    }
  }
  if (view) {
    g.strokeStyle = 'rgba(255,255,255,0.85)';
    g.lineWidth = 1;
    g.beginPath();
    for (let k = 0; k < 4; k++) {
      const x = (view[k * 2]! - m.minX) * m.scale;
      const y = (m.maxY - view[k * 2 + 1]!) * m.scale;
      if (k === 0) g.moveTo(x, y);
      else g.lineTo(x, y);
    }
    g.closePath();
    g.stroke();
  }
}
