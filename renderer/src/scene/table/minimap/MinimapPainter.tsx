import { useThree } from '@react-three/fiber';
import { useMemo, type RefObject } from 'react';
import { Plane, Raycaster, Vector2, Vector3 } from 'three';
import type { VenueFile } from '../../../../../shared/venue/schema';
import type { FrameHub } from '../frameHub';
import { useHubUpdater } from '../sceneDriver';
import { drawMinimap, minimapFrame, paintVenueBackground } from './minimapDraw';

/** Minimap width in CSS pixels. */
export const MINIMAP_WIDTH = 210;
/** Seconds and frames between minimap refreshes: a few per second is plenty and keeps it cheap. */
const INTERVAL = 0.25;
const MIN_FRAMES = 10;

const CORNERS = [-1, -1, 1, -1, 1, 1, -1, 1];

/**
 * Lives inside the Canvas and repaints the DOM minimap canvas (`target`) a few times a second from the
 * hub: venue background, agent dots and the camera's view footprint on the ground.
 */
export function MinimapPainter({ hub, venue, target }: { hub: FrameHub; venue: VenueFile; target: RefObject<HTMLCanvasElement | null> }) {
  const camera = useThree((s) => s.camera);
  const state = useMemo(() => {
    const m = minimapFrame(venue, MINIMAP_WIDTH);
    return { m, bg: paintVenueBackground(venue, m), last: -1, frames: 0, view: new Float32Array(8), ray: new Raycaster(), ndc: new Vector2(), hit: new Vector3(), ground: new Plane(new Vector3(0, 1, 0), 0) };
  }, [venue]);

  useHubUpdater(hub, (_hub, time) => {
    state.frames++;
    if (state.last >= 0 && (time - state.last < INTERVAL || state.frames < MIN_FRAMES)) return;
    state.last = time;
    state.frames = 0;
    const canvas = target.current;
    const g = canvas?.getContext('2d');
    if (!canvas || !g) return;
    if (canvas.width !== state.m.width || canvas.height !== state.m.height) {
      canvas.width = state.m.width;
      canvas.height = state.m.height;
    }
    let ok = true;
    for (let k = 0; k < 4; k++) {
      // Corners slightly inside the screen so a horizon-grazing ray still meets the ground.
      state.ndc.set(CORNERS[k * 2]! * 0.98, CORNERS[k * 2 + 1]! * 0.98);
      state.ray.setFromCamera(state.ndc, camera);
      if (!state.ray.ray.intersectPlane(state.ground, state.hit)) {
        ok = false;
        break;
      }
      state.view[k * 2] = state.hit.x + hub.site.cx;
      state.view[k * 2 + 1] = hub.site.cy - state.hit.z;
    }
    drawMinimap(g, state.bg, state.m, hub, ok ? state.view : null);
  });
  return null;
}
