import type { KeyNumbers } from '../report/keyNumbers';

/**
 * A what-if branch and its original side by side: the key numbers of both at the same resolved turn
 * and at the last turn each has played (pure; the compare tab loads the numbers).
 */

/** The numbers compared between a branch and its original, in the order the table lists them. */
export const comparedNumbers = [
  'level', 'legitimacy', 'injuredOfficers', 'injuredProtesters', 'injuredProtected', 'arrests', 'damage', 'policeScore', 'proper', 'questionable', 'violation',
] as const;
/** One compared number. */
export type ComparedNumber = (typeof comparedNumbers)[number];

/** One row of the comparison: the number for each session at the same turn and at each one's end. */
export interface ComparisonRow {
  id: ComparedNumber;
  original: { atTurn: number | string | null; atEnd: number | string | null };
  branch: { atTurn: number | string | null; atEnd: number | string | null };
}

/** A branch and its original side by side. */
export interface Comparison {
  /** The turn both are read at (clamped to what each played; null where one played none). */
  turn: number;
  originalEndTurn: number;
  branchEndTurn: number;
  rows: ComparisonRow[];
}

function valueOf(numbers: KeyNumbers | undefined, id: ComparedNumber): number | string | null {
  if (!numbers) return null;
  if (id === 'legitimacy') return Math.round(numbers.legitimacy * 100);
  if (id === 'damage') return Math.round(numbers.damage);
  if (id === 'policeScore') return numbers.policeScore === null ? null : Math.round(numbers.policeScore);
  return numbers[id];
}

/**
 * Compares a branch with its original at resolved turn `turn` (1-based; the moment the debrief shows)
 * and at the last turn each has played. A turn one of them has not played reads null.
 */
export function compareSessions(original: readonly KeyNumbers[], branch: readonly KeyNumbers[], turn: number): Comparison {
  const at = (list: readonly KeyNumbers[]) => list.find((numbers) => numbers.turn === turn);
  const rows = comparedNumbers.map((id) => ({
    id,
    original: { atTurn: valueOf(at(original), id), atEnd: valueOf(original.at(-1), id) },
    branch: { atTurn: valueOf(at(branch), id), atEnd: valueOf(branch.at(-1), id) },
  }));
  return { turn, originalEndTurn: original.length, branchEndTurn: branch.length, rows };
}
