import { BROWSER_HOST_PATH, PRELOAD_BRIDGE_GLOBAL, type PreloadBridge } from '../../../shared/contract/bridge';
import { createHostClient, HostCallError, type HostTransport } from '../../../shared/contract/client';
import type { HostApi } from '../../../shared/contract/methods';
import type { HostResponse } from '../../../shared/contract/rpc';

/**
 * The renderer's one way to the host. Inside Electron the preload's bridge carries the calls over IPC;
 * in browser mode they are POSTed as JSON to the local host server. Either way the typed client from
 * the shared contract turns answers into values or `HostCallError`s.
 */

declare global {
  interface Window {
    /** Present only inside Electron, where the sandboxed preload exposes it. */
    [PRELOAD_BRIDGE_GLOBAL]?: PreloadBridge;
  }
}

/** The host could not be reached at all (server gone, network error, an answer that is not ours). */
export class HostUnreachableError extends HostCallError {
  /** @param message developer-facing detail; the UI shows the translated `error.hostUnavailable` */
  constructor(message: string) {
    super('internal', message);
    this.name = 'HostUnreachableError';
  }
}

/** The preload bridge when running inside Electron, otherwise null. */
export function findPreloadBridge(): PreloadBridge | null {
  return typeof window !== 'undefined' ? (window[PRELOAD_BRIDGE_GLOBAL] ?? null) : null;
}

/** Browser mode: one same-origin POST per call; HTTP error statuses still carry a `HostResponse` body. */
const fetchTransport: HostTransport = async (request) => {
  let response: Response;
  try {
    response = await fetch(BROWSER_HOST_PATH, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(request),
      cache: 'no-store',
    });
  } catch (error) {
    throw new HostUnreachableError(`${request.method}: ${error instanceof Error ? error.message : String(error)}`);
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new HostUnreachableError(`${request.method}: HTTP ${response.status} without a host response`);
  }
  if (!isHostResponse(body)) throw new HostUnreachableError(`${request.method}: HTTP ${response.status} with an unexpected body`);
  return body;
};

/** Shape check only; the typed client trusts the host's own result validation for the value. */
function isHostResponse(body: unknown): body is HostResponse<unknown> {
  if (typeof body !== 'object' || body === null || !('ok' in body)) return false;
  if (body.ok === true) return 'value' in body;
  return body.ok === false && 'error' in body && typeof body.error === 'object' && body.error !== null && 'code' in body.error;
}

/** Electron: the bridge never rejects for host errors, so a rejection means IPC itself failed. */
function bridgeTransport(bridge: PreloadBridge): HostTransport {
  return async (request) => {
    try {
      return await bridge.invoke(request);
    } catch (error) {
      throw new HostUnreachableError(`${request.method}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
}

const bridge = findPreloadBridge();

/** The typed host API for the whole renderer. */
export const host: HostApi = createHostClient(bridge ? bridgeTransport(bridge) : fetchTransport);

/**
 * Subscribes to language changes made in Electron's native menu. In browser mode there is no native
 * menu, so this does nothing and returns a no-op unsubscribe.
 */
export function onNativeLanguageChanged(listener: (language: string) => void): () => void {
  return bridge ? bridge.onLanguageChanged(listener) : () => {};
}
