import { vi } from 'vitest';

/**
 * Animation frames for the renderer's flow tests, which run in Node: `requestAnimationFrame` queues
 * the callback, and `runFrames` runs the queue (and what each frame queues next) until it is empty,
 * so a playback that was skipped reaches its end without waiting for real frames. Local storage is a
 * map that lives for one test (the watch marks of rewatch.ts are kept there).
 */

let queue: ((now: number) => void)[] = [];

/** Replaces the page's animation frames and local storage with the test's own; undone by `vi.unstubAllGlobals`. */
export function stubPage(): void {
  queue = [];
  vi.stubGlobal('requestAnimationFrame', (callback: (now: number) => void) => queue.push(callback));
  vi.stubGlobal('cancelAnimationFrame', () => undefined);
  const items = new Map<string, string>();
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, String(value)),
    removeItem: (key: string) => void items.delete(key),
    clear: () => items.clear(),
    key: (index: number) => [...items.keys()][index] ?? null,
    get length() {
      return items.size;
    },
  } satisfies Storage);
}

/** Runs queued frames (and the frames they queue) until none is left or `limit` ran; returns how many ran. */
export function runFrames(limit = 10_000): number {
  let ran = 0;
  while (queue.length > 0 && ran < limit) {
    const callback = queue.shift()!;
    callback(performance.now());
    ran += 1;
  }
  return ran;
}
