import { z } from 'zod';

/**
 * The wire envelope shared by both host adapters (Electron IPC and browser-mode HTTP).
 * A call names a method and carries its arguments as a JSON array; the answer is either a value or a
 * typed error. Nothing here throws across the boundary: every failure becomes a `HostFailure`.
 */

/** Error codes a host call can fail with; the renderer translates each into both languages. */
export const hostErrorCodes = [
  'unknown_method',
  'invalid_arguments',
  'invalid_result',
  'payload_too_large',
  'forbidden',
  'not_found',
  'conflict',
  'storage_unavailable',
  'storage_busy',
  'storage_full',
  'storage_read_only',
  'storage_io',
  'storage_corrupt',
  'copy_unreadable',
  'internal',
] as const;

/** One of {@link hostErrorCodes}. */
export type HostErrorCode = (typeof hostErrorCodes)[number];

/** A failed call: a code for programs, an English message for developers' logs, optional details. */
export interface HostFailure {
  ok: false;
  error: { code: HostErrorCode; message: string; issues?: string[] };
}

/** A successful call carrying the method's result. */
export interface HostSuccess<T> {
  ok: true;
  value: T;
}

/** What every host call answers. */
export type HostResponse<T> = HostSuccess<T> | HostFailure;

/** The request envelope, validated before anything else looks at it. */
export const hostRequestSchema = z.object({
  method: z.string().min(1).max(64),
  args: z.array(z.unknown()).max(8),
});

/** A parsed request envelope. */
export type HostRequest = z.infer<typeof hostRequestSchema>;

/** Largest request body either adapter accepts, in bytes (session imports arrive in chunks below it). */
export const MAX_REQUEST_BYTES = 8 * 1024 * 1024;

/** Builds a failure value. */
export function hostFailure(code: HostErrorCode, message: string, issues?: string[]): HostFailure {
  return issues && issues.length > 0 ? { ok: false, error: { code, message, issues } } : { ok: false, error: { code, message } };
}

/** An error a service implementation throws on purpose; the dispatcher turns it into a `HostFailure`. */
export class HostError extends Error {
  /** @param code the typed reason the renderer will translate */
  constructor(
    readonly code: HostErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'HostError';
  }
}
