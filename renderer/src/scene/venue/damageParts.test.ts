import { describe, it, expect } from 'vitest';
import { MergeBuilder } from './mergeBuilder';
import { addDamage, damageSignature, type SceneDamage } from './damageParts';
import { getVenue } from '../../../../shared/venue/index';

/** Issue #15 item 5: the damage states drawn over the venue model, rebuilt only when a state changes. */
const venue = getVenue('kpu-office')!.file;

function parts(items: SceneDamage[]): number {
  const b = new MergeBuilder();
  addDamage(b, venue, items);
  return b.size;
}

const building = (state: SceneDamage['state']): SceneDamage => ({ id: 'kantor-kpu', kind: 'building', state, x: 80, y: 86 });
const car = (state: SceneDamage['state']): SceneDamage => ({ id: 'car-0', kind: 'car', state, x: 36, y: 52 });
const gate = (state: SceneDamage['state']): SceneDamage => ({ id: 'main-gate', kind: 'gate', state, x: 79, y: 40 });

describe('damage marks over the venue', () => {
  it('nothing damaged draws nothing', () => {
    expect(parts([])).toBe(0);
  });

  it('each kind draws marks, more the worse its state', () => {
    for (const item of [building, car, gate]) {
      const [d, h, x] = (['damaged', 'heavily_damaged', 'destroyed'] as const).map((s) => parts([item(s)]));
      expect(d, item('damaged').kind).toBeGreaterThan(0);
      if (item !== car) expect(h).toBeGreaterThan(d!);
      expect(x).toBeGreaterThan(0);
    }
  });

  it('an unknown building or car id draws nothing rather than failing', () => {
    expect(parts([{ ...building('destroyed'), id: 'nowhere' }, { ...car('destroyed'), id: 'car-99' }])).toBe(0);
  });

  it('the signature changes with a state and not with a refresh of the same states', () => {
    const a = damageSignature([building('damaged'), gate('destroyed')]);
    expect(damageSignature([building('damaged'), gate('destroyed')])).toBe(a);
    expect(damageSignature([building('heavily_damaged'), gate('destroyed')])).not.toBe(a);
  });
});
