/**
 * Render counters for tests and diagnostics: draw calls and triangles of the last frame and the number
 * of frames drawn since the 3D view mounted. Only counters, never game state; the canvas mutates this
 * one object inside `useFrame`, so nothing re-renders React.
 */
export interface RenderStats {
  calls: number;
  triangles: number;
  frames: number;
  /** Rolling median of the game scene's own per-frame CPU work in ms (absent outside the game scene). */
  cpuMsMedian?: number;
}

declare global {
  interface Window {
    /** Read by end-to-end tests to know the canvas really drew. */
    __sispamkotaRenderStats?: Readonly<RenderStats>;
  }
}

/** The one mutable stats object (published on `window` by {@link publishRenderStats}). */
export const renderStats: RenderStats = { calls: 0, triangles: 0, frames: 0 };

/** Zeroes the counters (a canvas mounted or went away). */
export function resetRenderStats(): void {
  renderStats.calls = 0;
  renderStats.triangles = 0;
  renderStats.frames = 0;
}

/** Resets the counters for a freshly mounted canvas and exposes them as `window.__sispamkotaRenderStats`. */
export function publishRenderStats(): void {
  resetRenderStats();
  window.__sispamkotaRenderStats = renderStats;
}
