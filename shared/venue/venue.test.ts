import { describe, it, expect } from 'vitest';
import { parseVenue, bundledVenues, getVenue, pointInPolygon, segmentsIntersect, createNavGrid, rasteriseSegment, distanceField, cellIndex, UNREACHABLE } from './index';

describe('venue files', () => {
  it('both bundled venues validate and compile', () => {
    for (const [id, raw] of Object.entries(bundledVenues)) {
      const r = parseVenue(raw);
      expect(r.ok, id).toBe(true);
      if (r.ok) {
        expect(r.venue.openings.length).toBeGreaterThan(0);
        expect(r.venue.file.approximate).toBe(true);
      }
    }
  });

  it('rejects a gate that is not on its wall, without throwing', () => {
    const raw = JSON.parse(JSON.stringify(bundledVenues['kpu-office'])) as { gates: { a: number[] }[] };
    raw.gates[0]!.a = [10, 10];
    const r = parseVenue(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.join()).toMatch(/not on wall/);
    expect(parseVenue(42).ok).toBe(false);
  });

  it('cuts walls at gates and splits fences into panels', () => {
    const v = getVenue('kpu-office')!;
    const gate = v.openings.find((o) => o.id === 'main-gate')!;
    expect(gate.width).toBeCloseTo(8);
    const fence = v.segments.filter((s) => s.sourceId === 'front-fence');
    expect(fence.every((s) => Math.hypot(s.bx - s.ax, s.by - s.ay) <= 4 + 1e-9)).toBe(true);
    // No fence panel overlaps the gate span.
    expect(fence.some((s) => Math.min(s.ax, s.bx) < 79 && Math.max(s.ax, s.bx) > 79)).toBe(false);
  });
});

describe('geometry and nav grid', () => {
  it('point in polygon and segment crossing', () => {
    const sq = [[0, 0], [10, 0], [10, 10], [0, 10]] as const;
    expect(pointInPolygon(5, 5, sq)).toBe(true);
    expect(pointInPolygon(15, 5, sq)).toBe(false);
    expect(segmentsIntersect(0, 0, 10, 10, 0, 10, 10, 0)).toBe(true);
    expect(segmentsIntersect(0, 0, 1, 1, 5, 5, 6, 7)).toBe(false);
  });

  it('a wall blocks the distance field; a gap lets it through', () => {
    const g = createNavGrid({ minX: 0, minY: 0, maxX: 20, maxY: 20 }, 0.5);
    rasteriseSegment(g, 0, 10, 20, 10);
    expect(distanceField(g, [cellIndex(g, 5, 5)])[cellIndex(g, 5, 15)]).toBe(UNREACHABLE);
    const h = createNavGrid({ minX: 0, minY: 0, maxX: 20, maxY: 20 }, 0.5);
    rasteriseSegment(h, 0, 10, 8, 10);
    rasteriseSegment(h, 12, 10, 20, 10);
    const d = distanceField(h, [cellIndex(h, 5, 5)])[cellIndex(h, 5, 15)]!;
    expect(d).toBeGreaterThan(10);
    expect(d).toBeLessThan(UNREACHABLE);
  });
});
