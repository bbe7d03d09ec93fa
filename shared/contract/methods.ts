import { z } from 'zod';
import { appInfoSchema, sessionFilterSchema, sessionSummarySchema, settingsPatchSchema, settingsSchema, storageNoticeSchema } from './host';
import { sessionMethods } from './sessions';
import { editorMethods } from './editor';

/**
 * The one host-service contract. Every method the renderer may call on the host is declared here once,
 * with a schema for its arguments and its result. `main/host` implements it; the Electron preload and
 * the browser-mode HTTP server are two thin adapters that both go through `dispatchHostCall`.
 * To add a method: add an entry here (or to a table merged here), implement it in `main/host`, done.
 */

/** The method table: name -> argument tuple schema and result schema. */
export const hostMethods = {
  getAppInfo: { args: z.tuple([]), result: appInfoSchema },
  getSettings: { args: z.tuple([]), result: settingsSchema },
  updateSettings: { args: z.tuple([settingsPatchSchema]), result: settingsSchema },
  listSessions: { args: z.tuple([sessionFilterSchema]), result: z.array(sessionSummarySchema) },
  listStorageNotices: { args: z.tuple([]), result: z.array(storageNoticeSchema) },
  dismissStorageNotice: { args: z.tuple([z.number().int().min(1)]), result: z.object({ dismissed: z.boolean() }) },
  /** A database copy (backup, moved-aside or replaced file) as a download, for a technician or another PC. */
  exportStorageFile: { args: z.tuple([z.string().max(200)]), result: z.object({ fileName: z.string(), base64: z.string() }) },
  ...sessionMethods,
  ...editorMethods,
} as const;

/** The name of a host method. */
export type HostMethodName = keyof typeof hostMethods;

/** Arguments of a host method, as the caller passes them. */
export type HostArgs<M extends HostMethodName> = z.input<(typeof hostMethods)[M]['args']>;

/** Result of a host method, as the caller receives it. */
export type HostResult<M extends HostMethodName> = z.output<(typeof hostMethods)[M]['result']>;

/** The host API as an implementation provides it and a client exposes it. */
export type HostApi = {
  [M in HostMethodName]: (...args: HostArgs<M>) => Promise<HostResult<M>>;
};

/** True when `name` is a declared host method (guards against prototype keys such as `constructor`). */
export function isHostMethodName(name: string): name is HostMethodName {
  return Object.prototype.hasOwnProperty.call(hostMethods, name);
}
