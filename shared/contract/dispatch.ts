import { hostMethods, isHostMethodName, type HostApi } from './methods';
import { formatIssues } from '../schema/issues';
import { HostError, hostFailure, hostRequestSchema, type HostResponse } from './rpc';

/**
 * Validates one incoming call against the contract, runs it on `services`, and validates the result.
 * Both adapters (Electron IPC and browser-mode HTTP) call this and nothing else, so a hostile or
 * malformed payload is refused the same way everywhere and never reaches a service.
 */
export async function dispatchHostCall(services: HostApi, payload: unknown): Promise<HostResponse<unknown>> {
  const request = hostRequestSchema.safeParse(payload);
  if (!request.success) {
    return hostFailure('invalid_arguments', 'Malformed host request', formatIssues(request.error.issues));
  }
  const { method, args } = request.data;
  if (!isHostMethodName(method)) return hostFailure('unknown_method', `Unknown host method: ${method.slice(0, 64)}`);
  const spec = hostMethods[method];
  const parsedArgs = spec.args.safeParse(args);
  if (!parsedArgs.success) {
    return hostFailure('invalid_arguments', `Invalid arguments for ${method}`, formatIssues(parsedArgs.error.issues));
  }
  try {
    const implementation = services[method] as (...a: unknown[]) => Promise<unknown>;
    const value = await implementation.apply(services, parsedArgs.data as unknown[]);
    const parsedResult = spec.result.safeParse(value);
    if (!parsedResult.success) {
      return hostFailure('invalid_result', `Host produced an invalid result for ${method}`, formatIssues(parsedResult.error.issues));
    }
    return { ok: true, value: parsedResult.data };
  } catch (error) {
    if (error instanceof HostError) return hostFailure(error.code, error.message);
    const message = error instanceof Error ? error.message : String(error);
    return hostFailure('internal', `${method} failed: ${message}`);
  }
}
