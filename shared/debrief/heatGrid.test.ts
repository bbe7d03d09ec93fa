import { describe, expect, it } from 'vitest';
import { AgentKind, Flag } from '../engine/index';
import { cellOf, densityBandOf, densityGrid, heatColours, heatGridFor, injuryGrid } from './heatGrid';

/** The heat maps' grids: people per m² per cell, injuries in a window, colours by density band. */

const SPEC = heatGridFor({ minX: 10, minY: 20, maxX: 30, maxY: 31 }, 2);

function agents(list: { x: number; y: number; kind?: number; flags?: number }[]) {
  return {
    x: Float32Array.from(list.map((a) => a.x)),
    y: Float32Array.from(list.map((a) => a.y)),
    kind: Uint8Array.from(list.map((a) => a.kind ?? AgentKind.protester)),
    flags: Uint16Array.from(list.map((a) => a.flags ?? 0)),
  };
}

describe('heatGridFor / cellOf', () => {
  it('covers the bounds with whole cells, row 0 at the south edge', () => {
    expect(SPEC).toEqual({ cols: 10, rows: 6, cellSize: 2, originX: 10, originY: 20 });
    expect(cellOf(SPEC, 10, 20)).toBe(0);
    expect(cellOf(SPEC, 13.9, 20.1)).toBe(1);
    expect(cellOf(SPEC, 10.5, 22.5)).toBe(10);
    expect(cellOf(SPEC, 29.99, 31.9)).toBe(59);
    expect(cellOf(SPEC, 9.99, 25)).toBe(-1);
    expect(cellOf(SPEC, 31, 25)).toBe(-1);
    expect(cellOf(SPEC, Number.NaN, 25)).toBe(-1);
  });
});

describe('densityGrid', () => {
  it('counts protesters on the ground per m², leaving out officers, the arrested, the gone and the evacuated', () => {
    const grid = densityGrid(SPEC, agents([
      { x: 11, y: 21 }, { x: 11.5, y: 21.5 }, { x: 11.9, y: 20.2 }, { x: 10.1, y: 21.9 },
      { x: 11, y: 21, kind: AgentKind.officer },
      { x: 11, y: 21, flags: Flag.arrested },
      { x: 11, y: 21, flags: Flag.gone },
      { x: 11, y: 21, flags: Flag.evacuated },
      { x: 11, y: 21, flags: Flag.active | Flag.injured },
      { x: 25, y: 27 },
      { x: 500, y: 27 },
    ]));
    expect(grid.length).toBe(60);
    expect(grid[0]).toBeCloseTo(5 / 4);
    expect(grid[cellOf(SPEC, 25, 27)]).toBeCloseTo(1 / 4);
    expect(grid.reduce((a, b) => a + b, 0)).toBeCloseTo(6 / 4);
  });

  it('reuses a buffer of the right size and clears it first', () => {
    const buffer = new Float32Array(60).fill(9);
    const grid = densityGrid(SPEC, agents([{ x: 11, y: 21 }]), buffer);
    expect(grid).toBe(buffer);
    expect(grid.reduce((a, b) => a + b, 0)).toBeCloseTo(0.25);
  });
});

describe('injuryGrid', () => {
  const points = Float32Array.from([
    10, 11, 21,
    50, 11, 21,
    51, 11, 21,
    100, 11, 21,
    101, 25, 27,
    60, 500, 500,
  ]);

  it('counts the injuries in (tick − window, tick]', () => {
    const grid = injuryGrid(SPEC, points, 100, 50);
    expect(grid[0]).toBe(2); // ticks 51 and 100; 50 is just outside, 101 is after the moment
    expect(grid[cellOf(SPEC, 25, 27)]).toBe(0);
    expect(injuryGrid(SPEC, points, 101, 1000)[0]).toBe(4);
    expect(injuryGrid(SPEC, points, 101, 1000)[cellOf(SPEC, 25, 27)]).toBe(1);
    expect(injuryGrid(SPEC, points, 9, 1000).every((v) => v === 0)).toBe(true);
    expect(injuryGrid(SPEC, points, 100, 0).every((v) => v === 0)).toBe(true);
  });
});

describe('colours', () => {
  it('puts a density in the bands of CROWD-AND-AI.md', () => {
    expect([0.2, 1.99, 2, 3.4, 3.5, 4.9, 5, 6.9, 7, 12].map(densityBandOf)).toEqual([
      'free', 'free', 'restricted', 'restricted', 'contact', 'contact', 'dangerous', 'dangerous', 'crush', 'crush',
    ]);
  });

  it('leaves empty cells transparent and colours the others by band or by count', () => {
    const density = heatColours(Float32Array.from([0, 0.25, 2.5, 8]), 'density');
    expect(density[3]).toBe(0);
    expect(density[7]).toBeGreaterThan(0);
    expect(density[7]).toBeLessThan(density[11]!);
    expect([...density.slice(8, 11)]).toEqual([235, 215, 60]);
    expect([...density.slice(12, 15)]).toEqual([200, 40, 200]);
    const counts = heatColours(Float32Array.from([0, 1, 4]), 'count');
    expect(counts[3]).toBe(0);
    expect([...counts.slice(8, 12)]).toEqual([200, 20, 30, 240]);
    expect(counts[7]).toBeLessThan(240);
  });
});
