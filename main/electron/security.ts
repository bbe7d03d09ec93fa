import type { WebPreferences } from 'electron';

/** The custom scheme the renderer is served from inside Electron (`app://sispamkota/index.html`). */
export const APP_SCHEME = 'app';
/** Host part of the renderer's URL. */
export const APP_HOST = 'sispamkota';
/** The renderer's start URL. */
export const APP_START_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * Web preferences for every window, per the Electron security checklist: isolated, sandboxed,
 * no Node in the page, web security on, no webviews, the one preload that exposes the host bridge.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    spellcheck: false,
    navigateOnDragDrop: false,
  };
}

/** True when a URL belongs to the app itself; IPC from any other frame is refused. */
export function isAppUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/**
 * Maps an `app://sispamkota/...` request path to a file under `root`, or null when the path escapes
 * it (`..`, encoded separators, NUL). Pure so it can be unit-tested without Electron.
 */
export function resolveAppFile(root: string, requestUrl: string, join: (...parts: string[]) => string, normalize: (p: string) => string, separator: string): string | null {
  let pathname: string;
  try {
    const url = new URL(requestUrl);
    if (url.host !== APP_HOST) return null;
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const file = normalize(join(root, relative));
  const rootWithSeparator = root.endsWith(separator) ? root : root + separator;
  return file.startsWith(rootWithSeparator) ? file : null;
}
