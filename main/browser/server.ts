import { createReadStream, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { BROWSER_HOST_PATH } from '../../shared/contract/bridge';
import { dispatchHostCall } from '../../shared/contract/dispatch';
import type { HostApi } from '../../shared/contract/methods';
import { hostFailure, MAX_REQUEST_BYTES, type HostErrorCode, type HostResponse } from '../../shared/contract/rpc';
import { CONTENT_SECURITY_POLICY } from '../host/contentSecurityPolicy';

/** Options for {@link createBrowserHostServer}. */
export interface BrowserHostOptions {
  services: HostApi;
  /** Folder with the built renderer (`dist/renderer`). */
  staticDirectory: string;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
};

const STATUS_BY_CODE: Record<HostErrorCode, number> = {
  unknown_method: 404,
  invalid_arguments: 400,
  invalid_result: 500,
  payload_too_large: 413,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  storage_unavailable: 503,
  storage_busy: 503,
  storage_full: 507,
  storage_read_only: 503,
  storage_io: 503,
  storage_corrupt: 503,
  copy_unreadable: 422,
  internal: 500,
};

/**
 * Browser mode: the same host services and renderer the Electron app uses, served over HTTP. It must
 * be bound to 127.0.0.1 by the caller. Host and Origin headers are checked on every request so another
 * web page in the user's browser (or a DNS-rebinding trick) cannot call the host.
 */
export function createBrowserHostServer(options: BrowserHostOptions): Server {
  const server = createServer((request, response) => {
    void handle(options, request, response, server).catch((error: unknown) => {
      sendJson(response, 500, hostFailure('internal', error instanceof Error ? error.message : 'unexpected error'));
    });
  });
  return server;
}

async function handle(options: BrowserHostOptions, request: IncomingMessage, response: ServerResponse, server: Server) {
  if (!isLocalRequest(request, server)) {
    sendJson(response, 403, hostFailure('forbidden', 'Requests must come from this machine through 127.0.0.1'));
    return;
  }
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  if (url.pathname === BROWSER_HOST_PATH) {
    await handleHostCall(options.services, request, response);
    return;
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    sendJson(response, 405, hostFailure('forbidden', 'Only GET is served outside the host endpoint'));
    return;
  }
  serveStatic(options.staticDirectory, url.pathname, response);
}

async function handleHostCall(services: HostApi, request: IncomingMessage, response: ServerResponse) {
  if (request.method !== 'POST') {
    sendJson(response, 405, hostFailure('forbidden', 'Use POST for host calls'));
    return;
  }
  if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
    sendJson(response, 415, hostFailure('invalid_arguments', 'Host calls must be application/json'));
    return;
  }
  const body = await readBody(request, MAX_REQUEST_BYTES);
  if (body === null) {
    sendJson(response, 413, hostFailure('payload_too_large', `Request body exceeds ${MAX_REQUEST_BYTES} bytes`));
    return;
  }
  let payload: unknown;
  try {
    payload = JSON.parse(body);
  } catch {
    sendJson(response, 400, hostFailure('invalid_arguments', 'Request body is not valid JSON'));
    return;
  }
  const result = await dispatchHostCall(services, payload);
  sendJson(response, result.ok ? 200 : STATUS_BY_CODE[result.error.code], result);
}

/** True when the request names this server by a loopback host and, if it has an Origin, a loopback origin. */
function isLocalRequest(request: IncomingMessage, server: Server): boolean {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  if (!allowedHosts.has(request.headers.host ?? '')) return false;
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

function readBody(request: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      else chunks.push(chunk);
    });
    request.on('end', () => resolve(tooLarge ? null : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function serveStatic(root: string, pathname: string, response: ServerResponse) {
  let relative: string;
  try {
    relative = decodeURIComponent(pathname === '/' ? '/index.html' : pathname);
  } catch {
    sendJson(response, 400, hostFailure('invalid_arguments', 'Malformed path'));
    return;
  }
  const file = normalize(join(root, relative));
  if (relative.includes('\0') || (file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep))) {
    sendJson(response, 403, hostFailure('forbidden', 'Path outside the app'));
    return;
  }
  let size: number;
  try {
    const stats = statSync(file);
    if (!stats.isFile()) throw new Error('not a file');
    size = stats.size;
  } catch {
    sendJson(response, 404, hostFailure('not_found', `No such file: ${pathname.slice(0, 200)}`));
    return;
  }
  response.writeHead(200, {
    ...securityHeaders(),
    'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': size,
    'Cache-Control': extname(file) === '.html' ? 'no-store' : 'public, max-age=3600',
  });
  createReadStream(file).pipe(response);
}

function sendJson(response: ServerResponse, status: number, body: HostResponse<unknown>) {
  if (response.headersSent) {
    response.end();
    return;
  }
  const text = JSON.stringify(body);
  response.writeHead(status, {
    ...securityHeaders(),
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  response.end(text);
}

function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}
