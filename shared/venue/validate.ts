import { parseVenue, SegmentKind, type CompiledVenue } from './compile';
import { formatIssues } from '../schema/issues';
import { boundsOf, closestT, distSqToSegment, pointInPolygon, polygonArea, polygonCentroid, type Vec2 } from './geometry';
import { cellIndex, createNavGrid, distanceField, rasteriseSegment, UNREACHABLE, type NavGrid } from './navgrid';
import { venueSchema, type VenueFile } from './schema';

/**
 * The venue editor's checks: what the schema and `parseVenue` accept can still make a venue no exercise
 * can use (a gate beside its fence, crowds arriving inside a building, a pleno hall no one can reach).
 * Each problem names the element and a message key (shared/i18n/editorMessages.ts) with its values,
 * so the editor shows it in both languages and can select the element.
 */

/** How bad a problem is: an error blocks saving, a warning does not. */
export type VenueProblemSeverity = 'error' | 'warning';

/** One problem found in a venue. */
export interface VenueProblem {
  severity: VenueProblemSeverity;
  /** Message key under `editor.check.` with its values. */
  key: VenueProblemKey;
  params: Record<string, string | number>;
  /** The element concerned (its list and id), for the editor to select; null for the whole venue. */
  target: { list: VenueListName; id: string } | null;
}

/** Lists of a venue file that hold elements with ids. */
export type VenueListName =
  | 'ground' | 'buildings' | 'walls' | 'gates' | 'barriers' | 'structures' | 'crowdArrival' | 'policeStaging' | 'protectedPlaces' | 'protectedPeople';

/** Every problem the checks can report. */
export const venueProblemKeys = [
  'schema',
  'compile',
  'boundsEmpty',
  'outsideBounds',
  'duplicateId',
  'gateUnknownWall',
  'gateOffWall',
  'doorOffFootprint',
  'roomOutsideBuilding',
  'zoneInBuilding',
  'zoneTooSmall',
  'zoneBlocked',
  'roomUnreachable',
  'placeUnreachable',
  'arrivalUnreachable',
  'tinyPolygon',
] as const;
/** One of {@link venueProblemKeys}. */
export type VenueProblemKey = (typeof venueProblemKeys)[number];

/** Distance (m) within which an opening counts as lying on its wall or footprint (as compile.ts). */
const ON_LINE = 0.15;
/** Cell edge (m) of the reachability grid: the engine's own. */
export const CHECK_CELL = 0.5;

/**
 * The free cells whose centre lies inside the polygon, as navgrid's `polygonCells`, but visiting only
 * the cells of the polygon's bounding box (the checks ask for every room and zone of the venue).
 */
function polygonCells(grid: NavGrid, polygon: readonly Vec2[]): number[] {
  const box = boundsOf(polygon);
  const c0 = Math.max(0, Math.floor((box.minX - grid.minX) / grid.cell));
  const c1 = Math.min(grid.cols - 1, Math.floor((box.maxX - grid.minX) / grid.cell));
  const r0 = Math.max(0, Math.floor((box.minY - grid.minY) / grid.cell));
  const r1 = Math.min(grid.rows - 1, Math.floor((box.maxY - grid.minY) / grid.cell));
  const out: number[] = [];
  for (let cy = r0; cy <= r1; cy++) {
    const y = grid.minY + (cy + 0.5) * grid.cell;
    for (let cx = c0; cx <= c1; cx++) {
      const i = cy * grid.cols + cx;
      if (grid.blocked[i] === 0 && pointInPolygon(grid.minX + (cx + 0.5) * grid.cell, y, polygon)) out.push(i);
    }
  }
  return out;
}

/** Where a distance field's value means "reachable" (the engine's unreachable sentinel is far above). */
function reached(value: number): boolean {
  return value < UNREACHABLE / 2;
}

/**
 * The navigation grid of a venue as the crowd and police meet it with every gate and door open, and the
 * walking distance from the police staging zones to each cell. The editor draws it as its navigation
 * preview and the checks read reachability from it.
 */
export function venueReachability(venue: CompiledVenue, cell = CHECK_CELL): { grid: NavGrid; fromStaging: Float32Array } {
  const grid = createNavGrid(venue.file.bounds, cell);
  for (const s of venue.segments) {
    if (s.kind === SegmentKind.gate || s.kind === SegmentKind.door) continue;
    rasteriseSegment(grid, s.ax, s.ay, s.bx, s.by);
  }
  const targets = venue.file.policeStaging.flatMap((zone) => polygonCells(grid, zone.polygon));
  return { grid, fromStaging: distanceField(grid, targets) };
}

/** True when any free cell of the polygon (or the cell at its centroid) is reached. */
function polygonReached(grid: NavGrid, field: Float32Array, polygon: readonly Vec2[]): boolean {
  const cells = polygonCells(grid, polygon);
  if (cells.length === 0) {
    const c = polygonCentroid(polygon);
    return reached(field[cellIndex(grid, c[0], c[1])] ?? UNREACHABLE);
  }
  return cells.some((k) => reached(field[k]!));
}

/** True when a point's cell or one of its eight neighbours is reached (a marker may sit on a wall line). */
function pointReached(grid: NavGrid, field: Float32Array, p: Vec2): boolean {
  for (let dy = -1; dy <= 1; dy++) {
    for (let dx = -1; dx <= 1; dx++) {
      if (reached(field[cellIndex(grid, p[0] + dx * grid.cell, p[1] + dy * grid.cell)] ?? UNREACHABLE)) return true;
    }
  }
  return false;
}

/** True when both ends of the opening lie on one segment of the polyline. */
function onPolyline(a: Vec2, b: Vec2, points: readonly Vec2[]): boolean {
  const lim = ON_LINE * ON_LINE;
  for (let i = 1; i < points.length; i++) {
    const p = points[i - 1]!;
    const q = points[i]!;
    if (distSqToSegment(a[0], a[1], p[0], p[1], q[0], q[1]) < lim && distSqToSegment(b[0], b[1], p[0], p[1], q[0], q[1]) < lim) return true;
  }
  return false;
}

/** The nearest point on a polyline to `p` (for snapping gates and doors onto their line). */
export function nearestOnPolyline(p: Vec2, points: readonly Vec2[]): { point: Vec2; segment: number; distance: number } | null {
  let best: { point: Vec2; segment: number; distance: number } | null = null;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const t = closestT(p[0], p[1], a[0], a[1], b[0], b[1]);
    const q: Vec2 = [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
    const d = Math.sqrt(distSqToSegment(p[0], p[1], a[0], a[1], b[0], b[1]));
    if (!best || d < best.distance) best = { point: q, segment: i - 1, distance: d };
  }
  return best;
}

/** Share of a polygon's vertices and centroid that lie inside another polygon. */
function shareInside(polygon: readonly Vec2[], container: readonly Vec2[]): number {
  const probes = [...polygon, polygonCentroid(polygon)];
  return probes.filter((p) => pointInPolygon(p[0], p[1], container)).length / probes.length;
}

/** Structural problems: ids, bounds, openings on their lines, rooms in their buildings, zone placement. */
function structureProblems(v: VenueFile): VenueProblem[] {
  const out: VenueProblem[] = [];
  const add = (severity: VenueProblemSeverity, key: VenueProblemKey, params: VenueProblem['params'], target: VenueProblem['target']): void => {
    out.push({ severity, key, params, target });
  };
  const b = v.bounds;
  if (b.minX >= b.maxX || b.minY >= b.maxY) add('error', 'boundsEmpty', {}, null);
  const inside = (p: Vec2): boolean => p[0] >= b.minX && p[0] <= b.maxX && p[1] >= b.minY && p[1] <= b.maxY;
  const seen = new Set<string>();
  const claim = (list: VenueListName, id: string, name: string, points: readonly Vec2[]): void => {
    if (seen.has(id)) add('error', 'duplicateId', { id }, { list, id });
    seen.add(id);
    if (!points.every(inside)) add('error', 'outsideBounds', { name }, { list, id });
  };
  for (const g of v.ground) claim('ground', g.id, g.name, g.polygon);
  for (const bd of v.buildings) {
    claim('buildings', bd.id, bd.name, bd.footprint);
    if (Math.abs(polygonArea(bd.footprint)) < 1) add('error', 'tinyPolygon', { name: bd.name }, { list: 'buildings', id: bd.id });
    const ring = [...bd.footprint, bd.footprint[0]!];
    for (const e of bd.entrances) {
      if (seen.has(e.id)) add('error', 'duplicateId', { id: e.id }, { list: 'buildings', id: bd.id });
      seen.add(e.id);
      if (!onPolyline(e.a, e.b, ring)) add('error', 'doorOffFootprint', { name: e.name, building: bd.name }, { list: 'buildings', id: bd.id });
    }
    for (const r of bd.rooms) {
      if (seen.has(r.id)) add('error', 'duplicateId', { id: r.id }, { list: 'buildings', id: bd.id });
      seen.add(r.id);
      if (shareInside(r.polygon, bd.footprint) < 0.5) add('error', 'roomOutsideBuilding', { room: r.name, building: bd.name }, { list: 'buildings', id: bd.id });
    }
  }
  const walls = new Map(v.walls.map((w) => [w.id, w]));
  for (const w of v.walls) claim('walls', w.id, w.name, w.points);
  for (const g of v.gates) {
    claim('gates', g.id, g.name, [g.a, g.b]);
    const wall = walls.get(g.wallId);
    if (!wall) add('error', 'gateUnknownWall', { name: g.name }, { list: 'gates', id: g.id });
    else if (!onPolyline(g.a, g.b, wall.points)) add('error', 'gateOffWall', { name: g.name, wall: wall.name }, { list: 'gates', id: g.id });
  }
  for (const x of v.barriers) claim('barriers', x.id, x.id, [x.a, x.b]);
  for (const s of v.structures) claim('structures', s.id, s.name, s.footprint ?? (s.at ? [s.at] : []));
  const zones = [
    ...v.crowdArrival.map((z) => ({ list: 'crowdArrival' as const, zone: z })),
    ...v.policeStaging.map((z) => ({ list: 'policeStaging' as const, zone: z })),
  ];
  for (const { list, zone } of zones) {
    claim(list, zone.id, zone.name, zone.polygon);
    const building = v.buildings.find((bd) => shareInside(zone.polygon, bd.footprint) > 0.5);
    if (building) add('error', 'zoneInBuilding', { zone: zone.name, building: building.name }, { list, id: zone.id });
    if (Math.abs(polygonArea(zone.polygon)) < 4) add('error', 'zoneTooSmall', { zone: zone.name }, { list, id: zone.id });
  }
  for (const p of v.protectedPlaces) claim('protectedPlaces', p.id, p.name, [p.at]);
  for (const p of v.protectedPeople) claim('protectedPeople', p.id, p.name, [p.at]);
  return out;
}

/** Reachability problems on the navigation grid, every gate and door open: rooms, places, arrival zones. */
function reachabilityProblems(venue: CompiledVenue): VenueProblem[] {
  const out: VenueProblem[] = [];
  const v = venue.file;
  const { grid, fromStaging } = venueReachability(venue);
  for (const zone of v.policeStaging) {
    if (polygonCells(grid, zone.polygon).length === 0) out.push({ severity: 'error', key: 'zoneBlocked', params: { zone: zone.name }, target: { list: 'policeStaging', id: zone.id } });
  }
  for (const zone of v.crowdArrival) {
    if (polygonCells(grid, zone.polygon).length === 0) out.push({ severity: 'error', key: 'zoneBlocked', params: { zone: zone.name }, target: { list: 'crowdArrival', id: zone.id } });
    else if (!polygonReached(grid, fromStaging, zone.polygon)) out.push({ severity: 'warning', key: 'arrivalUnreachable', params: { zone: zone.name }, target: { list: 'crowdArrival', id: zone.id } });
  }
  for (const bd of v.buildings) {
    for (const room of bd.rooms) {
      if (!polygonReached(grid, fromStaging, room.polygon)) {
        out.push({ severity: 'error', key: 'roomUnreachable', params: { room: room.name, building: bd.name }, target: { list: 'buildings', id: bd.id } });
      }
    }
  }
  for (const place of v.protectedPlaces) {
    if (!pointReached(grid, fromStaging, place.at)) out.push({ severity: 'error', key: 'placeUnreachable', params: { name: place.name }, target: { list: 'protectedPlaces', id: place.id } });
  }
  return out;
}

/**
 * Every problem of a venue as the editor holds it: what the schema refuses (one `schema` problem per
 * issue), the structural checks, and once the structure is sound, reachability on the navigation grid
 * (it compiles the venue). An empty list or only warnings means the venue can be saved and played.
 */
export function validateVenue(raw: unknown): VenueProblem[] {
  const shape = venueSchema.safeParse(raw);
  if (!shape.success) {
    const schema = formatIssues(shape.error.issues, 20).map((issue): VenueProblem => ({ severity: 'error', key: 'schema', params: { issue }, target: null }));
    return [...structureOfInvalid(raw), ...schema];
  }
  const structural = structureProblems(shape.data);
  if (structural.some((p) => p.severity === 'error')) return structural;
  const parsed = parseVenue(shape.data);
  if (!parsed.ok) return [...structural, ...parsed.issues.map((issue): VenueProblem => ({ severity: 'error', key: 'compile', params: { issue }, target: null }))];
  return [...structural, ...reachabilityProblems(parsed.venue)];
}

/** The structural checks on a venue the schema refused, as far as its shape lets them run. */
function structureOfInvalid(raw: unknown): VenueProblem[] {
  try {
    return structureProblems(raw as VenueFile);
  } catch {
    return [];
  }
}

/** True when none of the problems blocks saving. */
export function venueSaveable(problems: readonly VenueProblem[]): boolean {
  return problems.every((p) => p.severity !== 'error');
}
