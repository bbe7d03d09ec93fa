import type { Trail } from '../../../shared/debrief/tracks';
import type { FromReplayWorker, OpenedReplay, ToReplayWorker } from './replayProtocol';

/**
 * The page's side of the replay worker: opens a replay, asks for moments and hands each answer to a
 * listener. Seeks are latest-wins with one in flight at a time: while the worker works on one, only the
 * newest request waits, so dragging the scrub bar or playing at 16× never queues up stale frames.
 */

/** What carries messages to a worker (a real `Worker`, or an in-process channel in tests and benchmarks). */
export interface ReplayPort {
  postMessage(message: ToReplayWorker, transfer?: ArrayBuffer[]): void;
  onmessage: ((event: { data: FromReplayWorker }) => void) | null;
  terminate(): void;
}

/** A moment the worker sent. */
export interface ReplayFrame {
  tick: number;
  bytes: Uint8Array;
  /** Every unit's and group's trail up to `tick` (absent from older workers and test fakes). */
  trail?: Trail;
}

/** Listeners of a {@link ReplayClient}. */
export interface ReplayListeners {
  frame(frame: ReplayFrame): void;
  metrics(message: Extract<FromReplayWorker, { type: 'metrics' }>): void;
  failed(message: string): void;
  integrity?(message: Extract<FromReplayWorker, { type: 'integrity' }>): void;
}

/** Drives one replay worker. */
export class ReplayClient {
  private nextId = 1;
  private inFlight: number | null = null;
  private pending: number | null = null;
  private opened: ((value: OpenedReplay) => void) | null = null;
  private openFailed: ((error: Error) => void) | null = null;

  /** @param port the worker; @param listeners where answers go */
  constructor(
    private readonly port: ReplayPort,
    private readonly listeners: ReplayListeners,
  ) {
    port.onmessage = (event) => this.receive(event.data);
  }

  /** Opens the replay in the worker; resolves with its timeline facts. */
  open(message: Extract<ToReplayWorker, { type: 'open' }>): Promise<OpenedReplay> {
    return new Promise((resolve, reject) => {
      this.opened = resolve;
      this.openFailed = reject;
      const transfer = message.lastTurnSnapshot ? [message.lastTurnSnapshot.buffer as ArrayBuffer] : [];
      this.port.postMessage(message, transfer);
    });
  }

  /** Hands the worker a stored turn-end snapshot. */
  giveTurnSnapshot(turn: number, bytes: Uint8Array): void {
    this.port.postMessage({ type: 'turnSnapshot', turn, bytes }, [bytes.buffer as ArrayBuffer]);
  }

  /** Asks for the moment at `tick`; an older request still waiting is dropped. */
  seek(tick: number): void {
    if (this.inFlight !== null) {
      this.pending = tick;
      return;
    }
    this.send(tick);
  }

  /** True while a seek is being answered (playback waits for it before asking for the next moment). */
  get busy(): boolean {
    return this.inFlight !== null;
  }

  /** Asks for the chart metrics now. */
  requestMetrics(): void {
    this.port.postMessage({ type: 'metrics' });
  }

  /** Stops the worker. */
  dispose(): void {
    this.port.onmessage = null;
    this.port.terminate();
  }

  private send(tick: number): void {
    const id = this.nextId++;
    this.inFlight = id;
    this.port.postMessage({ type: 'seek', id, tick });
  }

  private receive(message: FromReplayWorker): void {
    switch (message.type) {
      case 'opened': {
        const { type: _type, ...opened } = message;
        this.opened?.(opened);
        this.opened = null;
        return;
      }
      case 'failed':
        if (this.openFailed) {
          this.openFailed(new Error(message.message));
          this.openFailed = null;
          this.opened = null;
        }
        this.inFlight = null;
        this.listeners.failed(message.message);
        return;
      case 'frame': {
        this.inFlight = null;
        this.listeners.frame({ tick: message.tick, bytes: message.bytes, trail: message.trail });
        if (this.pending !== null) {
          const tick = this.pending;
          this.pending = null;
          this.send(tick);
        }
        return;
      }
      case 'metrics':
        this.listeners.metrics(message);
        return;
      case 'integrity':
        this.listeners.integrity?.(message);
        return;
    }
  }
}
