import { venueSchema, type VenueFile } from '../../../../shared/venue/schema';
import { bundledVenues, getVenue } from '../../../../shared/venue/venues';

/**
 * The venue file as the 3D model reads it. The scene builds its meshes from the validated file itself
 * (not from the engine's compiled segments), parsed once per id and cached.
 *
 * Axes: the file uses metres with x east and y north; three.js uses Y up, so a venue point (x, y) at
 * height h sits at scene (x - cx, h, -(y - cy)) where (cx, cy) is the site's centre: the table is
 * centred on the origin so orbit controls and shadows need no offsets.
 */

const cache = new Map<string, VenueFile | null>();

/**
 * The venue file with this id, validated, or null when unknown or invalid: a bundled one, or a user
 * venue registered under its revision id (shared/venue/venues.ts `registerVenue`).
 */
export function loadVenueFile(id: string): VenueFile | null {
  if (!Object.prototype.hasOwnProperty.call(bundledVenues, id)) return getVenue(id)?.file ?? null;
  if (!cache.has(id)) {
    const raw = (bundledVenues as Record<string, unknown>)[id];
    const parsed = raw === undefined ? null : venueSchema.safeParse(raw);
    cache.set(id, parsed && parsed.success ? parsed.data : null);
  }
  return cache.get(id) ?? null;
}

/** Where the site sits on the table: its centre in venue metres and its size. */
export interface SiteFrame {
  cx: number;
  cy: number;
  width: number;
  depth: number;
  /** Half the larger side: the radius the camera and the sun's shadow must cover. */
  extent: number;
}

/** The site frame of a venue (centre, size) from its bounds. */
export function siteFrameOf(venue: VenueFile): SiteFrame {
  const b = venue.bounds;
  const width = b.maxX - b.minX;
  const depth = b.maxY - b.minY;
  return { cx: (b.minX + b.maxX) / 2, cy: (b.minY + b.maxY) / 2, width, depth, extent: Math.max(width, depth) / 2 };
}

/** Scene X of a venue x. */
export function sceneX(frame: SiteFrame, x: number): number {
  return x - frame.cx;
}

/** Scene Z of a venue y (north is -Z). */
export function sceneZ(frame: SiteFrame, y: number): number {
  return frame.cy - y;
}

/** Venue x of a scene X. */
export function venueX(frame: SiteFrame, x: number): number {
  return x + frame.cx;
}

/** Venue y of a scene Z. */
export function venueY(frame: SiteFrame, z: number): number {
  return frame.cy - z;
}
