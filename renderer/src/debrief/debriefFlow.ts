import { registerVenue } from '../../../shared/venue/venues';
import type { SessionDetail } from '../../../shared/contract/sessions';
import { nextMarkerAfter, turnOfTick, type LogFilter, type MarkerKind } from '../../../shared/debrief/timeline';
import { base64ToBytes } from '../host/base64';
import { host } from '../host/hostClient';
import { readHud } from '../play/hudNumbers';
import { BASE_TICKS_PER_SECOND, MAX_FRAME_SECONDS } from '../play/playbackLoop';
import { describeError, navigateTo, reportError } from '../state/actions';
import { initialDebriefState, useDebriefStore, type DebriefState, type DebriefTab, type HeatMode } from './debriefStore';
import { beginDebrief, currentDebrief, DebriefSession, endDebrief } from './debriefSession';
import { ReplayClient, type ReplayFrame, type ReplayPort } from './replayClient';
import { startReplayWorker } from './startReplayWorker';
import { ReplayDisplay } from './replayDisplay';

/**
 * The debrief's actions: open a session's replay in the worker, jump and play, pick log entries, keep
 * notes, branch. The moment shown comes back from the worker as snapshot bytes; the store is told about
 * it at most ten times a second while playing and at once after a jump.
 */

/** Milliseconds between store updates while playing. */
const PLAYING_STORE_EVERY_MS = 100;

/** How the worker is started (tests hand in an in-process one). */
let startWorker: () => ReplayPort = startReplayWorker;

/** Replaces the worker factory (tests); returns the previous one. */
export function setReplayWorkerFactory(factory: () => ReplayPort): () => ReplayPort {
  const previous = startWorker;
  startWorker = factory;
  return previous;
}

/** Where a debrief opens: at the end (default) or at a tick (a bookmark). */
export interface OpenDebriefOptions {
  tick?: number;
}

/** Opens the debrief of a stored session (finished or not, imported too) and shows its last moment. */
export async function openDebrief(sessionId: string, options: OpenDebriefOptions = {}): Promise<void> {
  endDebrief();
  useDebriefStore.setState({ ...initialDebriefState, status: 'loading', sessionId, speed: 1 });
  navigateTo('debrief');
  let detail: SessionDetail;
  try {
    detail = await host.openSession(sessionId);
  } catch (error) {
    useDebriefStore.setState({ status: 'failed', failure: { key: 'debrief.loadFailed', params: { message: describeError(error).detail } } });
    return;
  }
  if (!detail.compatibility.replayable) {
    useDebriefStore.setState({ status: 'failed', failure: { key: 'game.notReplayable', params: { reason: detail.compatibility.reason ?? '' } } });
    return;
  }
  const lastTurn = detail.turns.length;
  const endTick = detail.turns.at(-1)?.endTick ?? 0;
  const [events, annotations] = await Promise.all([host.listEvents(sessionId, 0, endTick), host.listAnnotations(sessionId)]).catch((error: unknown) => {
    reportError(error);
    return [[], []] as const;
  });
  // A session on a user venue: the scene finds its kept copy by the setup's revision id.
  if (detail.venue !== undefined) registerVenue(detail.venue);
  const session = new DebriefSession(new ReplayClient(startWorker(), { frame: showFrame, metrics: takeMetrics, failed: replayFailed, integrity: (m) => useDebriefStore.setState({ mismatchedTurns: m.mismatchedTurns }) }));
  beginDebrief(session);
  session.injuryPoints = injuryPointsOf(events.map((event) => event.data));
  const snapshot = detail.lastSnapshot;
  const snapshotTurn = snapshot ? detail.turns.findIndex((turn) => turn.lastSeq === snapshot.afterSeq) + 1 : 0;
  try {
    const opened = await session.client.open({
      type: 'open',
      source: { setup: detail.setup, seed: detail.seed, commands: detail.commands, turns: detail.turns.map((turn, k) => ({ turn: k + 1, endTick: turn.endTick, stateHash: turn.stateHash })) },
      lastTurnSnapshot: snapshot && snapshotTurn === lastTurn ? base64ToBytes(snapshot.base64) : null,
      events: events.map((event) => event.data) as never,
      ...(detail.venue !== undefined ? { venue: detail.venue } : {}),
    });
    if (currentDebrief() !== session) return;
    useDebriefStore.setState({
      status: 'ready', sessionName: detail.summary.name, venueId: detail.summary.venueId, players: detail.players,
      branchOf: (detail.summary as { branchOf?: DebriefState['branchOf'] }).branchOf ?? null,
      ...opened, annotations: [...annotations], tick: options.tick ?? opened.totalTicks,
    });
    session.client.seek(options.tick ?? opened.totalTicks);
    void fetchTurnSnapshots(session, sessionId, lastTurn, snapshotTurn === lastTurn ? lastTurn : 0);
  } catch (error) {
    if (currentDebrief() === session) useDebriefStore.setState({ status: 'failed', failure: { key: 'debrief.loadFailed', params: { message: error instanceof Error ? error.message : String(error) } } });
  }
}

/** The (tick, x, y) of every injury event, packed for the heat map. */
function injuryPointsOf(events: readonly unknown[]): Float32Array {
  const points: number[] = [];
  for (const event of events) {
    const e = event as { type?: string; tick?: number; x?: number; y?: number };
    if (e.type === 'agent_injured' && typeof e.tick === 'number' && typeof e.x === 'number' && typeof e.y === 'number') points.push(e.tick, e.x, e.y);
  }
  return Float32Array.from(points);
}

/** Hands the worker every stored turn end, newest first, in the background. */
async function fetchTurnSnapshots(session: DebriefSession, sessionId: string, lastTurn: number, alreadyGiven: number): Promise<void> {
  for (let turn = lastTurn; turn >= 1; turn -= 1) {
    if (turn === alreadyGiven) continue;
    if (currentDebrief() !== session) return;
    try {
      const stored = await host.getTurnSnapshot(sessionId, turn);
      if (stored && currentDebrief() === session) session.client.giveTurnSnapshot(turn, base64ToBytes(stored.base64));
    } catch {
      return; // The worker simulates the turns it has no snapshot of.
    }
  }
}

let lastStoreUpdate = 0;

/** A moment arrived from the worker: show it in 3D; tell the store (throttled while playing). */
function showFrame(frame: ReplayFrame): void {
  const session = currentDebrief();
  if (!session) return;
  if (session.display) session.display.show(frame.bytes);
  else session.display = ReplayDisplay.fromSnapshot(frame.bytes);
  session.trail = frame.trail ?? null;
  const state = useDebriefStore.getState();
  const now = performance.now();
  // A frame for an older request (a newer jump is on its way) is drawn but never moves the timeline back.
  const stale = !state.playing && session.requestedTick !== null && frame.tick !== session.requestedTick;
  if (!stale && (!state.playing || now - lastStoreUpdate >= PLAYING_STORE_EVERY_MS || frame.tick >= state.totalTicks)) {
    lastStoreUpdate = now;
    useDebriefStore.setState({ tick: frame.tick, hud: hudOfMoment(session.display.game, state.turnEnds) });
  }
  const waiters = session.frameWaiters;
  session.frameWaiters = [];
  for (const resolve of waiters) resolve(frame.tick);
}

/**
 * The HUD of the moment shown, its turn counted as the timeline counts it: the turn being resolved, or
 * at a turn's end the turn that just ended (the game itself already counts the next one there).
 */
function hudOfMoment(game: Parameters<typeof readHud>[0], turnEnds: readonly number[]): ReturnType<typeof readHud> {
  const hud = readHud(game);
  return { ...hud, turn: turnOfTick(hud.tick, turnEnds) - 1 };
}

function takeMetrics(message: { values: Float32Array[]; done: boolean }): void {
  const session = currentDebrief();
  if (!session) return;
  session.metrics = message.values;
  useDebriefStore.setState((state) => ({ metricsVersion: state.metricsVersion + 1, metricsDone: message.done }));
}

function replayFailed(message: string): void {
  stopLoop();
  useDebriefStore.setState({ playing: false, status: 'failed', failure: { key: 'debrief.loadFailed', params: { message } } });
}

/** Shows the moment at `tick` (the scrub bar, a marker, a log entry). */
export function seekTo(tick: number): void {
  const session = currentDebrief();
  const { totalTicks } = useDebriefStore.getState();
  if (!session) return;
  const target = Math.max(0, Math.min(totalTicks, Math.round(tick)));
  session.requestedTick = target;
  useDebriefStore.setState({ tick: target });
  session.client.seek(target);
}

/** Resolves with the tick shown once the worker's next moment is on screen. */
export function nextFrameShown(): Promise<number> {
  const session = currentDebrief();
  if (!session) return Promise.resolve(-1);
  return new Promise((resolve) => session.frameWaiters.push(resolve));
}

/** Pauses and moves one tick back or forward. */
export function stepBy(ticks: number): void {
  pause();
  seekTo((currentDebrief()?.requestedTick ?? useDebriefStore.getState().tick) + ticks);
}

/** Starts playback from the moment shown (from the start when at the end). */
export function play(): void {
  const state = useDebriefStore.getState();
  if (state.playing || state.status !== 'ready') return;
  if (state.tick >= state.totalTicks) seekTo(0);
  useDebriefStore.setState({ playing: true });
  startLoop();
}

/** Pauses playback. */
export function pause(): void {
  stopLoop();
  useDebriefStore.setState({ playing: false });
  const display = currentDebrief()?.display;
  if (display) display.alpha = 1;
}

/** Sets the playback speed. */
export function setSpeed(speed: number): void {
  useDebriefStore.setState({ speed });
}

let carry = 0;
let lastTime = 0;

function startLoop(): void {
  const session = currentDebrief();
  if (!session || session.frameHandle) return;
  carry = 0;
  lastTime = performance.now();
  session.frameHandle = requestAnimationFrame(onFrame);
}

function stopLoop(): void {
  const session = currentDebrief();
  if (session?.frameHandle) cancelAnimationFrame(session.frameHandle);
  if (session) session.frameHandle = 0;
}

/** One animation frame of playback: ask the worker for the next moment once the last one arrived. */
function onFrame(now: number): void {
  const session = currentDebrief();
  if (!session) return;
  session.frameHandle = 0;
  const state = useDebriefStore.getState();
  if (!state.playing) return;
  const seconds = Math.min(MAX_FRAME_SECONDS, (now - lastTime) / 1000);
  lastTime = now;
  carry = Math.min(carry + seconds * BASE_TICKS_PER_SECOND * state.speed, Math.max(2, state.speed * 2));
  const shown = session.display?.game.state.tick ?? state.tick;
  if (!session.client.busy && carry >= 1) {
    const whole = Math.floor(carry);
    carry -= whole;
    let target = Math.min(state.totalTicks, shown + whole);
    const stop = state.autoPause.length ? nextMarkerAfter(state.markers, shown, state.autoPause) : null;
    if (stop && stop.tick <= target) {
      target = stop.tick;
      session.requestedTick = target;
      session.client.seek(target);
      pause();
      useDebriefStore.setState({ tick: target, selectedEntry: stop.entry });
      return;
    }
    session.requestedTick = target;
    session.client.seek(target);
    if (target >= state.totalTicks) {
      pause();
      return;
    }
  }
  if (session.display) session.display.alpha = Math.min(1, carry);
  session.frameHandle = requestAnimationFrame(onFrame);
}

/** Picks a log entry: shows its moment and frames its place in 3D. */
export function selectEntry(index: number): void {
  const entry = useDebriefStore.getState().entries[index];
  if (!entry) return;
  pause();
  useDebriefStore.setState({ selectedEntry: index, cameraCommand: entry.place ? { kind: 'focus', point: [entry.place.x, entry.place.y] } : null });
  seekTo(entry.fromTick);
}

/** Changes the log's filter. */
export function setFilter(patch: Partial<LogFilter>): void {
  useDebriefStore.setState((state) => ({ filter: { ...state.filter, ...patch } }));
}

/** Turns auto-pause at markers of `kind` on or off. */
export function toggleAutoPause(kind: MarkerKind): void {
  useDebriefStore.setState((state) => ({ autoPause: state.autoPause.includes(kind) ? state.autoPause.filter((k) => k !== kind) : [...state.autoPause, kind] }));
}

/** Small view settings: trails, heat map, side tab, the player whose orders are drawn. */
export function setView(patch: Partial<{ trails: boolean; heat: HeatMode; heatWindowSeconds: number; tab: DebriefTab; playerId: string | null }>): void {
  useDebriefStore.setState(patch);
}

/** Adds a note or bookmark at the moment shown (or `tick`). */
export async function addAnnotation(kind: 'note' | 'bookmark', text: string, author: string, tick = useDebriefStore.getState().tick): Promise<boolean> {
  const sessionId = useDebriefStore.getState().sessionId;
  if (!sessionId) return false;
  try {
    await host.addAnnotation(sessionId, { tick, kind, author, text });
    await reloadAnnotations();
    return true;
  } catch (error) {
    reportError(error);
    return false;
  }
}

/** Changes a note or bookmark. */
export async function updateAnnotation(id: number, patch: { tick?: number; kind?: 'note' | 'bookmark'; text?: string }): Promise<boolean> {
  const sessionId = useDebriefStore.getState().sessionId;
  if (!sessionId) return false;
  try {
    await host.updateAnnotation(sessionId, id, patch);
    await reloadAnnotations();
    return true;
  } catch (error) {
    reportError(error);
    return false;
  }
}

/** Deletes a note or bookmark. */
export async function deleteAnnotation(id: number): Promise<boolean> {
  const sessionId = useDebriefStore.getState().sessionId;
  if (!sessionId) return false;
  try {
    await host.deleteAnnotation(sessionId, id);
    await reloadAnnotations();
    return true;
  } catch (error) {
    reportError(error);
    return false;
  }
}

async function reloadAnnotations(): Promise<void> {
  const sessionId = useDebriefStore.getState().sessionId;
  if (sessionId) useDebriefStore.setState({ annotations: await host.listAnnotations(sessionId) });
}

/** Leaves the debrief for the archive. */
export function closeDebrief(): void {
  endDebrief();
  useDebriefStore.setState({ ...initialDebriefState });
  navigateTo('archive');
}
