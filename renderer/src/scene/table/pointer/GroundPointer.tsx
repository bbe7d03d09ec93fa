import { useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { Plane, Raycaster, Vector2, Vector3 } from 'three';
import type { RigControls } from '../camera/CameraRig';
import type { FrameHub } from '../frameHub';
import type { GameSceneProps } from '../sceneContract';
import { pickAt, pickUnitAt } from './picking';

/** Props of {@link GroundPointer}. */
export interface GroundPointerProps {
  hub: FrameHub;
  onSelectUnit: GameSceneProps['onSelectUnit'];
  onGroundPointer: GameSceneProps['onGroundPointer'];
  onPick?: GameSceneProps['onPick'];
  onHover?: GameSceneProps['onHover'];
}

/** Pointer travel (CSS pixels) under which a press-release is a click, not a drag. */
const CLICK_SLOP = 5;

/**
 * Turns pointer input on the canvas into game input, with the ground plane intersected analytically
 * (no scene raycast): a primary click selects the nearest selectable unit, or clears the selection and
 * reports the ground point; a secondary click reports the ground point; Shift + drag (either button)
 * reports a ground drag `point -> dragTo` and holds the camera still meanwhile. Plain drags move the
 * camera (orbit controls). Every click also reports what lay under the pointer (`pickAt`), and moving
 * the pointer onto another unit or group (or off them) reports a hover: once per change, not per move.
 */
export function GroundPointer({ hub, onSelectUnit, onGroundPointer, onPick, onHover }: GroundPointerProps) {
  const gl = useThree((s) => s.gl);
  const camera = useThree((s) => s.camera);
  const controls = useThree((s) => s.controls) as unknown as RigControls | null;
  const handlers = useRef({ onSelectUnit, onGroundPointer, onPick, onHover });
  handlers.current = { onSelectUnit, onGroundPointer, onPick, onHover };

  useEffect(() => {
    const el = gl.domElement;
    const ray = new Raycaster();
    const ndc = new Vector2();
    const hit = new Vector3();
    const ground = new Plane(new Vector3(0, 1, 0), 0);
    let down: { id: number; button: 'primary' | 'secondary'; shift: boolean; sx: number; sy: number; point: [number, number] | null } | null = null;

    const groundAt = (e: PointerEvent): [number, number] | null => {
      const r = el.getBoundingClientRect();
      ndc.set(((e.clientX - r.left) / r.width) * 2 - 1, -((e.clientY - r.top) / r.height) * 2 + 1);
      ray.setFromCamera(ndc, camera);
      if (!ray.ray.intersectPlane(ground, hit)) return null;
      return [hit.x + hub.site.cx, hub.site.cy - hit.z];
    };
    const onDown = (e: PointerEvent): void => {
      if (e.button !== 0 && e.button !== 2) return;
      down = { id: e.pointerId, button: e.button === 0 ? 'primary' : 'secondary', shift: e.shiftKey, sx: e.clientX, sy: e.clientY, point: groundAt(e) };
      // Runs in the capture phase, before the controls see the press: a Shift drag draws, not pans.
      if (e.shiftKey && controls) controls.enabled = false;
    };
    const onUp = (e: PointerEvent): void => {
      if (!down || e.pointerId !== down.id) return;
      const start = down;
      down = null;
      if (controls) controls.enabled = true;
      const end = groundAt(e);
      if (!start.point || !end) return;
      const moved = Math.hypot(e.clientX - start.sx, e.clientY - start.sy) > CLICK_SLOP;
      const { onSelectUnit: select, onGroundPointer: ground, onPick: picked } = handlers.current;
      if (moved) {
        if (start.shift) ground({ point: start.point, dragTo: end, button: start.button, shift: true, pick: pickAt(hub, start.point[0], start.point[1]) });
        return;
      }
      const pick = pickAt(hub, end[0], end[1]);
      picked?.(pick, { button: start.button, shift: start.shift });
      if (start.button === 'primary') {
        const u = pickUnitAt(hub, end[0], end[1]);
        const id = u >= 0 ? hub.table.ids[u] : '';
        if (id) {
          select(id);
          return;
        }
        select(null);
      }
      ground({ point: end, button: start.button, shift: start.shift, pick });
    };
    let hovered = '';
    const onMove = (e: PointerEvent): void => {
      const hover = handlers.current.onHover;
      if (!hover || down || e.buttons) return;
      const at = groundAt(e);
      const pick = at ? pickAt(hub, at[0], at[1]) : null;
      const id = pick?.unitId ?? '';
      if (id === hovered) return;
      hovered = id;
      const r = el.getBoundingClientRect();
      hover(pick ? { pick, screen: [e.clientX - r.left, e.clientY - r.top] } : null);
    };
    const onLeave = (): void => {
      if (hovered) handlers.current.onHover?.(null);
      hovered = '';
    };
    const onMenu = (e: Event): void => e.preventDefault();
    el.addEventListener('pointerdown', onDown, { capture: true });
    window.addEventListener('pointerup', onUp);
    el.addEventListener('contextmenu', onMenu);
    el.addEventListener('pointermove', onMove);
    el.addEventListener('pointerleave', onLeave);
    return () => {
      el.removeEventListener('pointermove', onMove);
      el.removeEventListener('pointerleave', onLeave);
      el.removeEventListener('pointerdown', onDown, { capture: true });
      window.removeEventListener('pointerup', onUp);
      el.removeEventListener('contextmenu', onMenu);
    };
  }, [gl, camera, controls, hub]);

  return null;
}
