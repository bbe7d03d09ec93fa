/**
 * Import rules, enforced in CI (`npm run lint:imports`). Do not relax them to make a change pass:
 * move the code to the layer where it belongs instead.
 *   shared/   pure TypeScript engine and contracts: imports nothing from main/ or renderer/, no Node
 *             built-ins, no electron, react or three (only small pure libraries such as zod and immer).
 *   main/     Node side (Electron main, preload, browser-mode host): may import shared/, never renderer/.
 *   renderer/ web side: may import shared/, never main/, no Node built-ins, no electron. Inside it the 3D
 *             scene (src/scene) never imports the flow (src/play), src/new-session or src/screens.
 * Inside shared/engine (docs/ENGINE.md, "Layers"):
 *   base      the top-level files named in ENGINE_BASE: the setup, state and Game types, the agent model, rng, the unit catalogue,
 *             formations, derived caches, reserves, and the codes and state shapes of the doctrine and the
 *             script. Imports only other base files (and shared/venue, shared/math, zod).
 *   orderDefs/ the order registry: each order family's rules (who may give it, reach, validation, how it
 *             applies, when it is done, the task it runs each tick). Builds on the base only; sim/,
 *             doctrine/, script/ and the composers may use it. (The orders' schemas are base: orderSchemas.ts.)
 *   sim/, doctrine/, script/   build on the base (and orderDefs/) only; never import each other or the files above them.
 *   composers the other top-level files: tick.ts (the tick pipeline, the only importer of sim/), game.ts,
 *             commands.ts, persist.ts, rebuild.ts, replay.ts, index.ts. Tests may import anything.
 */

/** The engine's base level: top-level files of shared/engine that the three layers build on. */
const ENGINE_BASE = '^shared/engine/(model|rng|forces|formation|runtime|state|orders|orderSchemas|events|reserves|doctrineTypes|objectives|scriptSchema|damage)\\.ts$';
const TESTS = '\\.test\\.tsx?$';

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
      name: 'renderer-scene-below-flow',
      comment:
        'The 3D scene (renderer/src/scene) draws what it is given through scene/table/sceneContract.ts: it never ' +
        'imports the turn flow, its store and panels (play/), the new-session form (new-session/) or the screens.',
      severity: 'error',
      from: { path: '^renderer/src/scene/', pathNot: TESTS },
      to: { path: '^renderer/src/(play|new-session|screens)/' },
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
      name: 'engine-base-is-the-floor',
      comment: 'The engine base imports no layer (sim/, doctrine/, script/) and no composer: move shared pieces down, not up.',
      severity: 'error',
      from: { path: ENGINE_BASE },
      to: { path: '^shared/engine/', pathNot: ENGINE_BASE },
    },
    {
      name: 'engine-orders-on-the-base',
      comment: 'orderDefs/ (the order registry) builds on the base only: no layer above it, no composer.',
      severity: 'error',
      from: { path: '^shared/engine/orderDefs/', pathNot: TESTS },
      to: { path: '^shared/engine/', pathNot: [ENGINE_BASE, '^shared/engine/orderDefs/'] },
    },
    {
      name: 'engine-sim-alone',
      comment: 'sim/ builds on the base only; the tick pipeline (tick.ts) composes it with the doctrine.',
      severity: 'error',
      from: { path: '^shared/engine/sim/', pathNot: TESTS },
      to: { path: '^shared/engine/(doctrine|script)/' },
    },
    {
      name: 'engine-doctrine-alone',
      comment: 'doctrine/ builds on the base only; what it shares with sim/ or script/ belongs in the base.',
      severity: 'error',
      from: { path: '^shared/engine/doctrine/', pathNot: TESTS },
      to: { path: '^shared/engine/(sim|script)/' },
    },
    {
      name: 'engine-script-alone',
      comment: 'script/ builds on the base only; the reducer (commands.ts) calls its hooks and checks who may inject.',
      severity: 'error',
      from: { path: '^shared/engine/script/', pathNot: TESTS },
      to: { path: '^shared/engine/(sim|doctrine)/' },
    },
    {
      name: 'engine-layers-not-composers',
      comment: 'sim/, doctrine/ and script/ never import the files that compose them (tick, game, commands, persist, rebuild, replay, index).',
      severity: 'error',
      from: { path: '^shared/engine/(sim|doctrine|script)/', pathNot: TESTS },
      to: { path: '^shared/engine/[^/]+\\.ts$', pathNot: ENGINE_BASE },
    },
    {
      name: 'engine-sim-through-the-pipeline',
      comment: 'Only the tick pipeline (shared/engine/tick.ts) runs the simulation phases.',
      severity: 'error',
      from: { pathNot: ['^shared/engine/(sim/|tick\\.ts$)', TESTS] },
      to: { path: '^shared/engine/sim/' },
    },
    {
      name: 'app-not-test-helpers',
      comment: 'Test and benchmark helpers live in tests/support; the app (main/, renderer/, shared/) never imports them.',
      severity: 'error',
      from: { path: '^(main|renderer|shared)/', pathNot: '\\.test\\.tsx?$' },
      to: { path: '^tests/' },
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
