/**
 * Engine benchmark cases: the KPU venue with 800 officers and 2,000 protesters over 30 turns, and the
 * same at 4x the agents. Each case plays a scripted escalation (march, orasi, breach, stones, water
 * cannon, gas, tyres, arrests, a wedge push, dispersal) so all the behaviour is in the timings.
 */
import {
  createGame, applyCommand, beginTurnResolution, stepTick, hashGame, createReplay, unitTypes, agentsPerUnit,
  Flag, OFF_FIELD, type Command, type Order, type SetupInput, type UnitTypeId, type Game,
} from '../../shared/engine/index';

/** One bench case: a name and a function printing-ready result. */
export interface BenchCase {
  name: string;
  run: () => Record<string, unknown>;
}

const MIX: [UnitTypeId, number][] = [
  ['dalmas_awal', 6], ['dalmas_lanjut', 6], ['brimob_sekat', 3], ['brimob_desak', 3], ['brimob_tindak', 2], ['tim_tindak', 1],
  ['raimas', 2], ['negosiator', 1], ['dokkes', 1], ['water_cannon', 2], ['mobil_komando', 1],
];

/** The KPU setup scaled by `scale` (1 = 800 officers, 2,000 protesters). */
export function kpuSetup(scale: number, turns: number): SetupInput {
  const police: SetupInput['police'] = [];
  // Every unit stages inside the compound, where the scripted orders place the lines (units go only
  // where they can walk since engine 0.5.0: from the street they would wait at the closed gates).
  const zones = ['yard-west', 'yard-east'];
  let total = 0;
  for (let s = 0; s < scale; s++) {
    for (const [type, n] of MIX) for (let k = 0; k < n; k++) {
      police.push({ id: `${type}-${s}-${k}`, type, staging: zones[police.length % 2]! });
      total += unitTypes[type].strength;
    }
  }
  // Top up with one more Dalmas Awal unit so the officer count is exactly 800 x scale.
  const missing = 800 * scale - total;
  if (missing > 0) police.push({ id: 'dalmas_awal-extra', type: 'dalmas_awal', staging: 'yard-west', strength: missing });
  const crowd = [0, 1, 2, 3].map((k) => ({ id: `massa-${k}`, arrival: k === 3 ? 'street-east' : 'lot-south', size: 500 * scale, provocateurs: 5 * scale, sajam: 2 }));
  return {
    venueId: 'kpu-office', turnLimit: turns,
    players: [
      { id: 'kapolres', name: 'Kapolres', side: 'police', controls: police.map((p) => p.id) },
      { id: 'massa', name: 'Massa', side: 'crowd', controls: crowd.map((c) => c.id) },
    ],
    police, crowd,
  };
}

/** The scripted orders of turn `t` (both sides). */
export function scriptedOrders(game: Game, t: number): { police: Order[]; crowd: Order[] } {
  const units = game.state.units;
  const of = (type: UnitTypeId): string[] => units.filter((u) => u.type === type).map((u) => u.id);
  const police: Order[] = [];
  const crowd: Order[] = [];
  const groups = game.state.groups.map((g) => g.id);
  if (t === 0) {
    of('dalmas_awal').forEach((id, k) => police.push({ type: 'move', unitId: id, waypoints: [{ x: 40 + (k % 8) * 10, y: 48 }] }, { type: 'face', unitId: id, toward: { x: 40 + (k % 8) * 10, y: 0 } }));
    of('water_cannon').forEach((id, k) => police.push({ type: 'move', unitId: id, waypoints: [{ x: 72 + (k % 4) * 8, y: 55 + Math.floor(k / 4) * 4 }] }));
    // The arrest team waits behind the line at the main gate, within reach of the crowd outside.
    of('tim_tindak').forEach((id, k) => police.push({ type: 'move', unitId: id, waypoints: [{ x: 64 + k * 6, y: 56 }] }));
    groups.forEach((g, k) => crowd.push({ type: 'march', groupId: g, to: { x: 50 + (k % 4) * 20, y: 30 } }));
  }
  if (t === 1) police.push(...of('mobil_komando').map((id): Order => ({ type: 'appeal', unitId: id })));
  if (t === 2) groups.forEach((g) => crowd.push({ type: 'orasi', groupId: g }));
  if (t === 4) groups.forEach((g, k) => crowd.push(k % 4 === 0 ? { type: 'breach', groupId: g, gateId: 'main-gate' } : { type: 'push_line', groupId: g, toward: { x: 50 + (k % 4) * 20, y: 42 } }));
  if (t === 6) groups.forEach((g, k) => { if (k % 4 === 1) crowd.push({ type: 'throw', groupId: g, at: { x: 60, y: 48 } }); });
  if (t === 8) {
    of('water_cannon').forEach((id) => police.push({ type: 'water_cannon', unitId: id, area: { x: 79, y: 36, r: 10 } }));
    of('dalmas_lanjut').slice(0, 1).forEach((id) => police.push({ type: 'tear_gas', unitId: id, area: { x: 60, y: 30, r: 10 } }));
  }
  if (t === 10) groups.forEach((g, k) => { if (k % 4 === 2) crowd.push({ type: 'burn_tyres', groupId: g, at: { x: 100, y: 32 } }); });
  if (t === 12) {
    const a = game.world.agents;
    const tt = units.find((u) => u.type === 'tim_tindak');
    if (tt) {
      // The nearest provocateur still free, within the arrest reach.
      let target = -1;
      let best = 55;
      for (let i = 0; i < game.world.header[0]!; i++) {
        if (a.kind[i] !== 1 || a.role[i] !== 12 || (a.flags[i]! & (Flag.arrested | OFF_FIELD)) !== 0) continue;
        const d = Math.hypot(a.x[i]! - tt.x, a.y[i]! - tt.y);
        if (d < best) { best = d; target = i; }
      }
      if (target >= 0) police.push({ type: 'arrest', unitId: tt.id, target });
    }
  }
  if (t === 14) of('brimob_desak').forEach((id, k) => police.push({ type: 'formation', unitId: id, formation: 'anak_panah' }, { type: 'push', unitId: id, toward: { x: 40 + (k % 8) * 10, y: 30 } }));
  if (t === 18) groups.forEach((g, k) => { if (k % 4 === 3) crowd.push({ type: 'disperse', groupId: g }); });
  return { police, crowd };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const r2 = (x: number): number => Math.round(x * 100) / 100;

function runCase(scale: number, turns: number, seeks: number): Record<string, unknown> {
  const setup = kpuSetup(scale, turns);
  const created = createGame(setup, 42);
  if (!created.ok) throw new Error(created.message);
  const game = created.game;
  const log: Command[] = [];
  const tickMs: number[] = [];
  const turnMs: number[] = [];
  const hashMs: number[] = [];
  let events = 0;
  const t0 = performance.now();
  for (let t = 0; t < turns; t++) {
    const o = scriptedOrders(game, t);
    const cmds: Command[] = [
      { type: 'submitOrders', playerId: 'kapolres', orders: o.police },
      { type: 'submitOrders', playerId: 'massa', orders: o.crowd },
      { type: 'resolveTurn', force: true },
    ];
    for (const c of cmds.slice(0, 2)) {
      const r = applyCommand(game, c);
      if (!r.ok) throw new Error(`turn ${t}: ${r.reason} ${r.message}`);
    }
    log.push(...cmds);
    const ts = performance.now();
    events += beginTurnResolution(game).length;
    while (game.state.phase === 'resolving') {
      const a = performance.now();
      events += stepTick(game).length;
      tickMs.push(performance.now() - a);
    }
    turnMs.push(performance.now() - ts);
    const h = performance.now();
    hashGame(game);
    hashMs.push(performance.now() - h);
  }
  const simSeconds = (performance.now() - t0) / 1000;
  const rep = createReplay(setup, 42, log);
  if (!rep.ok) throw new Error(`replay: ${rep.reason} ${rep.message}`);
  const seekMs: number[] = [];
  let seed = 12345;
  for (let k = 0; k < seeks; k++) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    const tick = seed % rep.replay.totalTicks;
    const a = performance.now();
    rep.replay.seek(tick);
    seekMs.push(performance.now() - a);
  }
  const st = game.state.stats;
  return {
    agents: game.world.header[0], officers: setup.police.reduce((n, p) => n + agentsPerUnit(p.type, p.strength) - (unitTypes[p.type].vehicle ? 1 : 0), 0),
    protesters: setup.crowd.reduce((n, c) => n + c.size, 0), turns, secondsPerTurn: 60, ticksPerTurn: game.state.ticksPerTurn,
    tickMsMedian: r2(median(tickMs)), tickMsP95: r2([...tickMs].sort((a, b) => a - b)[Math.floor(tickMs.length * 0.95)] ?? 0),
    turnMsMedian: r2(median(turnMs)), turnMsMax: r2(Math.max(...turnMs)), seekMsMedian: r2(median(seekMs)), seekMsMax: r2(Math.max(...seekMs)),
    hashMsMedian: r2(median(hashMs)), events, simSeconds: r2(simSeconds), replayMatches: rep.replay.turnHashes[turns - 1] === hashGame(game),
    outcome: { injuredOfficers: st.injuredOfficers, injuredProtesters: st.injuredProtesters, arrests: st.arrests, breaches: st.breaches, fires: st.fires, dispersed: st.dispersed },
  };
}

/** The engine cases. */
export const engineCases: BenchCase[] = [
  { name: 'engine.kpu.2800', run: () => runCase(1, 30, 20) },
  { name: 'engine.kpu.11200', run: () => runCase(4, 10, 5) },
];
