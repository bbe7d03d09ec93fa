let cachedSupport: boolean | null = null;

/**
 * True when this browser can create a WebGL context. Checked once before mounting the canvas so a PC
 * without WebGL gets a message instead of a crash; the probe context is released straight away.
 */
export function isWebGLAvailable(): boolean {
  if (cachedSupport !== null) return cachedSupport;
  try {
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    cachedSupport = context !== null;
    context?.getExtension('WEBGL_lose_context')?.loseContext();
  } catch {
    cachedSupport = false;
  }
  return cachedSupport;
}
