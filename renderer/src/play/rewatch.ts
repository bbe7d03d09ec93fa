import { host } from '../host/hostClient';
import { reportError } from '../state/actions';
import { AgentFrames } from './agentFrames';
import { hashGame, type Game } from './engineFacade';
import { useGameStore } from './gameStore';
import { readHud } from './hudNumbers';
import { PlaybackLoop } from './playbackLoop';
import { currentPlay, type PlaySession } from './playSession';
import { gameBeforeTurn, summaryInputs, summaryOfTurn } from './turnReplay';
import { summariseTurn } from './turnSummary';
import { clearWatchMark, readWatchMark, writeWatchMark } from './watchMarks';

/**
 * Watching resolved turns again during play: "Putar ulang menit ini" replays a turn's resolution on a
 * copy of the game with the normal playback controls (the mirror never changes), every turn's summary
 * can be reopened from the summary or the hand-off screen, and a session entered again after a reload
 * or a crash during a turn's playback shows that playback and its summary before the next planning.
 */

const state = () => useGameStore.getState();

/** The phase the summary shows in: `over` once the game ended, else `summary`. */
function summaryPhase(play: PlaySession): 'summary' | 'over' {
  return play.mirror.game.state.phase === 'over' ? 'over' : 'summary';
}

/**
 * Shows engine turn `turn`'s summary: kept, or made from the events the host stored. `from` says where
 * it was opened (the hand-off screen offers a way back there); without it, it stays as it was.
 */
export async function openSummary(turn: number, from?: 'turnEnd' | 'handoff'): Promise<void> {
  const play = currentPlay();
  const sessionId = state().sessionId;
  if (!play?.record || !sessionId) return;
  useGameStore.setState({ phase: summaryPhase(play), summaryLoading: turn, resolvedTurns: play.record.turns.length, notice: null, ...(from ? { summaryFrom: from } : {}) });
  try {
    const summary = await summaryOfTurn(host, sessionId, play.record, play.turns, turn, play.mirror.game);
    if (currentPlay() !== play || state().summaryLoading !== turn) return;
    useGameStore.setState({ summary, summaryLoading: null });
  } catch (error) {
    if (currentPlay() !== play || state().summaryLoading !== turn) return;
    reportError(error);
    useGameStore.setState({ summaryLoading: null, notice: { key: 'rewatch.summaryFailed', params: { turn: turn + 1 } } });
  }
}

/** From the hand-off screen: the summaries of the turns played so far, the last one first. */
export function showSummaries(): void {
  const last = currentPlay()?.record?.lastTurn;
  if (last && state().phase === 'handoff') void openSummary(last.turn, 'handoff');
}

/** Back from the summaries to the hand-off screen, with the player and their plan as they were. */
export function backToHandoff(): void {
  if (state().phase === 'summary' && state().summaryFrom === 'handoff') useGameStore.setState({ phase: 'handoff', summaryFrom: 'turnEnd', notice: null });
}

/** "Putar ulang menit ini": plays engine turn `turn`'s resolution again on a copy; the summary returns after. */
export async function replayTurn(turn: number): Promise<void> {
  const play = currentPlay();
  const sessionId = state().sessionId;
  const phase = state().phase;
  if (!play?.record || !sessionId || (phase !== 'summary' && phase !== 'over')) return;
  useGameStore.setState({ phase: 'replay', replayTurn: turn, paused: false, notice: null });
  let game: Game;
  try {
    game = await gameBeforeTurn(host, sessionId, play.record, play.turns, turn, play.mirror.game);
  } catch (error) {
    if (currentPlay() !== play || state().replayTurn !== turn) return;
    reportError(error);
    useGameStore.setState({ phase: summaryPhase(play), replayTurn: null, notice: { key: 'rewatch.replayFailed', params: { turn: turn + 1 } } });
    return;
  }
  if (currentPlay() !== play || state().phase !== 'replay' || state().replayTurn !== turn) return;
  watchOnCopy(play, game, turn, () => undefined);
}

/** Ends a replay before its end: the summary shows again, the map shows the game as it stands. */
export function stopReplay(): void {
  const play = currentPlay();
  if (!play || state().phase !== 'replay') return;
  play.playback?.dispose();
  play.playback = null;
  play.display = null;
  useGameStore.setState({ phase: summaryPhase(play), replayTurn: null, hud: readHud(play.mirror.game) });
}

/**
 * Plays `turn` from `game` (a copy just before its resolution) as the map's display, then shows its
 * summary and the mirror again. A copy that ends elsewhere than the recorded hash is said so.
 */
function watchOnCopy(play: PlaySession, game: Game, turn: number, afterwards: () => void): void {
  const frames = new AgentFrames(game);
  play.display = { game, frames };
  useGameStore.setState({ hud: readHud(game) });
  const playback = new PlaybackLoop(game, frames, {
    speed: () => state().speed,
    paused: () => state().paused,
    onProgress: () => useGameStore.setState({ hud: readHud(game) }),
    onDone: (events) => {
      play.playback = null;
      play.display = null;
      const recorded = play.record?.turn(turn)?.stateHash;
      const summary = summariseTurn(turn, events, summaryInputs(play.mirror.game, play.record?.commands ?? [], turn));
      play.turns.keepSummary(summary);
      useGameStore.setState({
        phase: summaryPhase(play), replayTurn: null, summary, summaryLoading: null, turn: play.mirror.game.state.turn, hud: readHud(play.mirror.game),
        notice: recorded && hashGame(game) !== recorded ? { key: 'rewatch.differs', params: { turn: turn + 1 } } : null,
      });
      afterwards();
    },
  });
  play.playback = playback;
  playback.start();
}

/**
 * On entering a session: when the room left its last resolved turn unfinished (the playback cut off by
 * a reload or a crash, or its summary still open) and nothing was played since, shows that turn's
 * playback on a copy and then its summary, or the summary at once when the playback had ended. Returns
 * whether it took over; otherwise the flow goes on to the next planning and a stale mark is dropped.
 */
export function resumeWatching(play: PlaySession, sessionId: string): boolean {
  const last = play.record?.lastTurn ?? null;
  const mark = readWatchMark(sessionId);
  if (!mark) return false;
  if (!play.record || !last || mark.turn !== last.turn || play.record.movedOnSinceLastTurn) {
    clearWatchMark(sessionId);
    return false;
  }
  useGameStore.setState({ resolvedTurns: play.record.turns.length, summaryFrom: 'turnEnd' });
  if (mark.watched) {
    void openSummary(last.turn, 'turnEnd');
    return true;
  }
  void playUnwatched(play, sessionId, last.turn);
  return true;
}

async function playUnwatched(play: PlaySession, sessionId: string, turn: number): Promise<void> {
  useGameStore.setState({ phase: 'playback', turn, paused: false, summary: null });
  let game: Game;
  try {
    game = await gameBeforeTurn(host, sessionId, play.record!, play.turns, turn, play.mirror.game);
  } catch (error) {
    if (currentPlay() !== play) return;
    reportError(error);
    // The playback cannot be rebuilt; the summary from the stored events still shows what happened.
    void openSummary(turn, 'turnEnd');
    return;
  }
  if (currentPlay() !== play || state().phase !== 'playback') return;
  watchOnCopy(play, game, turn, () => writeWatchMark(sessionId, { turn, watched: true }));
}
