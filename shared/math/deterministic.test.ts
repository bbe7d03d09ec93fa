import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detAtan2, detCos, detExp, detHypot, detSin } from './deterministic';

describe('deterministic math', () => {
  it('sin and cos match Math within 1e-15 absolute over the angles the game uses', () => {
    fc.assert(fc.property(fc.double({ min: -1e4, max: 1e4, noNaN: true }), (x) => {
      expect(Math.abs(detSin(x) - Math.sin(x))).toBeLessThan(1e-15);
      expect(Math.abs(detCos(x) - Math.cos(x))).toBeLessThan(1e-15);
    }), { numRuns: 5000 });
    expect(detSin(0)).toBe(0);
    expect(detCos(0)).toBe(1);
  });

  it('atan2 matches Math.atan2 within 1e-14 in every quadrant and on the axes', () => {
    fc.assert(fc.property(fc.double({ min: -1e3, max: 1e3, noNaN: true }), fc.double({ min: -1e3, max: 1e3, noNaN: true }), (y, x) => {
      expect(Math.abs(detAtan2(y, x) - Math.atan2(y, x))).toBeLessThan(1e-14);
    }), { numRuns: 5000 });
    expect(detAtan2(1, 0)).toBe(Math.PI / 2);
    expect(detAtan2(-1, 0)).toBe(-Math.PI / 2);
    expect(detAtan2(0, -1)).toBeCloseTo(Math.PI, 15);
    expect(detAtan2(0, 0)).toBe(0);
    expect(detAtan2(0, -0)).toBe(Math.PI);
    expect(detAtan2(-0, -1)).toBe(-Math.PI);
  });

  it('exp matches Math.exp within 1e-14 relative, and hypot is the correctly rounded square root', () => {
    fc.assert(fc.property(fc.double({ min: -700, max: 700, noNaN: true }), (x) => {
      const want = Math.exp(x);
      expect(Math.abs(detExp(x) - want) / want).toBeLessThan(1e-14);
    }), { numRuns: 5000 });
    expect(detExp(0)).toBe(1);
    expect(detExp(-800)).toBe(0);
    expect(detHypot(3, 4)).toBe(5);
  });
});
