import { parseVenue } from '../../../../shared/venue/compile';
import { UNREACHABLE } from '../../../../shared/venue/navgrid';
import { validateVenue, venueReachability, type VenueProblem } from '../../../../shared/venue/validate';

/**
 * The venue checks and the navigation-grid preview, computed together off the main thread (the check
 * worker, checkWorker.ts): the grid the engine's people walk on (0.5 m cells), every gate and door open,
 * classed per cell as blocked, reachable from the police staging zones, or cut off; the page paints it
 * as an image over the plan, one pixel per cell, row 0 at the north edge.
 */

/** Cell classes of the preview. */
export const NAV_BLOCKED = 0;
export const NAV_REACHED = 1;
export const NAV_CUT_OFF = 2;

/** The classed grid, row 0 at the south edge as the engine's grid. */
export interface NavCells {
  cols: number;
  rows: number;
  cells: Uint8Array;
}

/** What the check worker answers for one venue. */
export interface VenueCheckResult {
  seq: number;
  problems: VenueProblem[];
  nav: NavCells | null;
}

/** The checks, plus the classed grid when `withNav` and the venue compiles. Pure. */
export function checkVenue(venue: unknown, seq: number, withNav: boolean): VenueCheckResult {
  const problems = validateVenue(venue);
  if (!withNav) return { seq, problems, nav: null };
  const parsed = parseVenue(venue);
  if (!parsed.ok) return { seq, problems, nav: null };
  const { grid, fromStaging } = venueReachability(parsed.venue);
  const cells = new Uint8Array(grid.cols * grid.rows);
  for (let k = 0; k < cells.length; k++) cells[k] = grid.blocked[k] ? NAV_BLOCKED : fromStaging[k]! < UNREACHABLE / 2 ? NAV_REACHED : NAV_CUT_OFF;
  return { seq, problems, nav: { cols: grid.cols, rows: grid.rows, cells } };
}

const COLOURS = [
  [200, 40, 40, 200],
  [40, 110, 220, 70],
  [60, 60, 60, 150],
] as const;

/** The classed grid as a PNG data URL for the plan (red blocked, blue reachable, grey cut off). */
export function navImageOf(nav: NavCells): string | null {
  const canvas = document.createElement('canvas');
  canvas.width = nav.cols;
  canvas.height = nav.rows;
  const context = canvas.getContext('2d');
  if (!context) return null;
  const image = context.createImageData(nav.cols, nav.rows);
  for (let row = 0; row < nav.rows; row++) {
    for (let col = 0; col < nav.cols; col++) {
      image.data.set(COLOURS[nav.cells[row * nav.cols + col]!]!, ((nav.rows - 1 - row) * nav.cols + col) * 4);
    }
  }
  context.putImageData(image, 0, 0);
  return canvas.toDataURL('image/png');
}
