import { lazy, Suspense, useMemo, type ComponentType } from 'react';
import type { GameSceneProps } from '../scene/game/sceneContract';
import { FlatMap } from './FlatMap';

/**
 * The map area of the game: the 3D `GameScene` from the scene package when it is there, otherwise a
 * flat top-down map with the same props (so planning and playback work while the 3D scene is built).
 */

// import.meta.glob finds the scene's module only if the file exists, so the build never breaks on it.
const sceneModules = import.meta.glob<{ GameScene: ComponentType<GameSceneProps> }>('../scene/game/GameScene.tsx');
const loadScene = Object.values(sceneModules)[0];
const LazyGameScene = loadScene ? lazy(async () => ({ default: (await loadScene()).GameScene })) : null;

/** Whether the real 3D scene is available in this build. */
export const hasGameScene = LazyGameScene !== null;

/** Draws the game with the 3D scene, or the flat fallback map. */
export function GameViewport(props: GameSceneProps) {
  const fallback = useMemo(() => <FlatMap {...props} />, [props]);
  if (!LazyGameScene) return fallback;
  return (
    <Suspense fallback={null}>
      <LazyGameScene {...props} />
    </Suspense>
  );
}
