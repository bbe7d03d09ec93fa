import type { HostTransport } from './client';

/** The name under which the Electron preload exposes {@link PreloadBridge} on `window`. */
export const PRELOAD_BRIDGE_GLOBAL = 'sispamkotaHost';

/** IPC channel carrying host calls from the preload to the main process. */
export const HOST_IPC_CHANNEL = 'sispamkota:host-call';

/** IPC channel on which main tells the renderer the user picked a language in the app menu. */
export const LANGUAGE_IPC_CHANNEL = 'sispamkota:language-changed';

/** IPC channel on which the renderer asks main to save the page it shows as a PDF (the Anev report). */
export const PRINT_PDF_IPC_CHANNEL = 'sispamkota:print-to-pdf';

/** What saving the page as a PDF did: saved at `path`, or cancelled in the save dialog (`path` null). */
export interface PdfSaveResult {
  saved: boolean;
  path: string | null;
}

/**
 * The one narrow object the preload exposes to the renderer through `contextBridge`. It carries host
 * calls (validated again in main), menu language changes and the report's PDF, and nothing else: no
 * ipcRenderer, no Node.
 */
export interface PreloadBridge {
  /** Sends one host call envelope; resolves with the host's response, never rejects for host errors. */
  invoke: HostTransport;
  /** Subscribes to language changes made in the native menu; returns the unsubscribe function. */
  onLanguageChanged: (listener: (language: string) => void) => () => void;
  /**
   * Prints the page the renderer shows to an A4 PDF and asks the user where to save it, offering
   * `suggestedFileName` in Documents. Resolves `{ saved: false, path: null }` when the dialog is cancelled.
   */
  printToPdf: (suggestedFileName: string) => Promise<PdfSaveResult>;
}

/** HTTP path of the browser-mode host endpoint (POST, JSON body = one call envelope). */
export const BROWSER_HOST_PATH = '/api/host';
