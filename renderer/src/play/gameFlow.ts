import type { CreateSessionInput, SessionDetail } from '../../../shared/contract/sessions';
import { host } from '../host/hostClient';
import { describeError, navigateTo, reportError } from '../state/actions';
import { initialGameState, useGameStore } from './gameStore';
import { useUiStore, type UiError } from '../state/uiStore';
import type { Command, GameEvent, Order } from './engineFacade';
import { GameMirror } from './gameMirror';
import { asRejectReason, checkPlanOn } from './planCheck';
import { readHud } from './hudNumbers';
import { PlaybackLoop } from './playbackLoop';
import { beginPlay, currentPlay, endPlay } from './playSession';
import { openSummary, resumeWatching } from './rewatch';
import { summaryInputs } from './turnReplay';
import { SessionRecord } from './sessionRecord';
import { summariseTurn } from './turnSummary';
import { clearWatchMark, writeWatchMark } from './watchMarks';
import { aiOrders, beginAiSession, playedByAi } from './aiTurn';
import { registerVenue } from '../../../shared/venue/venues';

/**
 * The hot-seat cycle: create or open a session, hand the device to each player in turn, send their
 * plans, resolve the turn on the host, animate it on the local mirror, check the mirror's hash against
 * the host's, show the summary, repeat. Every command goes to the host first and is applied to the
 * mirror only once the host accepted it. The game being played is the play session (playSession.ts):
 * begun here when a session is entered, ended here when the player leaves. Watching turns again
 * (replays, earlier summaries, a playback cut off by a reload) is rewatch.ts.
 */

/** Creates a session from the new-session form and enters it at the first player's hand-off. */
export async function startNewSession(input: CreateSessionInput): Promise<boolean> {
  try {
    const detail = await host.createSession(input);
    enterSession(detail);
    return true;
  } catch (error) {
    reportError(error);
    return false;
  }
}

/** Opens a stored session (Lanjutkan) at the player whose turn it is, with their draft restored. */
export async function resumeSession(id: string): Promise<void> {
  useGameStore.setState({ ...initialGameState, phase: 'loading' });
  navigateTo('game');
  try {
    enterSession(await host.openSession(id));
  } catch (error) {
    useGameStore.setState({ phase: 'failed', failure: { key: 'game.loadFailed', params: { message: describeError(error).detail } } });
  }
}

function enterSession(detail: SessionDetail): void {
  // A session on a user venue carries its kept copy: the local engine and the scene find it by its revision id.
  if (detail.venue !== undefined) registerVenue(detail.venue);
  // Stop what still runs; the game played before stays until the new one is built.
  currentPlay()?.dispose();
  const base = {
    ...initialGameState,
    sessionId: detail.summary.id,
    sessionName: detail.summary.name,
    venueId: detail.summary.venueId,
    scenarioId: detail.summary.scenarioId,
    players: detail.players,
    speed: useUiStore.getState().settings.playbackSpeed,
  };
  if (!detail.compatibility.replayable) {
    useGameStore.setState({ ...base, phase: 'failed', failure: { key: 'game.notReplayable', params: { reason: detail.compatibility.reason ?? '' } } });
    navigateTo('game');
    return;
  }
  let mirror: GameMirror;
  try {
    mirror = GameMirror.fromDetail(detail);
  } catch (error) {
    useGameStore.setState({ ...base, phase: 'failed', failure: { key: 'game.loadFailed', params: { message: String(error) } } });
    navigateTo('game');
    return;
  }
  const play = beginPlay(mirror, SessionRecord.fromDetail(detail));
  beginAiSession(detail);
  if (detail.recovery) reportRecovery(detail.recovery);
  const turn = mirror.game.state.turn;
  useGameStore.setState({ ...base, turn, hud: readHud(mirror.game), resolvedTurns: detail.turns.length });
  if (detail.stateHash && mirror.hash() !== detail.stateHash) {
    useGameStore.setState({ phase: 'failed', failure: { key: 'game.hashMismatch', params: { turn: turn + 1 } } });
  } else if (!resumeWatching(play, detail.summary.id)) {
    handToNextPlayer(detail.drafts);
  }
  navigateTo('game');
}

/** Tells the user that damaged snapshots were skipped when the host rebuilt the session (turns from 1). */
function reportRecovery(recovery: NonNullable<SessionDetail['recovery']>): void {
  const turns = recovery.damagedSnapshotTurns.map((turn) => turn + 1).join(', ');
  const lastError: UiError =
    recovery.restoredFromTurn === null
      ? { messageKey: 'game.snapshotRecoveredFromStart', params: { turns }, detail: JSON.stringify(recovery) }
      : { messageKey: 'game.snapshotRecovered', params: { turns, from: recovery.restoredFromTurn + 1 }, detail: JSON.stringify(recovery) };
  useUiStore.setState({ lastError });
}

/** Shows the hand-off for the next player who still has to plan, or resolves the turn when none is left. */
function handToNextPlayer(drafts: SessionDetail['drafts'] = []): void {
  const mirror = currentPlay()?.mirror;
  if (!mirror) return;
  if (mirror.game.state.phase === 'over') {
    useGameStore.setState({ phase: 'over', currentPlayerId: null });
    // Entered at the end: the last turn's summary is the game-over screen.
    const last = currentPlay()?.record?.lastTurn;
    if (last && !useGameStore.getState().summary) void openSummary(last.turn, 'turnEnd');
    return;
  }
  const next = mirror.nextPlanner();
  if (!next) {
    void resolveTurn();
    return;
  }
  if (playedByAi(next)) {
    void playAi(next);
    return;
  }
  // The player's draft of this turn; without one, the orders the host already holds for them (a
  // finish that stored the plan but not its end leaves no draft), so the plan shown is the plan kept.
  const draft = drafts.find((d) => d.playerId === next && d.turn === mirror.game.state.turn);
  const submitted = (mirror.game.state.planned[next] ?? []).map((planned) => planned.order);
  const plan = Array.isArray(draft?.orders) ? (draft.orders as Order[]) : submitted;
  useGameStore.setState({
    phase: 'handoff', currentPlayerId: next, plan, history: [], selectedUnitId: null, toolId: null, draftSaved: plan.length > 0, notice: null,
    turn: mirror.game.state.turn,
  });
}

/** The player at the device confirmed: show the map and their units. */
export function beginPlanning(): void {
  useGameStore.setState({ phase: 'planning' });
}

/** The host accepted a command the mirror refuses: the two games differ, and nothing played on is valid. */
class MirrorDivergedError extends Error {}

/** Stops the game because the mirror no longer matches the host (shown as the hash-mismatch failure). */
function failDiverged(): void {
  const turn = currentPlay()?.mirror.game.state.turn ?? 0;
  useGameStore.setState({ phase: 'failed', failure: { key: 'game.hashMismatch', params: { turn: turn + 1 } } });
}

/**
 * Sends a command to the host and, once accepted, applies it to the mirror. Throws
 * `MirrorDivergedError` when the mirror refuses what the host accepted.
 */
async function sendCommand(command: Command): Promise<{ ok: true; seq: number; stateHash: string; events: unknown[] } | { ok: false; message: string; reason?: string }> {
  const sessionId = useGameStore.getState().sessionId;
  const play = currentPlay();
  if (!sessionId || !play) return { ok: false, message: 'no session' };
  const outcome = await host.sendCommand(sessionId, command);
  if (!outcome.ok) return { ok: false, reason: outcome.reason, message: `${outcome.reason}: ${outcome.message}` };
  if (command.type !== 'resolveTurn') {
    const applied = play.mirror.apply(command);
    if (!applied.ok) throw new MirrorDivergedError(`the host accepted ${command.type}, the mirror refused it: ${applied.message}`);
  }
  play.record?.addCommand(command, outcome.seq);
  return { ok: true, seq: outcome.seq, stateHash: outcome.stateHash, events: outcome.events };
}

/**
 * An exercise-director command between turns (override the situation level, inject a scenario event):
 * sent to the host like any other command, applied to the mirror once accepted, then the HUD refreshed.
 */
export async function sendInstructorCommand(command: Extract<Command, { type: 'injectEvent' | 'setSituationLevel' }>): Promise<{ ok: true } | { ok: false; message: string; reason?: string }> {
  try {
    const outcome = await sendCommand(command);
    if (!outcome.ok) return outcome;
  } catch (error) {
    if (error instanceof MirrorDivergedError) failDiverged();
    reportError(error);
    return { ok: false, message: describeError(error).detail };
  }
  const mirror = currentPlay()?.mirror;
  if (mirror) useGameStore.setState({ hud: readHud(mirror.game) });
  return { ok: true };
}

/** "Selesai merencanakan": submits the current player's plan, ends their planning, hands over. */
export async function finishPlan(): Promise<void> {
  const { currentPlayerId, plan, phase } = useGameStore.getState();
  if (!currentPlayerId || phase !== 'planning') return;
  // The engine's own check on the mirror first: a refusal names the unit and the order at fault.
  const game = currentPlay()?.mirror.game;
  const refusal = game ? checkPlanOn(game, currentPlayerId, plan) : null;
  if (refusal) {
    useGameStore.setState({ refusal, notice: null });
    return;
  }
  useGameStore.setState({ phase: 'sending', notice: null, refusal: null });
  try {
    const submitted = await sendCommand({ type: 'submitOrders', playerId: currentPlayerId, orders: plan });
    if (!submitted.ok) {
      useGameStore.setState({ phase: 'planning', notice: { key: 'refusal.plan', keyParams: { reason: `reject.${asRejectReason(submitted.reason)}` } } });
      return;
    }
    const ended = await sendCommand({ type: 'endPlan', playerId: currentPlayerId });
    if (!ended.ok) {
      useGameStore.setState({ phase: 'planning', notice: { key: 'refusal.plan', keyParams: { reason: `reject.${asRejectReason(ended.reason)}` } } });
      return;
    }
    handToNextPlayer();
  } catch (error) {
    reportError(error);
    if (error instanceof MirrorDivergedError) return failDiverged();
    // Whatever the host stored (perhaps the orders but not the end of planning), the mirror holds the
    // same, and the plan is still on screen: finishing again sends it again.
    useGameStore.setState({ phase: 'planning', notice: { key: 'plan.sendFailed' } });
  }
}

/**
 * An AI player's turn (aiTurn.ts): its orders computed on the mirror from what its side can see, sent
 * as its `submitOrders` and `endPlan` like a person's plan (so the log records them), then the next hand-off.
 */
async function playAi(playerId: string): Promise<void> {
  const game = currentPlay()?.mirror.game;
  if (!game) return;
  useGameStore.setState({ phase: 'sending', currentPlayerId: null, notice: null, refusal: null });
  try {
    const { orders, intent } = aiOrders(game, playerId);
    for (const command of [{ type: 'submitOrders', playerId, orders, intent }, { type: 'endPlan', playerId }] as const) {
      const sent = await sendCommand(command);
      if (!sent.ok) {
        useGameStore.setState({ phase: 'failed', failure: { key: 'game.loadFailed', params: { message: sent.message } } });
        return;
      }
    }
  } catch (error) {
    reportError(error);
    if (error instanceof MirrorDivergedError) return failDiverged();
    useGameStore.setState({ phase: 'failed', failure: { key: 'game.loadFailed', params: { message: describeError(error).detail } } });
    return;
  }
  handToNextPlayer();
}

/** Resolves the turn on the host, then animates it on the mirror and checks the hashes. */
async function resolveTurn(): Promise<void> {
  const play = currentPlay();
  if (!play) return;
  const { mirror, frames } = play;
  const sessionId = useGameStore.getState().sessionId!;
  const turn = mirror.game.state.turn;
  // A retry starts here too: the earlier failure is over.
  useGameStore.setState({ phase: 'sending', currentPlayerId: null, selectedUnitId: null, plan: [], failure: null });
  // Until its playback ended, a reload or a crash brings the room back to this turn (rewatch.ts); the
  // game before the resolution is kept for "Putar ulang menit ini".
  writeWatchMark(sessionId, { turn, watched: false });
  play.turns.keepStart(turn, mirror.game);
  const startTick = mirror.game.state.tick;
  let hostHash: string;
  let hostEvents: GameEvent[];
  try {
    const outcome = await sendCommand({ type: 'resolveTurn' });
    if (!outcome.ok) {
      useGameStore.setState({ phase: 'failed', failure: { key: 'game.loadFailed', params: { message: outcome.message } } });
      return;
    }
    hostHash = outcome.stateHash;
    hostEvents = outcome.events as GameEvent[];
    play.record?.addTurn({ turn, lastSeq: outcome.seq, endTick: startTick + mirror.game.state.ticksPerTurn, stateHash: hostHash });
  } catch (error) {
    // The host keeps nothing of a turn it could not store, so the same resolution can be retried.
    const uiError = describeError(error);
    console.error(`[sispamkota] ${uiError.messageKey}: ${uiError.detail}`);
    useGameStore.setState({ phase: 'failed', failure: { key: uiError.messageKey, retry: 'resolve' } });
    return;
  }
  useGameStore.setState({ phase: 'playback', paused: false, summary: null, resolvedTurns: play.record?.turns.length ?? turn + 1, summaryFrom: 'turnEnd' });
  const playback = new PlaybackLoop(mirror.game, frames, {
    speed: () => useGameStore.getState().speed,
    paused: () => useGameStore.getState().paused,
    onProgress: () => useGameStore.setState({ hud: readHud(mirror.game) }),
    onDone: () => {
      play.playback = null;
      if (mirror.hash() !== hostHash) {
        useGameStore.setState({ phase: 'failed', failure: { key: 'game.hashMismatch', params: { turn: turn + 1 } } });
        return;
      }
      const summary = summariseTurn(turn, hostEvents, summaryInputs(mirror.game, play.record?.commands ?? [], turn));
      play.turns.keepSummary(summary);
      writeWatchMark(sessionId, { turn, watched: true });
      useGameStore.setState({ phase: mirror.game.state.phase === 'over' ? 'over' : 'summary', summary, turn: mirror.game.state.turn, hud: readHud(mirror.game) });
    },
  });
  play.playback = playback;
  try {
    playback.start();
  } catch (error) {
    useGameStore.setState({ phase: 'failed', failure: { key: 'game.loadFailed', params: { message: String(error) } } });
  }
}

/** "Coba lagi" after a failed resolution: sends the same turn resolution again. */
export function retryResolve(): void {
  if (useGameStore.getState().failure?.retry === 'resolve') void resolveTurn();
}

/** The skip button: run the rest of the turn being played back (or replayed) in slices, then the summary. */
export function skipPlayback(): void {
  currentPlay()?.playback?.skip();
}

/**
 * After the summary: the Direktur Latihan's hand-off when the session has one and the game goes on
 * (directorFlow.ts; the watch mark stays until the director is done, so a reload comes back to the
 * summary), else the next turn's first hand-off (or the end).
 */
export function continueAfterSummary(): void {
  const { players, phase } = useGameStore.getState();
  const game = currentPlay()?.mirror.game;
  if (phase === 'summary' && game?.state.phase === 'planning' && players.some((player) => player.role === 'instructor')) {
    // The queue keeps what the director queued while pausing this turn's playback (directorFlow.ts).
    useGameStore.setState({ phase: 'directorHandoff', currentPlayerId: null, directorSending: false, directorPause: false, notice: null });
    return;
  }
  startNextPlanning();
}

/** The room is done with the turn (summary and director): the next turn's first hand-off, or the end. */
export function startNextPlanning(): void {
  const sessionId = useGameStore.getState().sessionId;
  if (sessionId) clearWatchMark(sessionId);
  handToNextPlayer();
}

/** Leaves the game for the menu; the session stays stored and can be resumed. */
export function leaveGame(): void {
  endPlay();
  useGameStore.setState({ ...initialGameState });
  navigateTo('menu');
}
