import { useFrame } from '@react-three/fiber';
import { useEffect } from 'react';
import { publishRenderStats, renderStats, resetRenderStats } from './renderStats';

/**
 * Copies `gl.info.render` into {@link renderStats} every frame. Runs before the frame renders, so it
 * reports the previous frame's counts (three resets them at the start of each render). The counters
 * are zeroed when the canvas goes away, so `frames` always counts the frames of the view shown now.
 */
export function RenderStatsProbe() {
  useEffect(() => {
    publishRenderStats();
    return resetRenderStats;
  }, []);
  useFrame(({ gl }) => {
    renderStats.calls = gl.info.render.calls;
    renderStats.triangles = gl.info.render.triangles;
    renderStats.frames += 1;
  });
  return null;
}
