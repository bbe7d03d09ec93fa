import type { Vec2 } from '../../../../shared/venue/geometry';
import { pointInPolygon } from '../../../../shared/venue/geometry';
import { doorOnBuilding, freeElementId, gateOnWall, nearestVertex, scaleVenue, snapPoint } from './venueDoc';
/** A mutable copy of a point, as the venue file's drafts hold them. */
const m = (p: Vec2): [number, number] => [p[0], p[1]];

import { editVenue, lineTools, polygonTools, useVenueEditor, type VenueSelection } from './venueEditorStore';

/**
 * What a click on the plan does with the tool in hand: add a point to the shape being drawn, finish it,
 * or place a single element (tree, car, gate on the nearest fence, door on the nearest building wall,
 * protected place or people). Each finished element is one undoable edit and becomes the selection.
 * The default names are Indonesian (the venue's own language); the user renames them in the panel.
 */

/** Radius (m) within which a click snaps onto an existing vertex, or closes an outline at its first point. */
export const VERTEX_SNAP_M = 1;
/** Default gate and door widths (m). */
const GATE_WIDTH = 4;
const DOOR_WIDTH = 2;

/** The point a click lands on: an existing vertex when one is near, else the snapping grid. */
export function snappedPoint(raw: Vec2): Vec2 {
  const { doc, snap } = useVenueEditor.getState();
  return nearestVertex(doc.venue, raw, VERTEX_SNAP_M) ?? snapPoint(raw, snap);
}

/** Result of a click for the plan: whether the scale tool now needs the measured metres. */
export type ClickOutcome = 'none' | 'askScale';

/** Handles a click at venue point `raw` with the current tool. */
export function clickAt(raw: Vec2): ClickOutcome {
  const state = useVenueEditor.getState();
  const { tool, drawing } = state;
  const p = snappedPoint(raw);
  if (polygonTools.has(tool)) {
    const first = drawing[0];
    if (first && drawing.length >= 3 && Math.hypot(first[0] - p[0], first[1] - p[1]) <= VERTEX_SNAP_M) {
      finishDrawing();
      return 'none';
    }
    useVenueEditor.setState({ drawing: [...drawing, p] });
    return 'none';
  }
  if (lineTools.has(tool)) {
    useVenueEditor.setState({ drawing: [...drawing, p] });
    return 'none';
  }
  if (tool === 'barrier' || tool === 'scale') {
    const next = [...drawing, p];
    if (next.length < 2) {
      useVenueEditor.setState({ drawing: next });
      return 'none';
    }
    if (tool === 'scale') {
      useVenueEditor.setState({ drawing: next });
      return 'askScale';
    }
    const id = freeElementId(state.doc.venue, 'barrier');
    editVenue((d) => {
      d.barriers.push({ id, kind: 'concrete', a: m(next[0]!), b: m(next[1]!), height: 0.8 });
    });
    select({ list: 'barriers', key: id });
    return 'none';
  }
  placePoint(p, raw);
  return 'none';
}

/** Places a one-click element. */
function placePoint(p: Vec2, raw: Vec2): void {
  const { tool, doc } = useVenueEditor.getState();
  const venue = doc.venue;
  if (tool === 'tree') {
    editVenue((d) => {
      d.trees.push({ x: p[0], y: p[1], radius: 2.5, height: 7 });
    });
    select({ list: 'trees', key: String(venue.trees.length) });
  } else if (tool === 'car') {
    editVenue((d) => {
      d.cars.push({ x: p[0], y: p[1], heading: 0, length: 4.5, width: 1.8 });
    });
    select({ list: 'cars', key: String(venue.cars.length) });
  } else if (tool === 'gate') {
    const on = gateOnWall(venue, raw, GATE_WIDTH);
    if (!on) return;
    const id = freeElementId(venue, 'gerbang');
    editVenue((d) => {
      d.gates.push({ id, name: `Gerbang ${d.gates.length + 1}`, wallId: on.wallId, a: m(on.a), b: m(on.b), state: 'closed', breachable: true, strength: 80, height: 2.2 });
    });
    select({ list: 'gates', key: id });
  } else if (tool === 'door') {
    const on = doorOnBuilding(venue, raw, DOOR_WIDTH);
    if (!on) return;
    const id = freeElementId(venue, 'pintu');
    editVenue((d) => {
      const building = d.buildings.find((b) => b.id === on.buildingId)!;
      building.entrances.push({ id, name: `Pintu ${building.entrances.length + 1}`, a: m(on.a), b: m(on.b), state: 'closed', breachable: true, strength: 50, height: 2.2 });
    });
    select({ list: 'buildings', key: on.buildingId });
  } else if (tool === 'place') {
    const id = freeElementId(venue, 'objek');
    const building = venue.buildings.find((b) => pointInPolygon(p[0], p[1], b.footprint));
    editVenue((d) => {
      d.protectedPlaces.push({ id, kind: 'pleno_hall', name: `Objek vital ${d.protectedPlaces.length + 1}`, at: m(p), ...(building ? { buildingId: building.id } : {}) });
    });
    select({ list: 'protectedPlaces', key: id });
  } else if (tool === 'person') {
    const id = freeElementId(venue, 'orang');
    editVenue((d) => {
      d.protectedPeople.push({ id, role: 'ketua_kpu', name: `Orang dilindungi ${d.protectedPeople.length + 1}`, at: m(p), count: 1 });
    });
    select({ list: 'protectedPeople', key: id });
  }
}

/** Finishes the outline or line being drawn (when it has enough points) as a new element. */
export function finishDrawing(): void {
  const { tool, drawing, doc, groundKind } = useVenueEditor.getState();
  const venue = doc.venue;
  const closed = polygonTools.has(tool);
  if ((closed && drawing.length < 3) || (lineTools.has(tool) && drawing.length < 2)) return;
  const pts = drawing.map((p) => [p[0], p[1]] as [number, number]);
  let selection: VenueSelection | null = null;
  if (tool === 'ground') {
    const id = freeElementId(venue, groundKind);
    editVenue((d) => {
      d.ground.push({ id, name: `${groundName[groundKind]} ${d.ground.length + 1}`, kind: groundKind, polygon: pts });
    });
    selection = { list: 'ground', key: id };
  } else if (tool === 'building') {
    const id = freeElementId(venue, 'gedung');
    const door = { a: pts[0]!, b: pts[1]! };
    editVenue((d) => {
      const building = {
        id, name: `Gedung ${d.buildings.length + 1}`, footprint: pts, storeys: 1, height: 4,
        entrances: [{ id: `${id}-pintu-1`, name: 'Pintu utama', ...doorSpan(door.a, door.b), state: 'closed' as const, breachable: true, strength: 50, height: 2.2 }],
        rooms: [],
      };
      d.buildings.push(building);
    });
    selection = { list: 'buildings', key: id };
  } else if (tool === 'room') {
    const building = venue.buildings.find((b) => pointInPolygon(pts[0]![0], pts[0]![1], b.footprint) || b.footprint.some((q) => q[0] === pts[0]![0] && q[1] === pts[0]![1]));
    if (!building) {
      useVenueEditor.setState({ drawing: [] });
      return;
    }
    const id = freeElementId(venue, 'ruang');
    editVenue((d) => {
      const b = d.buildings.find((x) => x.id === building.id)!;
      b.rooms.push({ id, name: `Ruang ${b.rooms.length + 1}`, kind: 'other', storey: 1, polygon: pts });
    });
    selection = { list: 'buildings', key: building.id };
  } else if (tool === 'arrival' || tool === 'staging') {
    const list = tool === 'arrival' ? 'crowdArrival' : 'policeStaging';
    const id = freeElementId(venue, tool === 'arrival' ? 'kedatangan' : 'siaga');
    editVenue((d) => {
      d[list].push({ id, name: `${tool === 'arrival' ? 'Zona kedatangan' : 'Zona siaga'} ${d[list].length + 1}`, polygon: pts });
    });
    selection = { list, key: id };
  } else if (tool === 'fence' || tool === 'wall') {
    const id = freeElementId(venue, tool === 'fence' ? 'pagar' : 'tembok');
    editVenue((d) => {
      d.walls.push({ id, name: `${tool === 'fence' ? 'Pagar' : 'Tembok'} ${d.walls.length + 1}`, kind: tool, points: pts, height: tool === 'fence' ? 2 : 2.5, breachable: tool === 'fence', strength: tool === 'fence' ? 40 : 200 });
    });
    selection = { list: 'walls', key: id };
  }
  useVenueEditor.setState({ drawing: [], selection });
}

/** The middle 2 m of an edge, for the door every new building starts with. */
function doorSpan(a: [number, number], b: [number, number]): { a: [number, number]; b: [number, number] } {
  const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
  const half = Math.min(DOOR_WIDTH, len * 0.5) / 2 / Math.max(len, 1e-6);
  const r = (x: number) => Math.round(x * 100) / 100;
  return { a: [r(a[0] + (b[0] - a[0]) * (0.5 - half)), r(a[1] + (b[1] - a[1]) * (0.5 - half))], b: [r(a[0] + (b[0] - a[0]) * (0.5 + half)), r(a[1] + (b[1] - a[1]) * (0.5 + half))] };
}

const groundName: Record<string, string> = { road: 'Jalan', sidewalk: 'Trotoar', yard: 'Halaman', parking: 'Parkir', field: 'Lapangan', grass: 'Rumput' };

/** Drops the shape being drawn. */
export function cancelDrawing(): void {
  useVenueEditor.setState({ drawing: [] });
}

/** Selects an element (or nothing). */
export function select(selection: VenueSelection | null): void {
  useVenueEditor.setState({ selection });
}

/**
 * Applies a measured distance: the two clicked points are `metres` apart in reality. With a background
 * image the image is rescaled about the first point (tracing); without one the drawn venue is.
 */
export function applyScale(metres: number): void {
  const { drawing, background } = useVenueEditor.getState();
  const [a, b] = drawing;
  useVenueEditor.setState({ drawing: [] });
  if (!a || !b || !(metres > 0)) return;
  const measured = Math.hypot(b[0] - a[0], b[1] - a[1]);
  if (measured < 1e-6) return;
  const factor = metres / measured;
  if (background) {
    useVenueEditor.setState({
      background: { ...background, metresPerPixel: background.metresPerPixel * factor, x: a[0] + (background.x - a[0]) * factor, y: a[1] + (background.y - a[1]) * factor },
    });
    return;
  }
  editVenue((d) => scaleVenue(d, a, factor));
}
