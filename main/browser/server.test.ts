import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHost, type RunningHost } from '../host/bootstrap';
import { parseBrowserCli } from './options';
import { createBrowserHostServer } from './server';

let folder: string;
let host: RunningHost;
let server: Server;
let port: number;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'sispamkota-server-'));
  const staticDirectory = join(folder, 'renderer');
  mkdirSync(staticDirectory);
  writeFileSync(join(staticDirectory, 'index.html'), '<!doctype html><title>t</title>');
  writeFileSync(join(folder, 'secret.txt'), 'outside');
  host = startHost({ dataDirectory: join(folder, 'data'), mode: 'browser', backupOnStart: false });
  server = createBrowserHostServer({ services: host.services, staticDirectory });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => {
  server.close();
  host.close();
  rmSync(folder, { recursive: true, force: true });
});

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(method: string, path: string, body?: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method, path, headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

describe('browser-mode host server', () => {
  it('serves the renderer with a strict CSP', async () => {
    const response = await send('GET', '/');
    expect(response.status).toBe(200);
    expect(String(response.headers['content-security-policy'])).toContain("script-src 'self'");
  });

  it('round-trips a settings change through SQLite', async () => {
    const update = await send('POST', '/api/host', JSON.stringify({ method: 'updateSettings', args: [{ language: 'en' }] }));
    expect(update.status).toBe(200);
    const read = await send('POST', '/api/host', JSON.stringify({ method: 'getSettings', args: [] }));
    expect(JSON.parse(read.body)).toMatchObject({ ok: true, value: { language: 'en' } });
  });

  it('answers malformed JSON and bad arguments with clear 4xx errors', async () => {
    const malformed = await send('POST', '/api/host', '{"method":');
    expect(malformed.status).toBe(400);
    expect(JSON.parse(malformed.body)).toMatchObject({ ok: false, error: { code: 'invalid_arguments' } });
    const unknown = await send('POST', '/api/host', JSON.stringify({ method: '__proto__', args: [] }));
    expect(unknown.status).toBe(404);
    const wrongType = await send('POST', '/api/host', 'x', { 'content-type': 'text/plain' });
    expect(wrongType.status).toBe(415);
  });

  it('refuses calls from other origins and other host names (CSRF, DNS rebinding)', async () => {
    const body = JSON.stringify({ method: 'updateSettings', args: [{ shadows: false }] });
    expect((await send('POST', '/api/host', body, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await send('POST', '/api/host', body, { host: `evil.example:${port}` })).status).toBe(403);
    const settings = await send('POST', '/api/host', JSON.stringify({ method: 'getSettings', args: [] }));
    expect(JSON.parse(settings.body).value.shadows).toBe(true);
  });

  it('refuses an oversized body', async () => {
    const response = await send('POST', '/api/host', JSON.stringify({ method: 'getSettings', args: ['x'.repeat(9 * 1024 * 1024)] }));
    expect(response.status).toBe(413);
  });

  it('never serves files outside the renderer folder', async () => {
    expect((await send('GET', '/../secret.txt')).status).not.toBe(200);
    expect((await send('GET', '/..%2fsecret.txt')).status).toBe(403);
    expect((await send('GET', '/missing.js')).status).toBe(404);
  });
});

describe('parseBrowserCli', () => {
  it('reads port and folders and rejects unknown flags', () => {
    const options = parseBrowserCli(['--port', '0', '--data-dir', '/tmp/x'], { staticDirectory: '/s' });
    expect(options).toEqual({ port: 0, dataDirectory: '/tmp/x', staticDirectory: '/s' });
    expect(() => parseBrowserCli(['--port', 'abc'], { staticDirectory: '/s' })).toThrow(/--port/);
    expect(() => parseBrowserCli(['--evil'], { staticDirectory: '/s' })).toThrow(/Unknown/);
  });
});
