import type { GivenOrder } from '../../../shared/debrief/commandLog';
import type { ReplaySource } from '../../../shared/debrief/sessionReplay';
import type { LogEntry, Marker } from '../../../shared/debrief/timeline';
import type { Trail } from '../../../shared/debrief/tracks';
import type { GameEvent } from '../../../shared/engine/events';

/**
 * Messages between the debrief page and its replay worker (replayWorker.ts). The worker owns the
 * session's `SessionReplay`: every seek, step and chart sample runs there, so the page never freezes;
 * the page gets back the snapshot bytes of the moment to show (transferred, not copied).
 */

/** Page → worker. */
export type ToReplayWorker =
  /** Builds the replay; `lastTurnSnapshot` makes the end available at once. */
  /** `venue`: the kept copy of a user venue the session was played on, registered in the worker first. */
  | { type: 'open'; source: ReplaySource; lastTurnSnapshot: Uint8Array | null; events: GameEvent[]; venue?: unknown }
  /** A stored turn-end snapshot fetched from the host (checked against the turn's hash there). */
  | { type: 'turnSnapshot'; turn: number; bytes: Uint8Array }
  /** Show `tick`; answered by one `frame` with the same `id`. */
  | { type: 'seek'; id: number; tick: number }
  /** Sends the chart metrics now (`metrics`). */
  | { type: 'metrics' };

/** What the page needs to know about an opened replay. */
export interface OpenedReplay {
  totalTicks: number;
  ticksPerTurn: number;
  tickSeconds: number;
  /** Tick each turn ended at; index 0 is 0 (the game as created). */
  turnEnds: number[];
  entries: LogEntry[];
  markers: Marker[];
  orders: GivenOrder[];
}

/** Worker → page. */
export type FromReplayWorker =
  | ({ type: 'opened' } & OpenedReplay)
  | { type: 'failed'; message: string }
  /** The moment asked for by seek `id`: engine snapshot bytes at `tick`, and every unit's and group's trail up to it. */
  | { type: 'frame'; id: number; tick: number; bytes: Uint8Array; trail: Trail }
  /** Chart metrics so far (copies); `known` ticks of `totalTicks + 1`. */
  | { type: 'metrics'; values: Float32Array[]; known: number; done: boolean }
  /** A stored snapshot was refused (it does not match the turn's recorded hash) or a turn re-simulated differently. */
  | { type: 'integrity'; refusedTurn: number | null; mismatchedTurns: number[] };
