import { describe, it, expect } from 'vitest';
import { createNavGrid, rasteriseSegment, distanceField, reopenedField, createFlowWorkspace, updateMoves, cellIndex, lineClear, UNREACHABLE, type NavGrid } from './index';

/** Small deterministic generator for the test rasters. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** A 30 x 20 m grid with random walls, returned with the cells of the walls' random gaps. */
function walledGrid(seed: number): { grid: NavGrid; gaps: number[] } {
  const rnd = lcg(seed);
  const grid = createNavGrid({ minX: 0, minY: 0, maxX: 30, maxY: 20 }, 0.5);
  const gaps: number[] = [];
  for (let w = 0; w < 8; w++) {
    const ax = rnd() * 30, ay = rnd() * 20;
    const horizontal = rnd() < 0.5;
    const len = 4 + rnd() * 14;
    const bx = horizontal ? Math.min(30, ax + len) : ax;
    const by = horizontal ? ay : Math.min(20, ay + len);
    rasteriseSegment(grid, ax, ay, bx, by);
    // A gate of 1-3 m somewhere along the wall, closed for now.
    const t = rnd();
    const g = 1 + rnd() * 2;
    for (let k = 0; k <= g / 0.25; k++) {
      const c = cellIndex(grid, ax + (bx - ax) * t + (horizontal ? k * 0.25 : 0), ay + (by - ay) * t + (horizontal ? 0 : k * 0.25));
      if (grid.blocked[c] === 1) gaps.push(c);
    }
  }
  return { grid, gaps: [...new Set(gaps)] };
}

/** Index of the first cell where two fields differ, or -1. */
function firstDifference(a: Float32Array, b: Float32Array): number {
  if (a.length !== b.length) return 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return i;
  return -1;
}

describe('distance fields', () => {
  it('a field updated after gates open equals one built afresh', () => {
    let shortened = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const { grid, gaps } = walledGrid(seed);
      const ws = createFlowWorkspace(grid);
      const rnd = lcg(seed * 7919);
      const targets = [Math.floor(rnd() * grid.cols * grid.rows), Math.floor(rnd() * grid.cols * grid.rows)];
      const before = distanceField(grid, targets, ws);
      expect(firstDifference(before, distanceField(grid, targets))).toBe(-1);
      const opened = gaps.filter(() => rnd() < 0.6);
      for (const c of opened) grid.blocked[c] = 0;
      updateMoves(grid, ws);
      const openedTargets = opened.filter((c) => targets.includes(c));
      const updated = reopenedField(grid, before, opened, openedTargets, ws);
      const fresh = distanceField(grid, targets);
      expect(firstDifference(updated, fresh)).toBe(-1);
      if (fresh.some((d, i) => d < before[i]!)) shortened++;
    }
    // The openings matter in most of these layouts, so the update really had work to do.
    expect(shortened).toBeGreaterThan(20);
  });

  it('an opened gap lets a cut-off area reach the target', () => {
    const grid = createNavGrid({ minX: 0, minY: 0, maxX: 20, maxY: 20 }, 0.5);
    rasteriseSegment(grid, 0, 10, 20, 10);
    const ws = createFlowWorkspace(grid);
    const target = cellIndex(grid, 5, 5);
    const before = distanceField(grid, [target], ws);
    expect(before[cellIndex(grid, 5, 15)]).toBe(UNREACHABLE);
    const opened: number[] = [];
    for (let x = 9; x <= 11; x += 0.5) {
      const c = cellIndex(grid, x, 10);
      grid.blocked[c] = 0;
      opened.push(c);
    }
    updateMoves(grid, ws);
    const after = reopenedField(grid, before, opened, [], ws);
    expect(after[cellIndex(grid, 5, 15)]).toBeLessThan(UNREACHABLE);
    expect(firstDifference(after, distanceField(grid, [target]))).toBe(-1);
  });
});

describe('lineClear (chasers go straight when nothing stands between)', () => {
  it('is clear in the open, blocked across a wall, and ignores the cells the two ends stand on', () => {
    const g = createNavGrid({ minX: 0, minY: 0, maxX: 20, maxY: 20 }, 0.5);
    expect(lineClear(g, 1, 1, 19, 19)).toBe(true);
    rasteriseSegment(g, 10, 0, 10, 15);
    expect(lineClear(g, 5, 5, 15, 5)).toBe(false);
    expect(lineClear(g, 5, 18, 15, 18)).toBe(true);
    // Standing on the wall's rasterised edge at one end still sees along the wall.
    expect(lineClear(g, 10.1, 5, 10.1, 5.4)).toBe(true);
  });
});
