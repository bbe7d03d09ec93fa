import { useEffect, useMemo } from 'react';
import { DynamicDrawUsage, InstancedBufferAttribute, InstancedMesh, MeshBasicMaterial, MeshLambertMaterial } from 'three';
import type { FrameHub } from '../frameHub';
import { useHubUpdater } from '../sceneDriver';
import { STATUS_COLORS } from './appearance';
import { createMarkerGeometry, createPersonGeometry, createPersonMaterial, createShieldGeometry } from './personGeometry';
import { createPeopleBuffers, writePeopleColors, writePeopleMatrices } from './peopleWriter';

/** Props of {@link PeopleLayer}. */
export interface PeopleLayerProps {
  hub: FrameHub;
  /** Agents the meshes must hold (the source's count). */
  capacity: number;
  shadows: boolean;
}

function instanced(mesh: InstancedMesh, matrixArray: Float32Array, colorArray: Float32Array | null): InstancedMesh {
  // The writer's typed arrays ARE the GPU attributes: no copy between them.
  mesh.instanceMatrix = new InstancedBufferAttribute(matrixArray, 16).setUsage(DynamicDrawUsage) as InstancedBufferAttribute;
  if (colorArray) mesh.instanceColor = new InstancedBufferAttribute(colorArray, 3).setUsage(DynamicDrawUsage) as InstancedBufferAttribute;
  // Instances move every frame: the mesh-level bounding sphere would be stale, so never cull.
  mesh.frustumCulled = false;
  mesh.count = 0;
  return mesh;
}

/**
 * Every person on the table in three instanced draws: the miniatures (clothes, head and base ring
 * coloured per instance), the shields of shield units, and the floating status markers (Korlap,
 * orators, protected people, injured, arrested, hostages). The buffers are the instanced attributes'
 * own arrays, written in place by `peopleWriter` inside the scene's single `useFrame`.
 */
export function PeopleLayer({ hub, capacity, shadows }: PeopleLayerProps) {
  const cap = Math.max(1, capacity);
  const built = useMemo(() => {
    const buffers = createPeopleBuffers(cap);
    const personGeometry = createPersonGeometry();
    personGeometry.setAttribute('instanceHead', new InstancedBufferAttribute(buffers.headColor, 3).setUsage(DynamicDrawUsage));
    personGeometry.setAttribute('instanceBase', new InstancedBufferAttribute(buffers.baseColor, 3).setUsage(DynamicDrawUsage));
    const bodies = instanced(new InstancedMesh(personGeometry, createPersonMaterial(), cap), buffers.bodyMatrix, buffers.bodyColor);
    const shieldMaterial = new MeshLambertMaterial({ color: STATUS_COLORS.shield });
    const shields = instanced(new InstancedMesh(createShieldGeometry(), shieldMaterial, cap), buffers.shieldMatrix, null);
    const markerMaterial = new MeshBasicMaterial({ color: 0xffffff });
    const markers = instanced(new InstancedMesh(createMarkerGeometry(), markerMaterial, cap), buffers.markerMatrix, buffers.markerColor);
    return { buffers, bodies, shields, markers };
  }, [cap]);

  useEffect(() => {
    hub.changed = true;
    hub.moved = true;
    return () => {
      for (const mesh of [built.bodies, built.shields, built.markers]) {
        mesh.geometry.dispose();
        (mesh.material as MeshLambertMaterial).dispose();
        mesh.dispose();
      }
    };
  }, [built, hub]);

  useHubUpdater(hub, () => {
    const { buffers, bodies, shields, markers } = built;
    if (hub.changed) {
      writePeopleColors(hub, buffers);
      bodies.instanceColor!.needsUpdate = true;
      (bodies.geometry.getAttribute('instanceHead') as InstancedBufferAttribute).needsUpdate = true;
      (bodies.geometry.getAttribute('instanceBase') as InstancedBufferAttribute).needsUpdate = true;
      markers.instanceColor!.needsUpdate = true;
    }
    if (!hub.moved) return;
    writePeopleMatrices(hub, buffers);
    bodies.count = buffers.bodies;
    shields.count = buffers.shields;
    markers.count = buffers.markers;
    bodies.instanceMatrix.needsUpdate = true;
    shields.instanceMatrix.needsUpdate = true;
    markers.instanceMatrix.needsUpdate = true;
  });

  return (
    <group>
      <primitive object={built.bodies} castShadow={shadows} receiveShadow={false} />
      <primitive object={built.shields} castShadow={shadows} />
      <primitive object={built.markers} />
    </group>
  );
}
