/** The host contract: method table, wire envelope, dispatcher and typed client. */
export * from './host';
export * from './rpc';
export * from './dispatch';
export * from './client';
export * from './bridge';
