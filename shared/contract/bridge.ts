import type { HostTransport } from './client';

/** The name under which the Electron preload exposes {@link PreloadBridge} on `window`. */
export const PRELOAD_BRIDGE_GLOBAL = 'sispamkotaHost';

/** IPC channel carrying host calls from the preload to the main process. */
export const HOST_IPC_CHANNEL = 'sispamkota:host-call';

/** IPC channel on which main tells the renderer the user picked a language in the app menu. */
export const LANGUAGE_IPC_CHANNEL = 'sispamkota:language-changed';

/**
 * The one narrow object the preload exposes to the renderer through `contextBridge`. It carries host
 * calls (validated again in main) and nothing else: no ipcRenderer, no Node.
 */
export interface PreloadBridge {
  /** Sends one host call envelope; resolves with the host's response, never rejects for host errors. */
  invoke: HostTransport;
  /** Subscribes to language changes made in the native menu; returns the unsubscribe function. */
  onLanguageChanged: (listener: (language: string) => void) => () => void;
}

/** HTTP path of the browser-mode host endpoint (POST, JSON body = one call envelope). */
export const BROWSER_HOST_PATH = '/api/host';
