import type { CameraCommand } from '../scene/table/sceneContract';
import { useGameStore } from './gameStore';

/**
 * The game map's camera as the panels drive it: the camera buttons and "show the place" from the turn
 * summary set a command in the game store; the map passes the newest one to the scene, which glides to it.
 */

/** Gives the map's camera `command` (a fresh object, so repeating a command moves the camera again). */
export function commandCamera(command: CameraCommand): void {
  useGameStore.setState({ camera: { ...command } });
}

/** Frames the venue point (x, y) in metres on the map. */
export function showOnMap(point: { x: number; y: number }): void {
  commandCamera({ kind: 'focus', point: [point.x, point.y] });
}
