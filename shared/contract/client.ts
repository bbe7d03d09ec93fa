import { hostMethods, type HostApi, type HostMethodName } from './methods';
import type { HostErrorCode, HostResponse } from './rpc';

/** Sends one call envelope to the host and returns its response; each adapter supplies one. */
export type HostTransport = (request: { method: string; args: unknown[] }) => Promise<HostResponse<unknown>>;

/** A failed host call as the caller sees it: the typed code plus the host's message. */
export class HostCallError extends Error {
  /** @param code typed reason, translated by the UI */
  constructor(
    readonly code: HostErrorCode,
    message: string,
    readonly issues: string[] = [],
  ) {
    super(message);
    this.name = 'HostCallError';
  }
}

/**
 * Turns a transport into a typed `HostApi` object. Every method of the contract becomes an async
 * function that resolves with the result or rejects with a `HostCallError`.
 */
export function createHostClient(transport: HostTransport): HostApi {
  const client = {} as Record<HostMethodName, (...args: unknown[]) => Promise<unknown>>;
  for (const method of Object.keys(hostMethods) as HostMethodName[]) {
    client[method] = async (...args: unknown[]) => {
      const response = await transport({ method, args });
      if (response.ok) return response.value;
      throw new HostCallError(response.error.code, response.error.message, response.error.issues ?? []);
    };
  }
  return client as unknown as HostApi;
}
