/// <reference lib="webworker" />
import { ReplayWorkerCore } from './replayWorkerCore';
import type { ToReplayWorker } from './replayProtocol';

/**
 * The debrief's replay worker: a thin shell over ReplayWorkerCore (messages in, frames and metrics
 * out). Idle warming is scheduled with setTimeout so a seek that arrives is handled before the next slice.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const core = new ReplayWorkerCore(
  (message, transfer) => scope.postMessage(message, transfer ?? []),
  (work) => setTimeout(work, 0),
);
scope.onmessage = (event: MessageEvent<ToReplayWorker>) => core.handle(event.data);
