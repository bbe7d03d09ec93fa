import { describe, expect, it } from 'vitest';
import { chartColumns, knownShare, sampledTicks } from './chartData';

/** The charts draw at most 2,000 points per series, always the last tick, with gaps where not known. */

describe('sampledTicks', () => {
  it('keeps every tick of a short session', () => {
    expect(sampledTicks(5)).toEqual([0, 1, 2, 3, 4]);
    expect(sampledTicks(0)).toEqual([]);
  });

  it('thins a long session to at most the limit, evenly, from 0 to the last tick', () => {
    for (const length of [2001, 3601, 7201, 36001]) {
      const ticks = sampledTicks(length, 2000);
      expect(ticks.length).toBeLessThanOrEqual(2000);
      expect(ticks.length).toBeGreaterThan(900);
      expect(ticks[0]).toBe(0);
      expect(ticks.at(-1)).toBe(length - 1);
      const steps = new Set(ticks.slice(1, -1).map((t, i) => t - ticks[i]!));
      expect(steps.size).toBe(1);
    }
  });
});

describe('chartColumns', () => {
  it('samples every series at the same ticks and turns NaN into gaps', () => {
    const a = Float32Array.from({ length: 4001 }, (_, i) => (i >= 3000 ? Number.NaN : i));
    const b = Float32Array.from({ length: 4001 }, (_, i) => i * 2);
    const { ticks, series } = chartColumns([a, b], 2000);
    expect(ticks.length).toBeLessThanOrEqual(2000);
    expect(series).toHaveLength(2);
    ticks.forEach((tick, i) => {
      expect(series[0]![i]).toBe(tick >= 3000 ? null : tick);
      expect(series[1]![i]).toBe(tick * 2);
    });
  });

  it('handles no metrics yet', () => {
    expect(chartColumns([])).toEqual({ ticks: [], series: [] });
  });
});

describe('knownShare', () => {
  it('is the share of ticks not NaN', () => {
    expect(knownShare(Float32Array.from([1, Number.NaN, 3, Number.NaN]))).toBe(0.5);
    expect(knownShare(undefined)).toBe(0);
  });
});
