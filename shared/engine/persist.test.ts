import { describe, it, expect } from 'vitest';
import { produce, type Draft } from 'immer';
import { createGame, applyCommand, beginTurnResolution, stepTick, hashGame, canonicalJson, snapshotGame, restoreGame, worldArrays, type Game, type GameState } from './index';
import { doctrineSetup } from './doctrine/fixtures';
import { getScenario, scenarioToSetup, defaultChoices } from '../scenario/index';

/**
 * The state hash covers the whole game: every world array (each element, the tail bytes of arrays
 * whose length is not a multiple of four included) and every leaf of the game-level state, written
 * as canonical JSON (sorted keys) so that equal states hash equal whatever order their keys were set in.
 */

function ok<T>(r: { ok: true; game: T } | { ok: false; message: string }): T {
  if (!r.ok) throw new Error(r.message);
  return r.game;
}

function must(g: Game, command: unknown): void {
  const r = applyCommand(g, command);
  if (!r.ok) throw new Error(`${JSON.stringify(command)}: ${r.message}`);
}

/**
 * A doctrine game two turns in, with appeals heard, a negotiation, gas, an arrest, burning tyres and a
 * turn score; then the next turn's orders planned and an instructor's override pending.
 */
function doctrineGame(): Game {
  const g = ok(createGame(doctrineSetup(120, 12), 11));
  must(g, { type: 'submitOrders', playerId: 'polisi', orders: [{ type: 'appeal', unitId: 'awal-1' }, { type: 'negotiate', unitId: 'nego-1', groupId: 'massa-1' }] });
  must(g, { type: 'submitOrders', playerId: 'massa', orders: [{ type: 'march', groupId: 'massa-1', to: { x: 79, y: 26 } }] });
  must(g, { type: 'resolveTurn', force: true });
  const grp = g.state.groups[0]!;
  must(g, {
    type: 'submitOrders', playerId: 'polisi',
    orders: [{ type: 'tear_gas', unitId: 'lanjut-1', area: { x: 79, y: 24, r: 6 } }, { type: 'arrest', unitId: 'tindak-1', target: grp.first + 5 }],
  });
  must(g, { type: 'submitOrders', playerId: 'massa', orders: [{ type: 'burn_tyres', groupId: 'massa-1', at: { x: 70, y: 28 } }] });
  must(g, { type: 'resolveTurn', force: true });
  must(g, { type: 'submitOrders', playerId: 'polisi', orders: [{ type: 'appeal', unitId: 'awal-1' }] });
  must(g, { type: 'endPlan', playerId: 'polisi' });
  must(g, { type: 'setSituationLevel', playerId: 'dirlat', level: 'kuning', reason: 'latihan' });
  return g;
}

/** The Pleno KPU scenario with its scripted crowd and an instructor, three turns in, an injected event pending. */
function scenarioGame(): Game {
  const s = getScenario('pleno-kpu')!;
  const g = ok(createGame(scenarioToSetup(s, { ...defaultChoices(s), instructor: { id: 'dirlat', name: 'Direktur Latihan' }, crowdSize: 160 }), 5));
  for (let k = 0; k < 3; k++) must(g, { type: 'resolveTurn', force: true });
  must(g, { type: 'injectEvent', playerId: 'dirlat', eventId: 'isu-korban' });
  return g;
}

type Path = (string | number)[];

/** Every leaf of a JSON value (primitives, empty arrays and objects), as paths. */
function leaves(v: unknown, path: Path = [], out: Path[] = []): Path[] {
  if (v === null || typeof v !== 'object') {
    out.push(path);
    return out;
  }
  const keys: (string | number)[] = Array.isArray(v) ? v.map((_, i) => i) : Object.keys(v);
  if (keys.length === 0) out.push(path);
  for (const k of keys) leaves((v as Record<string | number, unknown>)[k], [...path, k], out);
  return out;
}

/** The state with one leaf changed: a number +1, a string extended, a boolean flipped, null set, an empty container filled. */
function changeLeaf(state: GameState, path: Path): GameState {
  return produce(state, (d: Draft<GameState>) => {
    let parent = d as unknown as Record<string | number, unknown>;
    for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
    const last = path[path.length - 1];
    const target = last === undefined ? parent : parent[last];
    if (Array.isArray(target)) return void target.push(0);
    if (target !== null && typeof target === 'object') return void ((target as Record<string, unknown>)['~'] = 0);
    const next = typeof target === 'number' ? target + 1 : typeof target === 'string' ? `${target}~` : typeof target === 'boolean' ? !target : 0;
    parent[last!] = next;
  });
}

const withState = (g: Game, state: GameState): Game => ({ ...g, state });

/** A deep copy with every object's keys inserted in reverse order. */
function reverseKeys(v: unknown): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(reverseKeys);
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v).reverse()) out[k] = reverseKeys((v as Record<string, unknown>)[k]);
  return out;
}

describe('the state hash covers the game-level state', () => {
  const g = doctrineGame();
  const base = hashGame(g);

  it('the doctrine game reached the state the named cases need', () => {
    const s = g.state;
    expect(s.doctrine.scores.length).toBe(2);
    expect(s.doctrine.override?.level).toBe('kuning');
    expect(s.planned['polisi']).toHaveLength(1);
    expect(s.doctrine.tally.proper + s.doctrine.tally.questionable + s.doctrine.tally.violation).toBe(4);
    expect(s.groups[0]!.appeals).toBeGreaterThan(0);
    expect(s.fires.length + s.clouds.length).toBeGreaterThan(0);
  });

  const named: [string, (d: Draft<GameState>) => void][] = [
    ['legitimacy', (d) => { d.legitimacy -= 0.01; }],
    ['the effective situation level', (d) => { d.doctrine.level = d.doctrine.level === 'merah' ? 'kuning' : 'merah'; }],
    ['the assessed situation level', (d) => { d.doctrine.assessed = d.doctrine.assessed === 'merah' ? 'kuning' : 'merah'; }],
    ['the calm counter', (d) => { d.doctrine.calmTicks++; }],
    ['when an incident was last seen', (d) => { d.doctrine.lastSeen.throwing = d.tick; }],
    ['a verdict tally', (d) => { d.doctrine.tally.violation++; }],
    ['the turn tally', (d) => { d.doctrine.turnTally.questionable++; }],
    ['the compliance counters', (d) => { d.doctrine.tally.countedProper++; }],
    ['a turn score', (d) => { d.doctrine.scores[0]!.police.total -= 1; }],
    ['a crowd objective', (d) => { d.doctrine.objectives[0]!.progress += 0.5; }],
    ['who holds tactical control', (d) => { d.doctrine.control.playerId = 'massa'; }],
    ['kendali umum', (d) => { d.doctrine.control.overall = d.doctrine.control.overall === 'kapolda' ? 'kapolres' : 'kapolda'; }],
    ['the override', (d) => { d.doctrine.override = null; }],
    ['a negotiation count', (d) => { d.doctrine.groups[0]!.negotiations++; }],
    ['formation-discipline counters', (d) => { d.doctrine.units[0]!.stray++; }],
    ['a judged measure still open', (d) => { d.doctrine.open['t9.polisi.0'] = { verdict: 'proper', stage: 3, order: 'push', group: 0, peacefulTarget: false, felt: false }; }],
    ['appeals heard by a group', (d) => { d.groups[0]!.appeals++; }],
    ['a group\'s agitation', (d) => { d.groups[0]!.agitation += 0.01; }],
    ['a unit\'s supplies', (d) => { d.units[2]!.water -= 1; }],
    ['a unit\'s task', (d) => { d.units[0]!.task = d.units[0]!.task ? null : { type: 'appeal', ticksLeft: 3 }; }],
    ['the running stats', (d) => { d.stats.arrests++; }],
    ['a fire', (d) => { d.fires.push({ id: 99, x: 1, y: 1, ticksLeft: 5, groupId: 'massa-1', orderId: null }); }],
    ['the planned orders', (d) => { d.planned = {}; }],
    ['a player having ended planning', (d) => { d.players[0]!.endedPlan = !d.players[0]!.endedPlan; }],
    ['the next id', (d) => { d.nextId++; }],
  ];
  it.each(named)('changing only %s changes the hash', (_, change) => {
    expect(hashGame(withState(g, produce(g.state, change)))).not.toBe(base);
  });

  it('every leaf of the game-level state is hashed (doctrine game, planning, override and orders pending)', () => {
    const paths = leaves(g.state);
    expect(paths.length).toBeGreaterThan(300);
    const missed = paths.filter((p) => hashGame(withState(g, changeLeaf(g.state, p))) === base).map((p) => p.join('.'));
    expect(missed, 'state leaves the hash ignores').toEqual([]);
  });

  it('every leaf of the game-level state is hashed (scripted scenario, script state, mid-turn)', () => {
    const s = scenarioGame();
    beginTurnResolution(s);
    for (let k = 0; k < 7; k++) stepTick(s);
    expect(s.state.phase).toBe('resolving');
    expect(s.state.script?.fired).toBeDefined();
    const h = hashGame(s);
    const paths = leaves(s.state);
    expect(paths.some((p) => p[0] === 'script')).toBe(true);
    const missed = paths.filter((p) => hashGame(withState(s, changeLeaf(s.state, p))) === h).map((p) => p.join('.'));
    expect(missed, 'state leaves the hash ignores').toEqual([]);
  });

  it('every element of every world array is hashed, first and last (tail bytes included)', () => {
    const missed: string[] = [];
    for (const [name, arr] of worldArrays(g.world)) {
      for (const i of [0, arr.length >> 1, arr.length - 1]) {
        const old = arr[i]!;
        arr[i] = old + 1;
        if (hashGame(g) === base) missed.push(`${name}[${i}]`);
        arr[i] = old;
      }
    }
    expect(missed).toEqual([]);
    expect(hashGame(g)).toBe(base);
  });

  it('the world arrays include a Uint8Array whose length is not a multiple of four (so the tail loop is exercised)', () => {
    expect(worldArrays(g.world).some(([, a]) => a.byteLength % 4 !== 0)).toBe(true);
  });
});

describe('canonical JSON: key order never matters', () => {
  it('sorts keys at every depth and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: 'x' } })).toBe('{"a":{"c":"x","d":[3,{"y":2,"z":1}]},"b":1}');
    expect(canonicalJson({ a: { c: 'x', d: [3, { y: 2, z: 1 }] }, b: 1 })).toBe(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: 'x' } }));
    expect(canonicalJson([2, 1])).not.toBe(canonicalJson([1, 2]));
  });

  it('drops undefined members (as a snapshot round trip does) and writes primitives as JSON does', () => {
    expect(canonicalJson({ a: 1, b: undefined })).toBe('{"a":1}');
    expect(canonicalJson([undefined, null, true, 'é', 1.5])).toBe('[null,null,true,"é",1.5]');
    expect(canonicalJson(undefined)).toBe('null');
  });

  it('the same game state with every key inserted in reverse order hashes the same', () => {
    const g = doctrineGame();
    const reversed = reverseKeys(g.state) as GameState;
    expect(Object.keys(reversed)[0]).toBe(Object.keys(g.state).at(-1));
    expect(hashGame(withState(g, reversed))).toBe(hashGame(g));
  });

  it('two players planning in the opposite order reach the same hash', () => {
    const orders = {
      polisi: { type: 'submitOrders', playerId: 'polisi', orders: [{ type: 'appeal', unitId: 'awal-1' }] },
      massa: { type: 'submitOrders', playerId: 'massa', orders: [{ type: 'orasi', groupId: 'massa-1' }] },
    };
    const a = ok(createGame(doctrineSetup(60, 4), 3));
    must(a, orders.polisi);
    must(a, orders.massa);
    const b = ok(createGame(doctrineSetup(60, 4), 3));
    must(b, orders.massa);
    must(b, orders.polisi);
    expect(Object.keys(a.state.planned)).not.toEqual(Object.keys(b.state.planned));
    expect(hashGame(a)).toBe(hashGame(b));
  });

  it('a snapshot restores to the same hash', () => {
    const g = scenarioGame();
    const r = restoreGame(snapshotGame(g));
    if (!r.ok) throw new Error(r.message);
    expect(hashGame(r.game)).toBe(hashGame(g));
  });
});
