import { useEffect, useMemo } from 'react';
import { DataTexture, LinearFilter, MeshBasicMaterial, PlaneGeometry, RGBAFormat, SRGBColorSpace, UnsignedByteType } from 'three';
import type { FrameHub } from '../frameHub';
import type { SceneHeat } from '../sceneContract';

/** Props of {@link HeatLayer}. */
export interface HeatLayerProps {
  hub: FrameHub;
  heat: SceneHeat | null;
}

/** Height of the heat plane: over every layer of paving and markings. */
const HEIGHT = 0.3;

/**
 * A heat map on the ground: one translucent plane over the grid's area carrying the grid as a
 * DataTexture (one texel per cell, smoothed by linear filtering). It is drawn after the people without
 * a depth test, so it tints the crowd standing on it instead of hiding under it (the densest cells are
 * exactly where people stand). The texture is made once per grid size and refilled in place when the
 * heat's `version` changes; nothing happens per frame.
 */
export function HeatLayer({ hub, heat }: HeatLayerProps) {
  const cols = heat?.cols ?? 0;
  const rows = heat?.rows ?? 0;
  const texture = useMemo(() => {
    if (cols <= 0 || rows <= 0) return null;
    const made = new DataTexture(new Uint8Array(cols * rows * 4), cols, rows, RGBAFormat, UnsignedByteType);
    made.magFilter = LinearFilter;
    made.minFilter = LinearFilter;
    made.colorSpace = SRGBColorSpace;
    return made;
  }, [cols, rows]);
  const material = useMemo(() => new MeshBasicMaterial({ transparent: true, depthWrite: false, depthTest: false, toneMapped: false }), []);
  // Rotated flat: the plane's +y (texture rows going up) points north, which is scene −z.
  const plane = useMemo(() => new PlaneGeometry(1, 1).rotateX(-Math.PI / 2), []);

  useEffect(() => {
    if (!texture || !heat || heat.rgba.length !== texture.image.data!.length) return;
    (texture.image.data as Uint8Array).set(heat.rgba);
    texture.needsUpdate = true;
    material.map = texture;
    material.needsUpdate = true;
  }, [texture, material, heat?.version, heat?.rgba]);
  useEffect(() => () => texture?.dispose(), [texture]);
  useEffect(() => () => {
    material.dispose();
    plane.dispose();
  }, [material, plane]);

  if (!heat || !texture) return null;
  const width = heat.cols * heat.cellSize;
  const depth = heat.rows * heat.cellSize;
  const x = heat.originX + width / 2 - hub.site.cx;
  const z = hub.site.cy - (heat.originY + depth / 2);
  return <mesh geometry={plane} material={material} position={[x, HEIGHT, z]} scale={[width, 1, depth]} renderOrder={5} />;
}
