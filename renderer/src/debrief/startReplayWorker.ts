import type { ReplayPort } from './replayClient';

/** Starts the debrief's replay worker (a module worker bundled by Vite). */
export function startReplayWorker(): ReplayPort {
  return new Worker(new URL('./replayWorker.ts', import.meta.url), { type: 'module', name: 'sispamkota-replay' }) as unknown as ReplayPort;
}
