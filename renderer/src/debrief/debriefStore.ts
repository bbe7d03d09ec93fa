import { create } from 'zustand';
import type { SessionPlayer } from '../../../shared/contract/sessions';
import type { GivenOrder } from '../../../shared/debrief/commandLog';
import type { LogEntry, LogFilter, Marker, MarkerKind } from '../../../shared/debrief/timeline';
import type { MessageKey } from '../../../shared/i18n/messages';
import type { CameraCommand } from '../scene/table/sceneContract';
import type { HudNumbers } from '../play/hudNumbers';

/**
 * The debrief screen's small store: which session, the timeline facts, the moment shown (updated a few
 * times a second at most during playback, exactly on every jump), the log and its filters, the notes.
 * The 3D moment itself and the chart arrays live outside React (debriefSession.ts).
 */

/** A note or bookmark as the host stores it. */
export interface DebriefAnnotation {
  id: number;
  tick: number;
  kind: 'note' | 'bookmark';
  author: string;
  text: string;
  createdAt: string;
}

/** What the side panel shows. */
export type DebriefTab = 'log' | 'players' | 'notes' | 'compare';

/** Heat map drawn over the 3D view. */
export type HeatMode = 'off' | 'density' | 'injuries';

/** Playback speeds offered (× scenario time at 1× = 10 ticks a second). */
export const debriefSpeeds = [0.25, 0.5, 1, 2, 4, 8, 16] as const;

/** Shape of the debrief store. */
export interface DebriefState {
  status: 'closed' | 'loading' | 'ready' | 'failed';
  failure: { key: MessageKey; params?: Record<string, string | number> } | null;
  sessionId: string | null;
  sessionName: string;
  venueId: string;
  players: SessionPlayer[];
  /** The session this one branched from, if any. */
  branchOf: { id: string; name: string | null; turn: number } | null;
  totalTicks: number;
  ticksPerTurn: number;
  tickSeconds: number;
  turnEnds: number[];
  /** The moment shown. */
  tick: number;
  hud: HudNumbers | null;
  playing: boolean;
  speed: number;
  /** Marker kinds playback stops at. */
  autoPause: MarkerKind[];
  trails: boolean;
  heat: HeatMode;
  /** Seconds of scenario time the injury heat map looks back from the moment shown. */
  heatWindowSeconds: number;
  entries: LogEntry[];
  markers: Marker[];
  orders: GivenOrder[];
  filter: LogFilter;
  selectedEntry: number | null;
  annotations: DebriefAnnotation[];
  tab: DebriefTab;
  /** The player whose orders are drawn and listed (per-player view), or null. */
  playerId: string | null;
  cameraCommand: CameraCommand | null;
  /** Bumped whenever new chart metrics arrived (the arrays are in debriefSession.ts). */
  metricsVersion: number;
  metricsDone: boolean;
  /** Turns whose stored record and re-simulation disagree (shown as a warning). */
  mismatchedTurns: number[];
}

/** The state when no debrief is open. */
export const initialDebriefState: DebriefState = {
  status: 'closed', failure: null, sessionId: null, sessionName: '', venueId: '', players: [], branchOf: null,
  totalTicks: 0, ticksPerTurn: 120, tickSeconds: 0.5, turnEnds: [0], tick: 0, hud: null, playing: false, speed: 1,
  autoPause: [], trails: false, heat: 'off', heatWindowSeconds: 300, entries: [], markers: [], orders: [], filter: {}, selectedEntry: null,
  annotations: [], tab: 'log', playerId: null, cameraCommand: null, metricsVersion: 0, metricsDone: false, mismatchedTurns: [],
};

/** The debrief store; actions live in debriefFlow.ts. */
export const useDebriefStore = create<DebriefState>(() => ({ ...initialDebriefState }));
