import { lazy, Suspense } from 'react';
import type { GameSceneProps } from '../../scene/table/sceneContract';

/**
 * The map area of the game: the 3D `GameScene`. It is loaded lazily, so three.js and the scene come in
 * their own chunks when a game is first shown and the menus start without them. The scene itself shows
 * a message where WebGL is missing or the venue file is unknown.
 */
const LazyGameScene = lazy(async () => ({ default: (await import('../../scene/table/GameScene')).GameScene }));

/** Draws the game with the 3D scene (nothing while its chunk loads). */
export function GameViewport(props: GameSceneProps) {
  return (
    <Suspense fallback={null}>
      <LazyGameScene {...props} />
    </Suspense>
  );
}
