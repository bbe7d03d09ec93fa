/** Props of {@link SceneLights}. */
export interface SceneLightsProps {
  /** Half the size of the area the sun's shadow must cover. */
  extent: number;
  shadows: boolean;
}

/** Soft sky fill plus one low afternoon sun casting shadows over the whole table. */
export function SceneLights({ extent, shadows }: SceneLightsProps) {
  return (
    <>
      <hemisphereLight args={['#e8edf2', '#3a3326', 0.9]} />
      <directionalLight
        position={[extent * 0.6, extent * 1.1, extent * 0.45]}
        intensity={2.2}
        castShadow={shadows}
        shadow-mapSize-width={2048}
        shadow-mapSize-height={2048}
        shadow-camera-left={-extent}
        shadow-camera-right={extent}
        shadow-camera-top={extent}
        shadow-camera-bottom={-extent}
        shadow-camera-near={1}
        shadow-camera-far={extent * 4}
        shadow-bias={-0.0005}
      />
    </>
  );
}
