import type { Formation } from './forces';

/**
 * Formation slots. An offset is (forward, left) in metres from the unit's anchor, which is the front
 * centre of the formation; the unit's heading turns it into venue coordinates. A vehicle, when the unit
 * has one, takes slot 0 at the anchor and the people on foot form up 3 m behind it.
 */

/** Writes the (forward, left) offset of `slot` in a unit of `count` agents into out[0], out[1]. */
export function formationOffset(f: Formation, slot: number, count: number, hasVehicle: boolean, out: Float32Array): void {
  if (hasVehicle) {
    if (slot === 0) {
      out[0] = 0;
      out[1] = 0;
      return;
    }
    footOffset(f, slot - 1, count - 1, out);
    out[0] = out[0]! - 3;
    return;
  }
  footOffset(f, slot, count, out);
}

function footOffset(f: Formation, s: number, n: number, out: Float32Array): void {
  switch (f) {
    case 'bersaf': {
      // A line, two or more ranks deep for big units: hold and press.
      const perRow = n <= 20 ? Math.max(1, n) : Math.min(25, Math.ceil(n / 2));
      const row = Math.floor(s / perRow);
      const inRow = Math.min(perRow, n - row * perRow);
      out[0] = -row * 1.1;
      out[1] = ((s % perRow) - (inRow - 1) / 2) * 0.9;
      return;
    }
    case 'berbanjar': {
      // Banjar 3: three files, one metre apart.
      out[0] = -Math.floor(s / 3) * 1.0;
      out[1] = ((s % 3) - 1) * 1.0;
      return;
    }
    case 'anak_panah': {
      // Wedge: slot 0 at the apex, then pairs widening backwards; a second wedge behind the first.
      if (s === 0) {
        out[0] = 0;
        out[1] = 0;
        return;
      }
      const k = Math.ceil(s / 2);
      const side = s % 2 === 1 ? 1 : -1;
      const layer = Math.floor((k - 1) / 10);
      const kk = ((k - 1) % 10) + 1;
      out[0] = -kk * 0.75 - layer * 1.6;
      out[1] = side * kk * 0.75;
      return;
    }
    case 'berlindung': {
      // Compact block under shields.
      const perRow = Math.max(1, Math.ceil(Math.sqrt(n * 2)));
      const rows = Math.ceil(n / perRow);
      const row = Math.floor(s / perRow);
      const inRow = row === rows - 1 ? n - row * perRow : perRow;
      out[0] = -row * 0.65;
      out[1] = ((s % perRow) - (inRow - 1) / 2) * 0.65;
      return;
    }
  }
}

/** Formation codes for the hot loop. */
export const formationCode: Readonly<Record<Formation, number>> = { bersaf: 0, berbanjar: 1, anak_panah: 2, berlindung: 3 };
