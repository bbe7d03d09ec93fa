#!/usr/bin/env node
// Builds everything the app runs from: the Node side with esbuild (Electron main, the sandboxed
// preload, the browser-mode host) into dist/main, and the renderer with Vite into dist/renderer.
import { build } from 'esbuild';
import { build as viteBuild } from 'vite';

const started = Date.now();
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  // Native and runtime-provided modules stay outside the bundle.
  external: ['electron', 'better-sqlite3'],
};

// The host's bundles are CommonJS, where `import.meta.url` would be empty: it becomes the bundle's own
// file URL, so code that finds files beside itself (the import worker) works from source and from dist.
const host = {
  ...common,
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: 'const __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
};

await Promise.all([
  build({ ...host, entryPoints: ['main/electron/main.ts'], outfile: 'dist/main/electron-main.cjs' }),
  // A sandboxed preload may only require('electron'); everything else is bundled into it.
  build({ ...common, entryPoints: ['main/electron/preload.ts'], outfile: 'dist/main/preload.cjs', target: 'chrome130' }),
  build({ ...host, entryPoints: ['main/browser/cli.ts'], outfile: 'dist/main/browser-host.cjs' }),
  // The import worker thread (main/host/importJobs.ts starts it from beside the host bundle).
  build({ ...host, entryPoints: ['main/host/importWorker.ts'], outfile: 'dist/main/import-worker.cjs' }),
]);
await viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' });
console.log(`build: dist/ ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
