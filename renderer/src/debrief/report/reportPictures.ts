import { addAfterEffect } from '@react-three/fiber';
import { nextFrameShown, pause, seekTo } from '../debriefFlow';
import { currentDebrief } from '../debriefSession';
import { useDebriefStore } from '../debriefStore';

/**
 * 3D pictures of bookmarked moments for the Anev report, taken from the debrief's own WebGL canvas:
 * seek to the moment, wait until the worker's moment is on screen and the scene has drawn it, then copy
 * the canvas from react-three-fiber's after-render effect, in the task that drew the frame (the frame
 * is still in the drawing buffer there, so the scene needs no `preserveDrawingBuffer`; outside it the
 * browser may hand out an older presented frame). The copy is encoded off the
 * main thread (`toBlob`), so taking a picture holds the page up for one `drawImage` only. Nothing here
 * runs unless the report asks for pictures.
 */

/** Widest picture kept, in pixels (a printed A4 column is about 180 mm). */
const MAX_WIDTH = 960;
/** Frames the scene gets to draw the new moment (React passes the moment's units on a frame later). */
const FRAMES_TO_SETTLE = 3;
/** Longest wait for the scene's next render. */
const AFTER_RENDER_TIMEOUT_MS = 5000;
/** Longest wait for the worker's moment before the picture is given up. */
const FRAME_TIMEOUT_MS = 8000;

/** The debrief's 3D canvas, or null when the view is not drawn. */
export function debriefCanvas(): HTMLCanvasElement | null {
  return document.querySelector<HTMLCanvasElement>('[data-testid="debrief-view"] canvas');
}

function animationFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  return Promise.race([promise, new Promise<null>((resolve) => setTimeout(() => resolve(null), ms))]);
}

/** Copies what `canvas` drew last into a PNG data URL (null when it drew nothing readable). */
export async function copyCanvas(canvas: HTMLCanvasElement): Promise<string | null> {
  const scale = Math.min(1, MAX_WIDTH / Math.max(1, canvas.width));
  const copy = document.createElement('canvas');
  copy.width = Math.max(1, Math.round(canvas.width * scale));
  copy.height = Math.max(1, Math.round(canvas.height * scale));
  const context = copy.getContext('2d');
  if (!context) return null;
  const drawn = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => {
      stop();
      resolve(false);
    }, AFTER_RENDER_TIMEOUT_MS);
    // Runs right after the scene's next render, in the same task: the drawing buffer holds that frame.
    const stop = addAfterEffect(() => {
      stop();
      clearTimeout(timer);
      context.drawImage(canvas, 0, 0, copy.width, copy.height);
      resolve(true);
    });
  });
  if (!drawn) return null;
  const blob = await new Promise<Blob | null>((resolve) => copy.toBlob(resolve, 'image/png'));
  if (!blob) return null;
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : null);
    reader.onerror = () => resolve(null);
    reader.readAsDataURL(blob);
  });
}

/** Shows the moment at `tick` and returns a PNG data URL of the 3D view drawing it (null when it could not be taken). */
export async function pictureAt(tick: number): Promise<string | null> {
  if (currentDebrief()?.display?.game.state.tick !== tick) {
    const shown = nextFrameShown();
    seekTo(tick);
    if ((await withTimeout(shown, FRAME_TIMEOUT_MS)) === null) return null;
  }
  for (let k = 0; k < FRAMES_TO_SETTLE; k++) await animationFrame();
  const canvas = debriefCanvas();
  return canvas ? copyCanvas(canvas) : null;
}

/**
 * Takes a picture of each tick in turn (`onPicture` as each is ready), then shows again the moment
 * that was shown before. Stops early when `cancelled()` says so.
 */
export async function picturesAt(ticks: readonly number[], onPicture: (index: number, dataUrl: string | null) => void, cancelled: () => boolean): Promise<void> {
  pause();
  const before = useDebriefStore.getState().tick;
  try {
    for (const [index, tick] of ticks.entries()) {
      if (cancelled()) return;
      onPicture(index, await pictureAt(tick));
    }
  } finally {
    if (useDebriefStore.getState().status === 'ready') seekTo(before);
  }
}
