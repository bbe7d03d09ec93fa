import { describe, expect, it } from 'vitest';
import { CpuMeter } from './sceneDriver';

/** The scene's CPU meter: warm-up frames left out, a median from the first timed frame, a rolling window. */
describe('CpuMeter', () => {
  it('leaves out three warm-up frames and has a median from the first timed frame on', () => {
    const meter = new CpuMeter();
    for (const ms of [50, 40, 30]) meter.add(ms);
    expect(meter.median).toBe(0);
    meter.add(2);
    expect(meter.median).toBe(2);
    meter.add(4);
    expect(meter.median).toBe(3);
    meter.add(9);
    expect(meter.median).toBe(4);
  });

  it('after ten samples recomputes every ten frames, over the last 120', () => {
    const meter = new CpuMeter();
    for (let i = 0; i < 3; i++) meter.add(100);
    for (let i = 0; i < 10; i++) meter.add(1);
    expect(meter.median).toBe(1);
    for (let i = 0; i < 9; i++) meter.add(5);
    // Nineteen samples, not yet recomputed.
    expect(meter.median).toBe(1);
    meter.add(5);
    expect(meter.median).toBe(3);
    for (let i = 0; i < 120; i++) meter.add(7);
    expect(meter.median).toBe(7);
  });
});
