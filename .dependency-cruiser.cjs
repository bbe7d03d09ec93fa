/**
 * Import rules, enforced in CI (`npm run lint:imports`). Do not relax them to make a change pass:
 * move the code to the layer where it belongs instead.
 *   shared/   pure TypeScript engine and contracts: imports nothing from main/ or renderer/, no Node
 *             built-ins, no electron, react or three (only small pure libraries such as zod and immer).
 *   main/     Node side (Electron main, preload, browser-mode host): may import shared/, never renderer/.
 *   renderer/ web side: may import shared/, never main/, no Node built-ins, no electron.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'shared-is-pure-of-app-layers',
      comment: 'shared/ must not import main/, renderer/, tests/ or scripts/.',
      severity: 'error',
      from: { path: '^shared/' },
      to: { path: '^(main|renderer|tests|scripts)/' },
    },
    {
      name: 'shared-no-node-builtins',
      comment: 'shared/ runs in the renderer, the host and workers alike: no Node built-ins.',
      severity: 'error',
      from: { path: '^shared/', pathNot: '\\.test\\.ts$' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'shared-no-platform-libraries',
      comment: 'shared/ must not depend on electron, react, react-dom, three or the r3f ecosystem.',
      severity: 'error',
      from: { path: '^shared/' },
      to: { path: 'node_modules/(electron|react|react-dom|three|@react-three|better-sqlite3|zustand)/' },
    },
    {
      name: 'main-not-renderer',
      severity: 'error',
      from: { path: '^main/' },
      to: { path: '^renderer/' },
    },
    {
      name: 'renderer-not-main',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: '^main/' },
    },
    {
      name: 'renderer-no-node',
      comment: 'The renderer is sandboxed web code: no Node built-ins, no electron, no native modules.',
      severity: 'error',
      from: { path: '^renderer/', pathNot: '\\.test\\.tsx?$' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'renderer-no-electron-or-native',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: 'node_modules/(electron|better-sqlite3)/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|test-results|release)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
