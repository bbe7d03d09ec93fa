import { parseVenue } from '../../../../shared/venue/compile';
import type { VenueFile } from '../../../../shared/venue/schema';
import { UNREACHABLE } from '../../../../shared/venue/navgrid';
import { venueReachability } from '../../../../shared/venue/validate';

/**
 * The navigation-grid preview: the grid the engine's people walk on (0.5 m cells), every gate and door
 * open, painted as an image the plan lays over the venue: blocked cells red, cells reachable from the
 * police staging zones blue, the rest grey. One pixel per cell, row 0 at the north edge.
 */

/** RGBA of each class of cell. */
const BLOCKED = [200, 40, 40, 200] as const;
const REACHED = [40, 110, 220, 70] as const;
const CUT_OFF = [60, 60, 60, 150] as const;

/** The preview as a PNG data URL, or null when the venue cannot be compiled yet (see its checks). */
export function navPreviewImage(venue: VenueFile): string | null {
  const parsed = parseVenue(venue);
  if (!parsed.ok || typeof document === 'undefined') return null;
  const { grid, fromStaging } = venueReachability(parsed.venue);
  const canvas = document.createElement('canvas');
  canvas.width = grid.cols;
  canvas.height = grid.rows;
  const context = canvas.getContext('2d');
  if (!context) return null;
  const image = context.createImageData(grid.cols, grid.rows);
  for (let row = 0; row < grid.rows; row++) {
    for (let col = 0; col < grid.cols; col++) {
      const cell = row * grid.cols + col;
      const colour = grid.blocked[cell] ? BLOCKED : fromStaging[cell]! < UNREACHABLE / 2 ? REACHED : CUT_OFF;
      image.data.set(colour, ((grid.rows - 1 - row) * grid.cols + col) * 4);
    }
  }
  context.putImageData(image, 0, 0);
  return canvas.toDataURL('image/png');
}
