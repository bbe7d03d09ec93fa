import { venueSchema, type VenueFile, type VenueOpening } from './schema';
import { distSqToSegment, closestT, pointInPolygon, type Vec2 } from './geometry';
import { detCos, detHypot, detSin } from '../math/deterministic';
import { formatIssues } from '../schema/issues';

/**
 * Turns a venue file into what the simulation needs: a flat list of blocking segments (walls cut at
 * their gates, building outlines cut at their doors, fences split into breachable panels) plus lookup
 * tables. The renderer should build meshes from the `VenueFile` itself, not from this.
 */

/** Segment kinds, stored as a byte per segment. */
export const SegmentKind = { wall: 0, fence: 1, gate: 2, door: 3, barrier: 4, building: 5, obstacle: 6 } as const;
/** One of {@link SegmentKind}. */
export type SegmentKindCode = (typeof SegmentKind)[keyof typeof SegmentKind];

/** A blocking line segment of the compiled venue. */
export interface CompiledSegment {
  ax: number; ay: number; bx: number; by: number;
  kind: SegmentKindCode;
  breachable: boolean;
  /** Strength in kN·s (Infinity for unbreakable walls). */
  strength: number;
  /** Initially blocking (closed gates, all walls) or not (open gates). */
  closed: boolean;
  /** Index into `openings` for gates and doors, else -1. */
  opening: number;
  /** Id of the wall, building, barrier or gate it came from. */
  sourceId: string;
}

/** A gate or door after compilation. */
export interface CompiledOpening {
  id: string;
  name: string;
  kind: 'gate' | 'door';
  /** The wall or building it belongs to. */
  ownerId: string;
  segment: number;
  cx: number;
  cy: number;
  width: number;
}

/** A validated, compiled venue. */
export interface CompiledVenue {
  file: VenueFile;
  segments: CompiledSegment[];
  openings: CompiledOpening[];
}

/** Result of {@link parseVenue}. */
export type ParseVenueResult = { ok: true; venue: CompiledVenue } | { ok: false; issues: string[] };

/** Longest panel a breachable fence is split into, so a breach opens a local gap. */
export const PANEL_LENGTH = 4;
const ON_LINE = 0.15;

/** Validates unknown JSON against the schema and the geometric rules, then compiles it. Never throws. */
export function parseVenue(json: unknown): ParseVenueResult {
  const parsed = venueSchema.safeParse(json);
  if (!parsed.success) return { ok: false, issues: formatIssues(parsed.error.issues, Infinity) };
  const file = parsed.data;
  const issues = checkVenue(file);
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, venue: compileVenue(file) };
}

/** Geometric and referential checks zod cannot express. */
function checkVenue(v: VenueFile): string[] {
  const issues: string[] = [];
  const b = v.bounds;
  if (b.minX >= b.maxX || b.minY >= b.maxY) issues.push('bounds: min must be below max');
  const inside = (p: Vec2): boolean => p[0] >= b.minX && p[0] <= b.maxX && p[1] >= b.minY && p[1] <= b.maxY;
  const ids = new Set<string>();
  const claim = (id: string, where: string): void => {
    if (ids.has(id)) issues.push(`${where}: duplicate id ${id}`);
    ids.add(id);
  };
  const check = (pts: readonly Vec2[], where: string): void => {
    if (!pts.every(inside)) issues.push(`${where}: outside the bounds`);
  };
  for (const g of v.ground) { claim(g.id, 'ground'); check(g.polygon, `ground ${g.id}`); }
  for (const bd of v.buildings) {
    claim(bd.id, 'buildings');
    check(bd.footprint, `building ${bd.id}`);
    for (const e of bd.entrances) {
      claim(e.id, `building ${bd.id}`);
      if (!onPolyline(e, [...bd.footprint, bd.footprint[0]!])) issues.push(`entrance ${e.id}: not on the footprint of ${bd.id}`);
    }
    for (const r of bd.rooms) {
      claim(r.id, `building ${bd.id}`);
      if (!r.polygon.every((p) => pointInPolygon(p[0], p[1], bd.footprint) || nearPolygon(p, bd.footprint))) issues.push(`room ${r.id}: outside ${bd.id}`);
    }
  }
  const walls = new Map(v.walls.map((w) => [w.id, w]));
  for (const w of v.walls) { claim(w.id, 'walls'); check(w.points, `wall ${w.id}`); }
  for (const g of v.gates) {
    claim(g.id, 'gates');
    const w = walls.get(g.wallId);
    if (!w) issues.push(`gate ${g.id}: unknown wall ${g.wallId}`);
    else if (!onPolyline(g, w.points)) issues.push(`gate ${g.id}: not on wall ${g.wallId}`);
  }
  for (const x of v.barriers) { claim(x.id, 'barriers'); check([x.a, x.b], `barrier ${x.id}`); }
  for (const s of v.structures) {
    claim(s.id, 'structures');
    if (!s.at && !s.footprint) issues.push(`structure ${s.id}: needs at or footprint`);
  }
  for (const z of [...v.crowdArrival, ...v.policeStaging]) { claim(z.id, 'zones'); check(z.polygon, `zone ${z.id}`); }
  for (const p of v.protectedPlaces) { claim(p.id, 'protectedPlaces'); check([p.at], `place ${p.id}`); }
  for (const p of v.protectedPeople) { claim(p.id, 'protectedPeople'); check([p.at], `people ${p.id}`); }
  return issues;
}

function nearPolygon(p: Vec2, poly: readonly Vec2[]): boolean {
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    if (distSqToSegment(p[0], p[1], poly[j]![0], poly[j]![1], poly[i]![0], poly[i]![1]) < ON_LINE * ON_LINE) return true;
  }
  return false;
}

function onPolyline(o: { a: Vec2; b: Vec2 }, pts: readonly Vec2[]): boolean {
  for (let i = 1; i < pts.length; i++) {
    const p = pts[i - 1]!;
    const q = pts[i]!;
    const lim = ON_LINE * ON_LINE;
    if (distSqToSegment(o.a[0], o.a[1], p[0], p[1], q[0], q[1]) < lim && distSqToSegment(o.b[0], o.b[1], p[0], p[1], q[0], q[1]) < lim) return true;
  }
  return false;
}

/** Cuts the spans of `openings` out of a polyline; returns the remaining pieces as [a, b] pairs. */
function cutPolyline(pts: readonly Vec2[], openings: readonly { a: Vec2; b: Vec2 }[]): [Vec2, Vec2][] {
  const out: [Vec2, Vec2][] = [];
  for (let i = 1; i < pts.length; i++) {
    const p = pts[i - 1]!;
    const q = pts[i]!;
    const spans: [number, number][] = [];
    for (const o of openings) {
      if (!onPolyline(o, [p, q])) continue;
      const ta = closestT(o.a[0], o.a[1], p[0], p[1], q[0], q[1]);
      const tb = closestT(o.b[0], o.b[1], p[0], p[1], q[0], q[1]);
      spans.push([Math.min(ta, tb), Math.max(ta, tb)]);
    }
    spans.sort((s, t) => s[0] - t[0]);
    let t0 = 0;
    const at = (t: number): Vec2 => [p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t];
    for (const [s, e] of spans) {
      if (s > t0 + 1e-6) out.push([at(t0), at(s)]);
      t0 = Math.max(t0, e);
    }
    if (t0 < 1 - 1e-6) out.push([at(t0), at(1)]);
  }
  return out;
}

/** Splits a piece into panels no longer than `max` metres. */
function panels(a: Vec2, b: Vec2, max: number): [Vec2, Vec2][] {
  const len = detHypot(b[0] - a[0], b[1] - a[1]);
  const n = Math.max(1, Math.ceil(len / max - 1e-9));
  const out: [Vec2, Vec2][] = [];
  for (let k = 0; k < n; k++) {
    const t0 = k / n;
    const t1 = (k + 1) / n;
    out.push([[a[0] + (b[0] - a[0]) * t0, a[1] + (b[1] - a[1]) * t0], [a[0] + (b[0] - a[0]) * t1, a[1] + (b[1] - a[1]) * t1]]);
  }
  return out;
}

function rectangle(x: number, y: number, heading: number, length: number, width: number): Vec2[] {
  const c = detCos(heading);
  const s = detSin(heading);
  const hl = length / 2;
  const hw = width / 2;
  return [[-hl, -hw], [hl, -hw], [hl, hw], [-hl, hw]].map(([u, v]) => [x + u! * c - v! * s, y + u! * s + v! * c] as Vec2);
}

/** Compiles a checked venue file into segments and openings. */
export function compileVenue(file: VenueFile): CompiledVenue {
  const segments: CompiledSegment[] = [];
  const openings: CompiledOpening[] = [];
  const push = (a: Vec2, b: Vec2, kind: SegmentKindCode, sourceId: string, breachable = false, strength = Infinity): void => {
    segments.push({ ax: a[0], ay: a[1], bx: b[0], by: b[1], kind, breachable, strength, closed: true, opening: -1, sourceId });
  };
  const addOpening = (o: VenueOpening, kind: 'gate' | 'door', ownerId: string): void => {
    openings.push({ id: o.id, name: o.name, kind, ownerId, segment: segments.length, cx: (o.a[0] + o.b[0]) / 2, cy: (o.a[1] + o.b[1]) / 2, width: detHypot(o.b[0] - o.a[0], o.b[1] - o.a[1]) });
    segments.push({
      ax: o.a[0], ay: o.a[1], bx: o.b[0], by: o.b[1], kind: kind === 'gate' ? SegmentKind.gate : SegmentKind.door,
      breachable: o.breachable, strength: o.strength, closed: o.state === 'closed', opening: openings.length - 1, sourceId: o.id,
    });
  };
  for (const w of file.walls) {
    const gates = file.gates.filter((g) => g.wallId === w.id);
    for (const [a, b] of cutPolyline(w.points, gates)) {
      const kind = w.kind === 'fence' ? SegmentKind.fence : SegmentKind.wall;
      for (const [p, q] of w.breachable ? panels(a, b, PANEL_LENGTH) : [[a, b] as [Vec2, Vec2]]) push(p, q, kind, w.id, w.breachable, w.breachable ? w.strength : Infinity);
    }
    for (const g of gates) addOpening(g, 'gate', w.id);
  }
  for (const bd of file.buildings) {
    for (const [a, b] of cutPolyline([...bd.footprint, bd.footprint[0]!], bd.entrances)) push(a, b, SegmentKind.building, bd.id);
    for (const e of bd.entrances) addOpening(e, 'door', bd.id);
  }
  for (const x of file.barriers) push(x.a, x.b, SegmentKind.barrier, x.id);
  const closedLoop = (poly: readonly Vec2[], id: string): void => {
    for (let i = 0; i < poly.length; i++) push(poly[i]!, poly[(i + 1) % poly.length]!, SegmentKind.obstacle, id);
  };
  file.cars.forEach((c, i) => closedLoop(rectangle(c.x, c.y, c.heading, c.length, c.width), `car-${i}`));
  for (const s of file.structures) if (s.footprint) closedLoop(s.footprint, s.id);
  return { file, segments, openings };
}
