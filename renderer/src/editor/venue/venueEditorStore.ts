import { create } from 'zustand';
import type { Draft } from 'immer';
import type { VenueFile } from '../../../../shared/venue/schema';
import type { Vec2 } from '../../../../shared/venue/geometry';
import { edit, openDoc, redo, undo, type VenueDoc } from './venueDoc';

/**
 * State of the venue editor screen: the document (venue + undo history), the tool in hand, the points
 * of the shape being drawn, what is selected, the traced background image and the view switches. Only
 * user actions change it (never a frame loop); the plan and the panels select slices of it.
 */

/** The drawing tools, in toolbar order. */
export const venueTools = [
  'select', 'ground', 'building', 'room', 'door', 'fence', 'wall', 'gate', 'barrier', 'tree', 'car', 'arrival', 'staging', 'place', 'person', 'scale',
] as const;
/** One of {@link venueTools}. */
export type VenueTool = (typeof venueTools)[number];

/** Tools that draw a closed outline (finished by clicking the first point, Enter or "Selesai"). */
export const polygonTools: ReadonlySet<VenueTool> = new Set(['ground', 'building', 'room', 'arrival', 'staging']);
/** Tools that draw an open line (finished by Enter, a double click or "Selesai"). */
export const lineTools: ReadonlySet<VenueTool> = new Set(['fence', 'wall']);

/** What is selected: an element of a list, by id (trees and cars, which have none, by index; see {@link indexedLists}). */
export interface VenueSelection {
  list: 'ground' | 'buildings' | 'walls' | 'gates' | 'barriers' | 'trees' | 'cars' | 'crowdArrival' | 'policeStaging' | 'protectedPlaces' | 'protectedPeople' | 'structures';
  key: string;
}

/** A site plan or photo laid under the plan: kept in memory as a data URL, never uploaded. */
export interface BackgroundImage {
  dataUrl: string;
  /** Size in pixels. */
  width: number;
  height: number;
  /** Venue position of the image's top-left corner, and metres per pixel. */
  x: number;
  y: number;
  metresPerPixel: number;
  opacity: number;
}

/** Lists whose elements have no id and are selected by index. */
export const indexedLists: ReadonlySet<VenueSelection['list']> = new Set(['trees', 'cars']);

/** Shape of the venue editor store. */
export interface VenueEditorState {
  doc: VenueDoc;
  /** The id the venue is stored under, or null before its first save. */
  storedId: string | null;
  /** True when the document changed since it was opened or saved. */
  dirty: boolean;
  tool: VenueTool;
  /** Ground kind the ground tool draws. */
  groundKind: VenueFile['ground'][number]['kind'];
  /** Points of the outline or line being drawn. */
  drawing: Vec2[];
  selection: VenueSelection | null;
  background: BackgroundImage | null;
  /** Snapping step in metres (0: off). */
  snap: number;
  showNav: boolean;
  view: 'plan' | '3d';
}

/** The venue editor store. */
export const useVenueEditor = create<VenueEditorState>(() => ({
  doc: openDoc(emptyVenue()),
  storedId: null,
  dirty: false,
  tool: 'select',
  groundKind: 'yard',
  drawing: [],
  selection: null,
  background: null,
  snap: 0.5,
  showNav: false,
  view: 'plan',
}));

/** Opens a venue in the editor (from a template copy or the library). */
export function openVenue(venue: VenueFile, storedId: string | null): void {
  useVenueEditor.setState({ doc: openDoc(venue), storedId, dirty: false, tool: 'select', drawing: [], selection: null, background: null, view: 'plan' });
}

/** Applies an edit to the venue as one undoable step. */
export function editVenue(recipe: (draft: Draft<VenueFile>) => void): void {
  const { doc } = useVenueEditor.getState();
  const next = edit(doc, recipe);
  if (next !== doc) useVenueEditor.setState({ doc: next, dirty: true });
}

/** Undoes the last edit. */
export function undoVenue(): void {
  const { doc } = useVenueEditor.getState();
  const next = undo(doc);
  if (next !== doc) useVenueEditor.setState({ doc: next, dirty: true, selection: null });
}

/** Redoes the last undone edit. */
export function redoVenue(): void {
  const { doc } = useVenueEditor.getState();
  const next = redo(doc);
  if (next !== doc) useVenueEditor.setState({ doc: next, dirty: true, selection: null });
}

/** Picks a tool (dropping any half-drawn shape). */
export function chooseTool(tool: VenueTool): void {
  useVenueEditor.setState({ tool, drawing: [] });
}

/** A minimal venue: an empty 80 x 60 m site (the editor's checks then ask for zones). */
export function emptyVenue(): VenueFile {
  return {
    id: 'venue-baru', name: 'Venue baru', formatVersion: 1, description: '', approximate: true, notes: [],
    bounds: { minX: 0, minY: 0, maxX: 80, maxY: 60 },
    ground: [], buildings: [], walls: [], gates: [], barriers: [], trees: [], cars: [], signs: [], structures: [],
    crowdArrival: [], policeStaging: [], protectedPlaces: [], protectedPeople: [],
  };
}
