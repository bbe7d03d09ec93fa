import { registerVenue } from '../../../shared/venue/venues';
import { SessionReplay } from '../../../shared/debrief/sessionReplay';
import { buildEventLog, markersOf } from '../../../shared/debrief/timeline';
import { TRAIL_SECONDS } from '../../../shared/debrief/tracks';
import { snapshotGame } from '../../../shared/engine/persist';
import type { FromReplayWorker, ToReplayWorker } from './replayProtocol';

/**
 * The replay worker's logic without the Worker global, so tests and the benchmark run it in Node:
 * messages in, messages out. Seeks are answered first; between messages it warms the replay (runs the
 * ticks not visited yet, a slice at a time) and sends the chart metrics as they fill.
 */

/** Ticks run per idle slice (about 10-20 ms at 2,800 people). */
const WARM_SLICE_TICKS = 12;
/** Idle slices between two metric updates sent to the page. */
const METRICS_EVERY_SLICES = 20;

/** Sends a message to the page; `transfer` lists buffers handed over instead of copied. */
export type PostToPage = (message: FromReplayWorker, transfer?: ArrayBuffer[]) => void;

/** Schedules idle work (setTimeout(0) in the worker; a queue in tests). */
export type ScheduleIdle = (work: () => void) => void;

/** One replay worker's state. */
export class ReplayWorkerCore {
  private replay: SessionReplay | null = null;
  private idleScheduled = false;
  private slices = 0;
  private metricsSentDone = false;

  /** @param post sends to the page; @param schedule runs idle work later */
  constructor(
    private readonly post: PostToPage,
    private readonly schedule: ScheduleIdle,
  ) {}

  /** Handles one message from the page. */
  handle(message: ToReplayWorker): void {
    try {
      this.dispatch(message);
    } catch (error) {
      this.post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }

  private dispatch(message: ToReplayWorker): void {
    switch (message.type) {
      case 'open': {
        if (message.venue !== undefined) registerVenue(message.venue);
        const made = SessionReplay.create(message.source, { lastTurnSnapshot: message.lastTurnSnapshot });
        if (!made.ok) {
          this.post({ type: 'failed', message: made.message });
          return;
        }
        const replay = made.replay;
        this.replay = replay;
        const entries = buildEventLog(message.events, replay.log);
        this.post({
          type: 'opened', totalTicks: replay.totalTicks, ticksPerTurn: replay.ticksPerTurn, tickSeconds: replay.tickSeconds, turnEnds: [...replay.turnEnds],
          entries, markers: markersOf(entries), orders: replay.log.orders,
        });
        this.scheduleIdle();
        return;
      }
      case 'turnSnapshot': {
        const replay = this.requireReplay();
        if (!replay.addTurnSnapshot(message.turn, message.bytes)) this.post({ type: 'integrity', refusedTurn: message.turn, mismatchedTurns: [...replay.mismatchedTurns] });
        return;
      }
      case 'seek': {
        const replay = this.requireReplay();
        const game = replay.seek(message.tick);
        const bytes = snapshotGame(game);
        const trail = replay.tracks.trail(game.state.tick, Math.round(TRAIL_SECONDS / replay.tickSeconds));
        this.post({ type: 'frame', id: message.id, tick: game.state.tick, bytes, trail }, [bytes.buffer as ArrayBuffer, trail.x.buffer as ArrayBuffer, trail.y.buffer as ArrayBuffer]);
        this.scheduleIdle();
        return;
      }
      case 'metrics':
        this.sendMetrics();
        return;
    }
  }

  private requireReplay(): SessionReplay {
    if (!this.replay) throw new Error('the replay is not open');
    return this.replay;
  }

  private scheduleIdle(): void {
    if (this.idleScheduled || !this.replay || this.metricsSentDone) return;
    this.idleScheduled = true;
    this.schedule(() => {
      this.idleScheduled = false;
      this.idle();
    });
  }

  /** One slice of warming; the schedule lets seeks that arrived meanwhile go first. */
  private idle(): void {
    const replay = this.replay;
    if (!replay) return;
    const mismatches = replay.mismatchedTurns.length;
    const more = replay.warm(WARM_SLICE_TICKS);
    if (replay.mismatchedTurns.length > mismatches) this.post({ type: 'integrity', refusedTurn: null, mismatchedTurns: [...replay.mismatchedTurns] });
    this.slices += 1;
    if (!more || this.slices % METRICS_EVERY_SLICES === 0) this.sendMetrics();
    if (more) this.scheduleIdle();
  }

  private sendMetrics(): void {
    const replay = this.replay;
    if (!replay) return;
    const values = replay.metrics.values.map((series) => series.slice());
    const known = replay.metrics.knownCount();
    const done = known === replay.totalTicks + 1;
    if (done) this.metricsSentDone = true;
    this.post({ type: 'metrics', values, known, done }, values.map((series) => series.buffer as ArrayBuffer));
  }
}
