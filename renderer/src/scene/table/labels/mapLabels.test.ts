import { describe, expect, it } from 'vitest';
import type { SceneUnit } from '../sceneContract';
import { declutter, mapLabelsOf, type LabelBoxes } from './mapLabels';

/** The map's labels: text, tone by whose unit it is, order, and de-cluttering on screen. */

const unit = (over: Partial<SceneUnit> & Pick<SceneUnit, 'id' | 'index' | 'side'>): SceneUnit => ({
  type: 'dalmas_awal', label: `${over.id} · type`, centre: [0, 0], selectable: false, ...over,
});

describe('mapLabelsOf', () => {
  it('writes call-signs, tones by whose unit it is and puts the planning player\'s own first', () => {
    const labels = mapLabelsOf([
      unit({ id: 'b', index: 0, side: 'police', callSign: 'Dalmas 2', relation: 'other', owner: 'Iptu Budi' }),
      unit({ id: 'g', index: 1, side: 'crowd', callSign: 'Massa Utama' }),
      unit({ id: 'p', index: 2, side: 'protected', callSign: 'Ketua KPU' }),
      unit({ id: 'a', index: 3, side: 'police', callSign: 'Dalmas 1', relation: 'own', owner: 'Iptu Ani' }),
      unit({ id: 'n', index: 4, side: 'police' }),
    ]);
    expect(labels.map((l) => [l.id, l.text, l.tone, l.sub])).toEqual([
      ['a', 'Dalmas 1', 'own', null],
      ['p', 'Ketua KPU', 'protected', null],
      ['g', 'Massa Utama', 'crowd', null],
      ['b', 'Dalmas 2', 'other', 'Iptu Budi'],
      ['n', 'n · type', 'police', null],
    ]);
  });

  it('marks the crowd player\'s own groups as own', () => {
    expect(mapLabelsOf([unit({ id: 'g', index: 0, side: 'crowd', relation: 'own' })])[0]!.tone).toBe('own');
  });
});

function boxes(list: [number, number, number, number, number][]): LabelBoxes {
  const b: LabelBoxes = { x: new Float32Array(list.length), y: new Float32Array(list.length), w: new Float32Array(list.length), h: new Float32Array(list.length), shown: new Uint8Array(list.length) };
  list.forEach(([x, y, w, h, shown], i) => {
    b.x[i] = x;
    b.y[i] = y;
    b.w[i] = w;
    b.h[i] = h;
    b.shown[i] = shown;
  });
  return b;
}

describe('declutter', () => {
  it('lifts a label that covers an earlier one above it and leaves separate ones alone', () => {
    const b = boxes([[100, 100, 60, 16, 1], [110, 104, 60, 16, 1], [400, 100, 60, 16, 1]]);
    declutter(b, 3);
    expect(Array.from(b.y)).toEqual([100, 100 - 16 - 2, 100]);
  });

  it('stacks a third label above the lifted second, and ignores hidden labels', () => {
    const b = boxes([[100, 100, 60, 16, 1], [100, 100, 60, 16, 0], [100, 100, 60, 16, 1], [100, 100, 60, 16, 1]]);
    declutter(b, 4);
    expect(b.y[1]).toBe(100);
    expect(b.y[2]).toBe(82);
    expect(b.y[3]).toBe(64);
  });

  it('gives up after three lifts (a label in a dense stack stays readable on top)', () => {
    const b = boxes(Array.from({ length: 6 }, () => [0, 100, 50, 10, 1] as [number, number, number, number, number]));
    declutter(b, 6);
    expect(b.y[4]).toBeGreaterThanOrEqual(100 - 3 * 12);
  });
});
