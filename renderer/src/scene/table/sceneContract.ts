/**
 * The boundary between the game flow (renderer/src/play: sessions, hot-seat, orders, playback) and the
 * 3D game scene (renderer/src/scene/table). The flow owns the engine mirror and decides what is shown;
 * the scene draws it. Nothing here is React state that changes per frame: per-frame data is pulled
 * through `AgentFrameSource` inside `useFrame`.
 */
import type { SceneDamage } from '../venue/damageParts';

/** A damaged thing as the scene draws it (see damageParts.ts). */
export type { SceneDamage };

/** Where the agents are right now, read by the scene every frame (no copying, no React state). */
export interface AgentFrameSource {
  /** Number of agents (constant for a game). */
  readonly count: number;
  /**
   * Positions at the previous and the current tick plus the blend factor 0..1 between them, so playback
   * can interpolate smoothly at any speed. The arrays are the engine's own views or copies the flow keeps.
   */
  frame(): {
    prevX: Float32Array;
    prevY: Float32Array;
    x: Float32Array;
    y: Float32Array;
    heading: Float32Array;
    /** Role code per agent (engine `ROLE`). */
    kind: Uint8Array;
    /** Status bit set per agent (engine `FLAG`). */
    flags: Uint16Array | Uint32Array;
    /** Unit (or crowd group / protected set) index per agent. */
    unit: Uint16Array | Uint32Array | Int32Array;
    alpha: number;
    /** Increments whenever any array content changed (lets the scene skip unchanged frames). */
    version: number;
  };
}

/** A unit as the scene needs it for picking, labels and colours. */
export interface SceneUnit {
  id: string;
  index: number;
  /** Engine unit type id (e.g. 'dalmasAwal', 'waterCannon'). */
  type: string;
  side: 'police' | 'crowd' | 'protected';
  label: string;
  /** Centre of its members, metres (x east, y north). */
  centre: [number, number];
  /** Whether the current player may select and order it. */
  selectable: boolean;
  /** Short name written on the map (call-sign, crowd group name, protected person); `label` when absent. */
  callSign?: string;
  /** Whose it is, seen from the player planning: 'own', another player's ('other'); absent when nobody plans. */
  relation?: 'own' | 'other';
  /** Name of the player commanding it, if any (shown on the label of another player's unit). */
  owner?: string;
}

/**
 * What lies under the pointer on the map: the unit, crowd group or protected party of the nearest
 * person within reach (any side, selectable or not), that person's agent index and the ground point.
 * Order tools use it to take targets by clicking them (whom to escort, relieve or arrest).
 */
export interface ScenePick {
  unitId: string;
  side: SceneUnit['side'];
  /** Agent index of the person nearest to the pointer (engine agent arrays). */
  agent: number;
  /** Ground point under the pointer, venue metres. */
  point: [number, number];
}

/** Something drawn on the ground for the player planning: planned paths, target areas, lines. */
export type PlanOverlay =
  | { kind: 'path'; unitId: string; points: [number, number][]; color: string }
  | { kind: 'area'; unitId: string; centre: [number, number]; radius: number; color: string; label?: string }
  | { kind: 'line'; unitId: string; from: [number, number]; to: [number, number]; color: string };

/** Area effects and fires to draw (from the engine's game state). */
export interface SceneEffects {
  hazards: { id: number; kind: 'gas' | 'water'; x: number; y: number; radius: number; sourceX?: number; sourceY?: number }[];
  fires: { id: number; x: number; y: number; intensity: number }[];
  /** Thrown objects in flight this tick: from -> to. */
  projectiles: { from: [number, number]; to: [number, number] }[];
}

/**
 * A heat map laid on the ground (the debrief's crowd density or injuries): a grid of coloured cells in
 * venue metres, row 0 at `originY` (south), column 0 at `originX` (west). `rgba` holds 4 bytes per cell;
 * the scene uploads it again only when `version` changes.
 */
export interface SceneHeat {
  cols: number;
  rows: number;
  cellSize: number;
  originX: number;
  originY: number;
  rgba: Uint8Array;
  version: number;
}

/** Camera requests from the UI (buttons, keys). */
export type CameraCommand = { kind: 'topDown' } | { kind: 'perspective' } | { kind: 'focus'; point: [number, number] } | { kind: 'reset' };

/** Props of the game scene component `GameScene` (renderer/src/scene/table/GameScene.tsx). */
export interface GameSceneProps {
  venueId: string;
  agents: AgentFrameSource | null;
  units: readonly SceneUnit[];
  selectedUnitId: string | null;
  overlays: readonly PlanOverlay[];
  effects: SceneEffects;
  /** Gates currently open/breached by id (from the engine), so the model shows them right. */
  gateStates: Readonly<Record<string, 'open' | 'closed' | 'breached'>>;
  /** Placed barriers (segments) to draw in addition to the venue's own. */
  placedBarriers: readonly { from: [number, number]; to: [number, number] }[];
  /** Damaged buildings, fence panels, gates, doors and parked cars (the engine's damage states); absent: none drawn. */
  damage?: readonly SceneDamage[];
  cameraCommand: CameraCommand | null;
  shadows: boolean;
  /** A heat map over the ground (the debrief); absent or null draws none. */
  heat?: SceneHeat | null;
  /** Left click on a unit (or null for empty ground): selection. */
  onSelectUnit(unitId: string | null): void;
  /**
   * Click or drag on the ground in metres; `dragTo` set when the pointer was dragged. `pick` is what lay
   * under the pointer at the click (any unit, group, protected party or person; null for bare ground).
   */
  onGroundPointer(event: { point: [number, number]; dragTo?: [number, number]; button: 'primary' | 'secondary'; shift: boolean; pick?: ScenePick | null }): void;
  /**
   * Every primary click with what lies under the pointer (before selection and ground handling); the
   * order tools' way to take a clicked target. Optional.
   */
  onPick?(pick: ScenePick | null, event: { button: 'primary' | 'secondary'; shift: boolean }): void;
  /** The pointer came onto another unit or group (or off all of them): `screen` is the pointer in CSS px within the scene. */
  onHover?(hover: { pick: ScenePick; screen: [number, number] } | null): void;
  /** Call-signs and group names written on the map (default true). */
  labels?: boolean;
}
