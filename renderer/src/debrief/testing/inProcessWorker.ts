import type { FromReplayWorker, ToReplayWorker } from '../replayProtocol';
import type { ReplayPort } from '../replayClient';
import { ReplayWorkerCore } from '../replayWorkerCore';

/**
 * The replay worker run in the same thread, for tests and the benchmark (Node has no Web Worker of the
 * page's kind): messages are delivered synchronously, idle warming is queued until `runIdle` runs it.
 */
export interface InProcessWorker {
  port: ReplayPort;
  /** Runs up to `slices` queued idle slices; returns how many ran. */
  runIdle(slices?: number): number;
  /** Idle slices waiting. */
  idleLeft(): number;
  /** Every message the worker received, in order. */
  received: ToReplayWorker[];
}

/** Starts an in-process replay worker. */
export function inProcessWorker(): InProcessWorker {
  const idle: (() => void)[] = [];
  const received: ToReplayWorker[] = [];
  let toPage: ((event: { data: FromReplayWorker }) => void) | null = null;
  const core = new ReplayWorkerCore((message) => toPage?.({ data: message }), (work) => idle.push(work));
  const port: ReplayPort = {
    postMessage: (message: ToReplayWorker) => {
      received.push(message);
      core.handle(message);
    },
    get onmessage() {
      return toPage;
    },
    set onmessage(listener) {
      toPage = listener;
    },
    terminate: () => {
      idle.length = 0;
    },
  };
  return {
    port,
    received,
    runIdle(slices = Infinity) {
      let ran = 0;
      while (ran < slices && idle.length > 0) {
        idle.shift()!();
        ran += 1;
      }
      return ran;
    },
    idleLeft: () => idle.length,
  };
}
