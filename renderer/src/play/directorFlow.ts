import type { MessageKey } from '../../../shared/i18n/messages';
import { sendInstructorCommand, startNextPlanning } from './gameFlow';
import { useGameStore, type DirectorAction } from './gameStore';
import { asRejectReason } from './planCheck';
import { currentPlay } from './playSession';

/**
 * The Direktur Latihan's turn between turns: after the players' summary the device goes to the
 * director (a hand-off of their own), whose console the players never see. What the director decides
 * (a level override, back to the automatic assessment, scenario injects) is queued locally and can be
 * withdrawn; only "Selesai" sends the queue to the host, in order, as the instructor's commands. The
 * engine has no command that withdraws an inject, so the queue is the only place one can be taken back.
 */

const state = () => useGameStore.getState();

/** The session's Direktur Latihan, if it has one. */
export function directorOf(players: ReturnType<typeof state>['players']) {
  return players.find((player) => player.role === 'instructor') ?? null;
}

/** The director at the device confirmed: show the console, with what was queued while the playback was paused. */
export function openDirectorConsole(): void {
  if (state().phase === 'directorHandoff') useGameStore.setState({ phase: 'director', directorSending: false, directorPause: false, notice: null });
}

/**
 * The director pauses the playback at any moment to queue injects. The turn being played is not
 * touched (the engine takes an inject only between turns): what is queued here waits in the director's
 * queue, is sent with the console's "Selesai" after this turn, and fires as the next turn starts.
 */
export function pauseForDirector(): void {
  const { phase, replayTurn, players } = state();
  if (phase !== 'playback' || replayTurn !== null || !directorOf(players)) return;
  useGameStore.setState({ paused: true, directorPause: true });
}

/** Closes the director's pause panel and lets the playback run on. */
export function resumeFromDirector(): void {
  if (!state().directorPause) return;
  useGameStore.setState({ directorPause: false, paused: false });
}

/** Whether the director may queue or withdraw now: on the console, or in a pause during playback. */
function directorMayQueue(): boolean {
  const { phase, directorSending, directorPause } = state();
  return !directorSending && (phase === 'director' || (phase === 'playback' && directorPause));
}

/**
 * Queues `action`: a level action replaces the queued one (only the last decision counts), an inject
 * already queued is not queued twice unless the scenario marks it repeatable.
 */
export function queueDirectorAction(action: DirectorAction): void {
  const { directorQueue } = state();
  if (!directorMayQueue()) return;
  if (action.kind === 'level') {
    useGameStore.setState({ directorQueue: [...directorQueue.filter((queued) => queued.kind !== 'level'), action], notice: null });
    return;
  }
  const repeatable = currentPlay()?.mirror.game.setup.script?.events.find((event) => event.id === action.eventId)?.repeatable ?? false;
  if (!repeatable && directorQueue.some((queued) => queued.kind === 'inject' && queued.eventId === action.eventId)) return;
  useGameStore.setState({ directorQueue: [...directorQueue, action], notice: null });
}

/** Takes the queued action at `index` back (nothing was sent yet). */
export function withdrawDirectorAction(index: number): void {
  const { directorQueue } = state();
  if (!directorMayQueue() || index < 0 || index >= directorQueue.length) return;
  useGameStore.setState({ directorQueue: directorQueue.filter((_, k) => k !== index), notice: null });
}

/**
 * "Selesai": sends the queue in order and hands the device to the first player of the next turn. A
 * refusal stops there with its reason; what was sent leaves the queue, the rest stays to be sent again.
 */
export async function finishDirector(): Promise<void> {
  const { phase, directorSending, players } = state();
  const director = directorOf(players);
  if (phase !== 'director' || directorSending || !director) return;
  useGameStore.setState({ directorSending: true, notice: null });
  while (state().directorQueue.length > 0) {
    const action = state().directorQueue[0]!;
    const result = await sendInstructorCommand(action.kind === 'level'
      ? { type: 'setSituationLevel', playerId: director.id, level: action.level, ...(action.reason.trim() ? { reason: action.reason.trim() } : {}) }
      : { type: 'injectEvent', playerId: director.id, eventId: action.eventId });
    if (state().phase !== 'director') return;
    if (!result.ok) {
      // The reason in words (an engine code or message never reaches the screen).
      const reason: MessageKey = `reject.${asRejectReason(result.reason)}`;
      useGameStore.setState({ directorSending: false, notice: { key: 'director.refused', keyParams: { message: reason } } });
      return;
    }
    useGameStore.setState({ directorQueue: state().directorQueue.slice(1) });
  }
  useGameStore.setState({ directorSending: false });
  startNextPlanning();
}

/** For the summary's "Lanjut": whether the next step is the director's hand-off. */
export function directorIsNext(): boolean {
  const { players, phase } = state();
  return phase === 'summary' && directorOf(players) !== null && currentPlay()?.mirror.game.state.phase === 'planning';
}
