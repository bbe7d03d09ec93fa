import { useFrame } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { renderStats } from '../renderStats';
import { sampleAgents, type FrameHub } from './frameHub';

/**
 * The game scene's one per-frame entry point. Layers register an updater with {@link useHubUpdater};
 * {@link SceneDriver} samples the agents once, runs every updater in registration order, and times the
 * whole thing with `performance.now()` into a rolling median (`renderStats.cpuMsMedian`). Nothing here
 * sets React state.
 */

/** A layer's per-frame work: reads the hub, mutates its own three.js objects. */
export type HubUpdater = (hub: FrameHub, time: number, delta: number) => void;

const registries = new WeakMap<FrameHub, Set<{ current: HubUpdater }>>();

function registryOf(hub: FrameHub): Set<{ current: HubUpdater }> {
  let set = registries.get(hub);
  if (!set) {
    set = new Set();
    registries.set(hub, set);
  }
  return set;
}

/** Registers `update` to run every frame after the agents are sampled (latest closure always used). */
export function useHubUpdater(hub: FrameHub, update: HubUpdater): void {
  const ref = useRef(update);
  ref.current = update;
  useEffect(() => {
    const set = registryOf(hub);
    set.add(ref);
    return () => {
      set.delete(ref);
    };
  }, [hub]);
}

const WINDOW = 120;
/** First frames left out of the median (JIT warm-up, first uploads). */
const WARM_UP = 3;

/** Samples after which the median is recomputed only every ten frames (before: every frame). */
const EARLY = 10;

/**
 * Rolling window of per-frame CPU times and its median: recomputed every frame until the window holds
 * {@link EARLY} samples (so a slow software renderer has a median after a handful of frames), then
 * every ten frames.
 */
export class CpuMeter {
  private readonly samples = new Float32Array(WINDOW);
  private readonly sorted = new Float32Array(WINDOW);
  private filled = 0;
  private next = 0;
  private seen = 0;
  /** Median of the window, milliseconds. */
  median = 0;

  /** Adds one frame's milliseconds. */
  add(ms: number): void {
    if (this.seen++ < WARM_UP) return;
    this.samples[this.next] = ms;
    this.next = (this.next + 1) % WINDOW;
    if (this.filled < WINDOW) this.filled++;
    if (this.filled <= EARLY || this.next % 10 === 0) {
      const view = this.sorted.subarray(0, this.filled);
      view.set(this.samples.subarray(0, this.filled));
      view.sort();
      const mid = this.filled >> 1;
      this.median = this.filled % 2 ? view[mid]! : (view[mid - 1]! + view[mid]!) / 2;
    }
  }
}

/** Runs the hub's updaters each frame and publishes our CPU time per frame. */
export function SceneDriver({ hub }: { hub: FrameHub }) {
  const meter = useRef(new CpuMeter());
  useFrame((state, delta) => {
    const start = performance.now();
    sampleAgents(hub);
    const time = state.clock.elapsedTime;
    for (const ref of registryOf(hub)) ref.current(hub, time, delta);
    hub.moved = false;
    hub.changed = false;
    meter.current.add(performance.now() - start);
    renderStats.cpuMsMedian = meter.current.median;
  });
  return null;
}
