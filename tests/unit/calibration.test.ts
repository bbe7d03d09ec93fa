import { describe, it, expect } from 'vitest';
import { runCalibration, totalInjuries, type RunResult } from '../../scripts/calibrate/harness';

/**
 * The bands the doctrine implies (issue #15, item 8), on a few seeds and turns; `npm run calibrate`
 * runs the full suite (20 seeds, every scenario and policy) and writes docs/CALIBRATION.md.
 */

const SEEDS = [1, 2];
const injured = (r: RunResult): number => totalInjuries(r.injuries.protester) + totalInjuries(r.injuries.officer) + totalInjuries(r.injuries.protected);

describe('calibration bands', () => {
  it('a lawful rally policed lawfully stays under a tenth active', () => {
    for (const seed of SEEDS) {
      const r = runCalibration('unjuk-rasa-damai', 'by_the_book', seed, 6);
      expect(r.activePeak, `seed ${seed}`).toBeLessThan(0.1);
      expect(injured(r), `seed ${seed}`).toBe(0);
    }
  });

  it('a hostile crowd merely arriving is not mostly active', () => {
    for (const seed of SEEDS) expect(runCalibration('pleno-kpu', 'passive', seed, 1).activeFirst, `seed ${seed}`).toBeLessThan(0.35);
  });

  it('by the book never ends worse than heavy-handed on injuries and legitimacy', () => {
    for (const scenario of ['pleno-kpu', 'simulasi-agathis', 'unjuk-rasa-damai']) {
      for (const seed of SEEDS) {
        const book = runCalibration(scenario, 'by_the_book', seed, 8);
        const heavy = runCalibration(scenario, 'heavy_handed', seed, 8);
        const at = `${scenario} seed ${seed}`;
        expect(injured(book), at).toBeLessThanOrEqual(injured(heavy));
        expect(book.legitimacy, at).toBeGreaterThan(heavy.legitimacy);
        expect(book.activePeak, at).toBeLessThanOrEqual(heavy.activePeak);
        expect(book.violations, at).toBe(0);
      }
    }
  });

  it('heavy-handed policing makes a lawful rally riot', () => {
    const r = runCalibration('unjuk-rasa-damai', 'heavy_handed', 1, 8);
    expect(r.activePeak).toBeGreaterThan(0.2);
  });
});
