import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { DatabaseTooNewError } from '../storage/database';
import { startHost } from '../host/bootstrap';
import { InstanceLockedError } from '../host/instanceLock';
import { createBrowserHostServer } from './server';
import { parseBrowserCli } from './options';

/** Starts browser mode: storage, host services and the HTTP server on 127.0.0.1, until SIGINT/SIGTERM. */
async function main() {
  const options = parseBrowserCli(process.argv.slice(2), { staticDirectory: resolve(__dirname, '..', 'renderer') });
  if (!existsSync(join(options.staticDirectory, 'index.html'))) {
    throw new Error(`The renderer is not built (${options.staticDirectory} has no index.html). Run: npm run build`);
  }
  const host = startHost({ dataDirectory: options.dataDirectory, mode: 'browser' });
  if (host.startupMessage) console.warn(host.startupMessage);
  const server = createBrowserHostServer({ services: host.services, staticDirectory: options.staticDirectory });
  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(options.port, '127.0.0.1', () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  host.describeInstance({ url: `http://127.0.0.1:${port}/` });
  console.log(`Sispamkota TFG (mode peramban / browser mode): http://127.0.0.1:${port}/  — data: ${options.dataDirectory}`);
  const shutdown = () => {
    server.close();
    host.close();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  if (error instanceof DatabaseTooNewError || error instanceof InstanceLockedError) console.error(error.message);
  else if ((error as NodeJS.ErrnoException)?.code === 'EADDRINUSE') console.error('That port is already in use; pass --port with another number (or 0 for any free port).');
  else console.error(`Sispamkota TFG could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
