import type { MessageKey } from '../../../shared/i18n/messages';

/**
 * Stand-in layouts of the two venues for the new-session preview, as plain data in metres (x east,
 * z south, y up, origin at the site's centre). The real venues will come from the venue JSON files in
 * assets/venues; only this file changes then, since the scene components just draw `PreviewPiece`s.
 * No three.js import here, so screens can use the names without loading the 3D code.
 */

/** What a piece of the site is; decides its colour and how it is drawn. */
export type PieceKind = 'building' | 'roof' | 'wall' | 'gate' | 'road' | 'marking' | 'paving' | 'field' | 'stage' | 'vehicle' | 'pole' | 'tree';

/** One box-shaped (or, for trees, cone-shaped) piece standing on the table. */
export interface PreviewPiece {
  kind: PieceKind;
  /** Centre of the footprint. */
  x: number;
  z: number;
  /** Footprint along x and z, and height along y. */
  width: number;
  depth: number;
  height: number;
  /** Height of the piece's base above the ground (roofs sit on walls, markings on roads). */
  base?: number;
}

/** A venue as the preview draws it. */
export interface PreviewVenue {
  id: string;
  nameKey: MessageKey;
  descriptionKey: MessageKey;
  /** Size of the modelled site (the felt on the table). */
  siteWidth: number;
  siteDepth: number;
  pieces: readonly PreviewPiece[];
}

const flat = (kind: PieceKind, x: number, z: number, width: number, depth: number, base = 0): PreviewPiece => ({
  kind,
  x,
  z,
  width,
  depth,
  height: 0.08,
  base,
});

/** A building with a slightly wider, darker roof slab on top. */
function building(x: number, z: number, width: number, depth: number, height: number): PreviewPiece[] {
  return [
    { kind: 'building', x, z, width, depth, height },
    { kind: 'roof', x, z, width: width + 1, depth: depth + 1, height: 0.8, base: height },
  ];
}

function treeRow(fromX: number, toX: number, z: number, spacing: number): PreviewPiece[] {
  const trees: PreviewPiece[] = [];
  for (let x = fromX; x <= toX; x += spacing) trees.push({ kind: 'tree', x, z, width: 4, depth: 4, height: 7 });
  return trees;
}

function treeColumn(x: number, fromZ: number, toZ: number, spacing: number): PreviewPiece[] {
  const trees: PreviewPiece[] = [];
  for (let z = fromZ; z <= toZ; z += spacing) trees.push({ kind: 'tree', x, z, width: 4, depth: 4, height: 7 });
  return trees;
}

function dashedLine(fromX: number, toX: number, z: number): PreviewPiece[] {
  const dashes: PreviewPiece[] = [];
  for (let x = fromX; x <= toX; x += 8) dashes.push(flat('marking', x, z, 4, 0.4, 0.08));
  return dashes;
}

/** A fenced KPU office compound on a main road, with the gate the crowd will face. */
const kpuOffice: PreviewVenue = {
  id: 'kpu-office',
  nameKey: 'venue.kpuOffice.name',
  descriptionKey: 'venue.kpuOffice.description',
  siteWidth: 140,
  siteDepth: 100,
  pieces: [
    flat('road', 0, 42, 140, 14),
    ...dashedLine(-66, 66, 42),
    flat('paving', 0, 33.5, 140, 3),
    flat('paving', 0, 2, 80, 60),
    // Fence around the compound, with the front gate gap facing the road.
    { kind: 'wall', x: -22.5, z: 32, width: 35, depth: 0.5, height: 2.2 },
    { kind: 'wall', x: 22.5, z: 32, width: 35, depth: 0.5, height: 2.2 },
    { kind: 'wall', x: 0, z: -28, width: 80, depth: 0.5, height: 2.2 },
    { kind: 'wall', x: -40, z: 2, width: 0.5, depth: 60, height: 2.2 },
    { kind: 'wall', x: 40, z: 2, width: 0.5, depth: 60, height: 2.2 },
    { kind: 'gate', x: 0, z: 32, width: 10, depth: 0.3, height: 2.6 },
    ...building(0, -12, 40, 18, 10),
    ...building(28, -8, 14, 22, 7),
    ...building(-9, 27, 3, 3, 3),
    { kind: 'pole', x: 0, z: 10, width: 0.3, depth: 0.3, height: 12 },
    { kind: 'vehicle', x: -28, z: 12, width: 2, depth: 4.5, height: 1.6 },
    { kind: 'vehicle', x: -24, z: 12, width: 2, depth: 4.5, height: 1.6 },
    { kind: 'vehicle', x: -20, z: 12, width: 2, depth: 4.5, height: 1.6 },
    { kind: 'vehicle', x: 24, z: 14, width: 2.5, depth: 7, height: 2.8 },
    ...building(-58, -20, 16, 30, 8),
    ...building(58, -15, 16, 24, 12),
    ...treeRow(-64, -30, 30, 8),
    ...treeRow(30, 64, 30, 8),
  ],
};

/** Lapangan Agathis, Tanjung Selor: an open field with a stage, roads and offices around it. */
const lapanganAgathis: PreviewVenue = {
  id: 'lapangan-agathis',
  nameKey: 'venue.lapanganAgathis.name',
  descriptionKey: 'venue.lapanganAgathis.description',
  siteWidth: 170,
  siteDepth: 130,
  pieces: [
    flat('road', 0, -54, 170, 10),
    flat('road', 0, 54, 170, 10),
    flat('road', -72, 0, 10, 98),
    ...dashedLine(-80, 80, -54),
    ...dashedLine(-80, 80, 54),
    flat('field', 0, 0, 104, 74),
    flat('marking', 0, -35, 100, 0.5, 0.08),
    flat('marking', 0, 35, 100, 0.5, 0.08),
    flat('marking', -50, 0, 0.5, 70, 0.08),
    flat('marking', 50, 0, 0.5, 70, 0.08),
    flat('marking', 0, 0, 0.5, 70, 0.08),
    { kind: 'stage', x: 0, z: -30, width: 22, depth: 9, height: 1.5 },
    { kind: 'wall', x: 0, z: -34.2, width: 22, depth: 0.6, height: 6, base: 1.5 },
    { kind: 'roof', x: 0, z: -30, width: 24, depth: 10, height: 0.5, base: 7.5 },
    { kind: 'vehicle', x: -30, z: 44, width: 2.5, depth: 6, height: 2.8 },
    ...building(70, -22, 18, 32, 12),
    ...building(70, 24, 18, 22, 8),
    ...building(-40, -62, 30, 4, 6),
    ...building(30, -62, 40, 4, 5),
    ...treeRow(-48, 48, -40, 8),
    ...treeRow(-48, 48, 40, 8),
    ...treeColumn(-58, -32, 32, 8),
    ...treeColumn(58, -32, 32, 8),
  ],
};

/** The venues the new-session flow offers, in display order. */
export const PREVIEW_VENUES: readonly PreviewVenue[] = [kpuOffice, lapanganAgathis];

/** The translated-name key of a venue id, or null for a venue this build does not know. */
export function venueNameKey(venueId: string): MessageKey | null {
  return PREVIEW_VENUES.find((venue) => venue.id === venueId)?.nameKey ?? null;
}
