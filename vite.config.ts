import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const rendererRoot = fileURLToPath(new URL('./renderer', import.meta.url));
const outputDirectory = fileURLToPath(new URL('./dist/renderer', import.meta.url));

/**
 * The dev server's React refresh preamble is an inline script, which the strict CSP meta tag in
 * index.html forbids. Built files (what Electron and browser mode serve) keep the tag; only `vite dev`
 * drops it, and the host's CSP header is not involved there.
 */
function dropCspMetaInDevServer(): Plugin {
  return {
    name: 'sispamkota-drop-csp-meta-in-dev',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/i, ''),
  };
}

/** Vite builds the renderer from renderer/ into dist/renderer with relative URLs (app:// and http both work). */
export default defineConfig({
  root: rendererRoot,
  base: './',
  plugins: [react(), dropCspMetaInDevServer()],
  build: {
    outDir: outputDirectory,
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: true,
    // Chromium and Electron support modulepreload natively; the polyfill is not needed.
    modulePreload: { polyfill: false },
    // three.js is one large chunk by nature; it is loaded lazily with the 3D view.
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      // zod ships comments Rollup cannot place; the warning is about a dependency, not our code.
      onwarn(warning, warn) {
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules')) return;
        warn(warning);
      },
    },
  },
});
