import { create } from 'zustand';
import type { SessionPlayer } from '../../../shared/contract/sessions';
import type { MessageKey } from '../../../shared/i18n/messages';
import type { Order } from '../../../shared/engine/orders';
import type { HudNumbers } from './hudNumbers';
import type { PlanRefusal } from './planCheck';
import type { CameraCommand } from '../scene/table/sceneContract';
import type { SituationLevel } from '../../../shared/engine/doctrineTypes';
import type { TurnSummary } from './turnSummary';

/**
 * The game flow's small store: which step of the hot-seat cycle is showing, whose turn it is, the
 * current player's plan and selection, and HUD numbers (written a few times a second at most). The
 * engine mirror and the per-frame agent data live outside React (see play/playSession.ts).
 */

/**
 * Steps of the game flow; `replay` is a resolved turn watched again on a copy of the game;
 * `directorHandoff` and `director` are the Direktur Latihan's hand-off and console between turns.
 */
export type GamePhase = 'loading' | 'handoff' | 'planning' | 'sending' | 'playback' | 'replay' | 'summary' | 'directorHandoff' | 'director' | 'over' | 'failed';

/** One action the Direktur Latihan queued: sent to the host only when the console is closed with "Selesai". */
export type DirectorAction =
  | { kind: 'level'; level: SituationLevel | null; reason: string }
  | { kind: 'inject'; eventId: string };

/** A message to show, translated at render time. */
export interface GameNotice {
  key: MessageKey;
  params?: Record<string, string | number>;
  /** Parameters that are themselves message keys, translated when the notice is shown. */
  keyParams?: Record<string, MessageKey>;
}

/** Shape of the game store. */
export interface GameUiState {
  phase: GamePhase;
  sessionId: string | null;
  sessionName: string;
  venueId: string;
  /** The scenario played (its situation and roles for the briefings shown in play), '' when unknown. */
  scenarioId: string;
  players: SessionPlayer[];
  /** The player planning now (or next, on the hand-off screen). */
  currentPlayerId: string | null;
  /** Turn shown in the HUD (0-based engine turn). */
  turn: number;
  plan: Order[];
  /** Earlier versions of `plan`, for undo. */
  history: Order[][];
  selectedUnitId: string | null;
  /** Order tool for the next ground click; null = the unit's default (move / march). */
  toolId: string | null;
  draftSaved: boolean;
  hud: HudNumbers | null;
  summary: TurnSummary | null;
  /** Turns resolved so far: the summaries that can be reopened are those of turns 0 .. resolvedTurns - 1. */
  resolvedTurns: number;
  /** Where the summary was opened: after a turn's playback (or at the end), or from the hand-off screen. */
  summaryFrom: 'turnEnd' | 'handoff';
  /** The engine turn whose summary is being fetched, else null. */
  summaryLoading: number | null;
  /** The engine turn being watched again in phase `replay`, else null. */
  replayTurn: number | null;
  /** Playback speed multiplier (from settings, changeable during playback). */
  speed: number;
  paused: boolean;
  /** A refusal or failure to show in the game view (not fatal). */
  notice: GameNotice | null;
  /** The last order refused at placement (or at "Selesai merencanakan"), shown until the plan changes. */
  refusal: PlanRefusal | null;
  /**
   * Why the game cannot go on (hash mismatch, load failure). `retry` marks a failure the host left with
   * nothing changed (a storage error while resolving), so the same step can simply be tried again.
   */
  failure: (GameNotice & { retry?: 'resolve' }) | null;
  /** The Direktur Latihan's queue (a local draft until "Selesai"), and whether it is being sent. */
  directorQueue: DirectorAction[];
  directorSending: boolean;
  /** The Direktur Latihan paused the playback to queue injects (its panel covers the map meanwhile). */
  directorPause: boolean;
  /** The map's last camera command (a new object each time, so the same command can be given twice). */
  camera: CameraCommand | null;
}

/** The initial state (also used when leaving a game). */
export const initialGameState: GameUiState = {
  phase: 'loading',
  sessionId: null,
  sessionName: '',
  venueId: '',
  scenarioId: '',
  players: [],
  currentPlayerId: null,
  turn: 0,
  plan: [],
  history: [],
  selectedUnitId: null,
  toolId: null,
  draftSaved: false,
  hud: null,
  summary: null,
  resolvedTurns: 0,
  summaryFrom: 'turnEnd',
  summaryLoading: null,
  replayTurn: null,
  speed: 1,
  paused: false,
  notice: null,
  refusal: null,
  failure: null,
  directorQueue: [],
  directorSending: false,
  directorPause: false,
  camera: null,
};

/** The game store; actions live in play/gameFlow.ts and play/planActions.ts. */
export const useGameStore = create<GameUiState>(() => ({ ...initialGameState }));
