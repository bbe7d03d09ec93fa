import type { SceneUnit } from '../sceneContract';

/**
 * What the map writes over the table: one label per police unit (call-sign), crowd group (its name) and
 * protected party (who they are), toned by whose it is, and a cheap greedy de-cluttering of labels that
 * would cover each other on screen. Pure: the label layer projects and places, this decides.
 */

/** Tone of a label: the planning player's own unit, another player's, or by side when nobody plans. */
export type LabelTone = 'own' | 'other' | 'police' | 'crowd' | 'protected';

/** One label on the map. */
export interface MapLabel {
  /** Scene unit index (the frame hub's per-unit arrays). */
  index: number;
  id: string;
  text: string;
  /** Second line: the commanding player's name on another player's unit, else null. */
  sub: string | null;
  tone: LabelTone;
}

/** The labels of a unit list, own units first so that they win a place when labels crowd. */
export function mapLabelsOf(units: readonly SceneUnit[]): MapLabel[] {
  const rank: Record<LabelTone, number> = { own: 0, protected: 1, crowd: 2, other: 3, police: 3 };
  return units
    .map((u): MapLabel => ({
      index: u.index,
      id: u.id,
      text: u.callSign ?? u.label,
      sub: u.relation === 'other' && u.owner ? u.owner : null,
      tone: u.side === 'police' ? (u.relation ?? 'police') : u.side === 'crowd' ? (u.relation === 'own' ? 'own' : 'crowd') : 'protected',
    }))
    .sort((a, b) => rank[a.tone] - rank[b.tone] || a.index - b.index);
}

/** Screen boxes to place: centre-bottom anchor (x, y) in px, size (w, h); `shown` 0 skips a label. */
export interface LabelBoxes {
  x: Float32Array;
  y: Float32Array;
  w: Float32Array;
  h: Float32Array;
  shown: Uint8Array;
}

/** How many label heights a label may be lifted to get out of the way before it stays where it is. */
const MAX_LIFTS = 3;

/**
 * Lifts labels that overlap an earlier one (in list order) by its height, up to three times, writing
 * the new anchor into `y`. O(n²) over the shown labels: fine for the few dozen units of a session.
 */
export function declutter(b: LabelBoxes, count: number): void {
  for (let i = 0; i < count; i++) {
    if (!b.shown[i]) continue;
    for (let lift = 0; lift < MAX_LIFTS; lift++) {
      let hit = -1;
      for (let j = 0; j < i; j++) {
        if (!b.shown[j]) continue;
        const overlapX = Math.abs(b.x[i]! - b.x[j]!) * 2 < b.w[i]! + b.w[j]!;
        const overlapY = b.y[i]! > b.y[j]! - b.h[j]! && b.y[i]! - b.h[i]! < b.y[j]!;
        if (overlapX && overlapY) {
          hit = j;
          break;
        }
      }
      if (hit < 0) break;
      b.y[i] = b.y[hit]! - b.h[hit]! - 2;
    }
  }
}
