import type { Locator } from '@playwright/test';

/**
 * The picture a WebGL canvas drew, as PNG bytes, read by the page itself: `toDataURL` inside an animation
 * frame that runs after the scene's own, while the frame just drawn is still in the drawing buffer.
 * A Playwright screenshot gives the same pixels but takes 15–60 s here, because the capture waits on
 * software WebGL (SwiftShader) drawing the whole page again.
 */
export async function canvasPicture(canvas: Locator): Promise<Buffer> {
  const dataUrl = await canvas.evaluate((element) => {
    const drawn = element as unknown as { toDataURL(type: string): string };
    const page = globalThis as unknown as { requestAnimationFrame(callback: () => void): number };
    return new Promise<string>((resolve) => page.requestAnimationFrame(() => resolve(drawn.toDataURL('image/png'))));
  });
  const [header, base64] = dataUrl.split(',');
  if (header !== 'data:image/png;base64' || !base64) throw new Error(`the canvas gave no PNG (${dataUrl.slice(0, 40)}…)`);
  return Buffer.from(base64, 'base64');
}
