/** The host contract: schemas, method table, wire envelope, dispatcher, typed client, preload bridge. */
export * from './host';
export * from './sessions';
export * from './editor';
export * from './methods';
export * from './rpc';
export * from './dispatch';
export * from './client';
export * from './bridge';
