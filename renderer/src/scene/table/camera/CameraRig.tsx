import { OrbitControls } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { MOUSE, Vector3 } from 'three';
import type { FrameHub } from '../frameHub';
import type { CameraCommand } from '../sceneContract';
import { useHubUpdater } from '../sceneDriver';

/** Props of {@link CameraRig}. */
export interface CameraRigProps {
  hub: FrameHub;
  command: CameraCommand | null;
}

/** The part of the orbit controls the rig drives. */
export interface RigControls {
  target: Vector3;
  enabled: boolean;
  update(): void;
}

/** Where the camera starts: from above the street side (south), looking north over the site. */
export function homePose(extent: number): { position: [number, number, number]; target: [number, number, number] } {
  return { position: [extent * 0.2, extent * 1.45, extent * 1.5], target: [0, 0, extent * 0.12] };
}

/**
 * Orbit, pan and zoom like a map (left drag pans, right drag orbits, wheel zooms), limited so the table
 * never flips. Camera commands (top-down map view, perspective, focus on a point, reset) glide the
 * camera to a new pose over about half a second inside the scene's frame loop.
 */
export function CameraRig({ hub, command }: CameraRigProps) {
  const extent = hub.site.extent;
  const controls = useThree((s) => s.controls) as unknown as RigControls | null;
  const camera = useThree((s) => s.camera);
  const anim = useMemo(() => ({ active: false, position: new Vector3(), target: new Vector3(), offset: new Vector3() }), []);

  // The initial target is set once (a `target` prop would snap back on every re-render).
  useEffect(() => {
    if (!controls) return;
    controls.target.set(...homePose(extent).target);
    controls.update();
  }, [controls, extent]);

  useEffect(() => {
    if (!command || !controls) return;
    const home = homePose(extent);
    if (command.kind === 'topDown') {
      anim.target.set(controls.target.x, 0, controls.target.z);
      anim.position.set(anim.target.x, extent * 2.4, anim.target.z + 0.01);
    } else if (command.kind === 'focus') {
      anim.target.set(command.point[0] - hub.site.cx, 0, hub.site.cy - command.point[1]);
      anim.offset.copy(camera.position).sub(controls.target).setLength(Math.min(60, camera.position.distanceTo(controls.target)));
      anim.position.copy(anim.target).add(anim.offset);
    } else {
      anim.target.set(...home.target);
      anim.position.set(...home.position);
    }
    anim.active = true;
  }, [command, controls, camera, extent, hub, anim]);

  useHubUpdater(hub, (_hub, _time, delta) => {
    if (!anim.active || !controls) return;
    const k = 1 - Math.exp(-delta * 7);
    camera.position.lerp(anim.position, k);
    controls.target.lerp(anim.target, k);
    controls.update();
    if (camera.position.distanceToSquared(anim.position) < 0.01 && controls.target.distanceToSquared(anim.target) < 0.01) anim.active = false;
  });

  return (
    <OrbitControls
      makeDefault
      enableDamping
      dampingFactor={0.12}
      screenSpacePanning={false}
      minDistance={8}
      maxDistance={extent * 4}
      maxPolarAngle={Math.PI * 0.46}
      mouseButtons={{ LEFT: MOUSE.PAN, MIDDLE: MOUSE.DOLLY, RIGHT: MOUSE.ROTATE }}
    />
  );
}
