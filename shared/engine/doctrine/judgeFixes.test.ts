import { describe, it, expect } from 'vitest';
import { produce } from 'immer';
import { createGame, applyCommand, beginTurnResolution, snapshotGame, restoreGame, Role, Flag, type Game, type GameEvent, type GameState, type SetupInput } from '../index';
import { observe, assess, CALM_SECONDS } from './situation';
import { applyConsequences } from './consequences';
import { HANDOVER_GRACE_SECONDS } from './judge';
import type { DoctrineState, SituationLevel } from '../doctrineTypes';

/**
 * Issue #15 item 6: judgements that contradicted the doctrine, each with the rule it enforces.
 * Orders go through the real pipeline (submitOrders, then beginTurnResolution applies and judges them).
 */

type Judged = Extract<GameEvent, { type: 'measure_judged' }>;

function setup(): SetupInput {
  const at = (x: number): { x: number; y: number } => ({ x, y: 30 });
  const police: SetupInput['police'] = [
    { id: 'awal-1', type: 'dalmas_awal', staging: at(70), heading: -Math.PI / 2 },
    { id: 'lanjut-1', type: 'dalmas_lanjut', staging: at(90), heading: -Math.PI / 2 },
    { id: 'awc-1', type: 'water_cannon', staging: at(40), heading: -Math.PI / 2 },
    { id: 'tindak-1', type: 'tim_tindak', staging: at(85), heading: -Math.PI / 2 },
  ];
  return {
    venueId: 'kpu-office', turnLimit: 10,
    players: [
      { id: 'polisi', name: 'Kapolres', side: 'police', controls: police.map((u) => u.id) },
      { id: 'massa', name: 'Massa', side: 'crowd', controls: ['massa-1'] },
    ],
    police,
    crowd: [{ id: 'massa-1', arrival: 'lot-south', size: 60, provocateurs: 2, sajam: 0 }],
  };
}

const SNAP = ((): Uint8Array => {
  const r = createGame(setup(), 4);
  if (!r.ok) throw new Error(r.message);
  expect(applyCommand(r.game, { type: 'resolveTurn', force: true }).ok).toBe(true);
  return snapshotGame(r.game);
})();

/** The base game at `level` with tactical control with `control`, after `prepare` ran on the draft. */
function game(level: SituationLevel, control: 'awal-1' | 'lanjut-1' = 'lanjut-1', prepare?: (d: GameState) => void): Game {
  const r = restoreGame(SNAP);
  if (!r.ok) throw new Error(r.message);
  const g = r.game;
  g.state = produce(g.state, (d) => {
    d.doctrine.level = level;
    d.doctrine.assessed = level;
    d.groups[0]!.appeals = 3;
    d.doctrine.control = { leadUnitId: control, echelon: control === 'awal-1' ? 'dalmas_awal' : 'dalmas_lanjut', playerId: 'polisi', overall: level === 'merah' ? 'kapolda' : 'kapolres' };
    prepare?.(d as GameState);
  });
  return g;
}

/** Submits the orders as one plan and returns their judgements. */
function judge(g: Game, orders: Record<string, unknown>[]): Judged[] {
  const sub = applyCommand(g, { type: 'submitOrders', playerId: 'polisi', orders } as never);
  if (!sub.ok) throw new Error(`${sub.reason} ${sub.message}`);
  return beginTurnResolution(g).filter((e): e is Judged => e.type === 'measure_judged');
}

/** An ordinary member of massa-1, calm and unarmed. */
function ordinary(g: Game): number {
  const a = g.world.agents;
  const grp = g.state.groups[0]!;
  for (let i = grp.first; i < grp.first + grp.count; i++) {
    if (a.role[i] !== Role.protester) continue;
    a.flags[i] = a.flags[i]! & ~(Flag.active | Flag.sajam);
    return i;
  }
  throw new Error('no ordinary member');
}

describe('rule arbitrary_conduct: arrests are counted per person, and a hostage-taker is never a peaceful target', () => {
  it('the hostage-taking is remembered from the event (consequences)', () => {
    const g = game('merah');
    const target = ordinary(g);
    g.state = produce(g.state, (d) => {
      applyConsequences(g, d, d.doctrine as DoctrineState, [{ tick: d.tick, type: 'hostage_taken', agent: d.protectedParties[0]!.first, captor: target, groupId: 'massa-1', orderId: null, x: 0, y: 0 }]);
    });
    expect(g.state.doctrine.hostageTakers).toEqual([target]);
  });

  it('re-issuing the arrest of a hostage-taker who is down and calm, after three peaceful arrests, is a targeted arrest, not arbitrary conduct', () => {
    let target = -1;
    const g = game('merah', 'lanjut-1', (d) => {
      d.doctrine.tally.peacefulArrestOrders = 3;
    });
    target = ordinary(g);
    g.state = produce(g.state, (d) => { d.doctrine.hostageTakers = [target]; });
    const [j] = judge(g, [{ type: 'arrest', unitId: 'tindak-1', target }]);
    expect(j).toMatchObject({ verdict: 'proper', rule: 'targeted_arrest', issues: [] });
    expect(j!.facts.peacefulTarget).toBe(false);
  });

  it('the same peaceful person ordered arrested again and again is one arrest: questionable (necessity), never the mass-arrest violation', () => {
    const g = game('kuning');
    const target = ordinary(g);
    const verdicts: string[] = [];
    for (let k = 0; k < 4; k++) {
      const [j] = judge(g, [{ type: 'arrest', unitId: 'tindak-1', target }]);
      verdicts.push(`${j!.verdict}/${j!.rule}/${j!.facts.peacefulArrests}`);
      // Back to planning with the target still free, so the order can be given again.
      g.state = produce(g.state, (d) => { d.phase = 'planning'; for (const u of d.units) u.task = null; });
      g.world.agents.flags[target] = g.world.agents.flags[target]! & ~Flag.arrested;
    }
    expect(verdicts).toEqual(Array(4).fill('questionable/necessity/1'));
    expect(g.state.doctrine.tally.peacefulArrestOrders).toBe(1);
  });
});

describe('rule fire_suppression: water on a burning tyre with nobody there is not stage-5 force', () => {
  const FIRE = { x: 30, y: 31 };
  const withFire = (d: GameState): void => { d.fires.push({ id: 900, x: FIRE.x, y: FIRE.y, ticksLeft: 200, groupId: 'massa-1', orderId: null }); };

  it('the water cannon on a fire with no people in its area: stage 1, proper, fire_suppression, no open measure', () => {
    const g = game('kuning', 'lanjut-1', withFire);
    const [j] = judge(g, [{ type: 'water_cannon', unitId: 'awc-1', area: { ...FIRE, r: 5 } }]);
    expect(j).toMatchObject({ stage: 1, verdict: 'proper', rule: 'fire_suppression', issues: [] });
    expect(g.state.doctrine.open[j!.orderId]).toBeUndefined();
  });

  it('the same jet with a protester standing by the fire is force against people (stage 5) and judged as such', () => {
    const g = game('hijau', 'lanjut-1', withFire);
    const p = ordinary(g);
    g.world.agents.x[p] = FIRE.x + 1;
    g.world.agents.y[p] = FIRE.y;
    const [j] = judge(g, [{ type: 'water_cannon', unitId: 'awc-1', area: { ...FIRE, r: 5 } }]);
    expect(j).toMatchObject({ stage: 5, verdict: 'violation', rule: 'proportionality' });
  });
});

describe('rule tactical_control: an ordered lapis ganti hands the line to Dalmas Lanjut for gas and water', () => {
  it('gas by Dalmas Lanjut in the same plan as its lapis ganti is not questioned for tactical control; without the lapis ganti it is', () => {
    const withHandover = judge(game('kuning', 'awal-1'), [
      { type: 'lapis_ganti', unitId: 'lanjut-1', relieveUnitId: 'awal-1' },
      { type: 'water_cannon', unitId: 'awc-1', area: { x: 40, y: 20, r: 5 } },
    ]);
    expect(withHandover[1]!.issues).not.toContain('tactical_control');
    const without = judge(game('kuning', 'awal-1'), [{ type: 'water_cannon', unitId: 'awc-1', area: { x: 40, y: 20, r: 5 } }]);
    expect(without[0]!.issues).toContain('tactical_control');
  });

  it('a lapis ganti ordered long ago that never completed no longer counts', () => {
    const g = game('kuning', 'awal-1', (d) => {
      d.doctrine.handover = { unitId: 'lanjut-1', kind: 'lapis_ganti', tick: d.tick - Math.round(HANDOVER_GRACE_SECONDS / d.tickSeconds) - 1 };
    });
    const [j] = judge(g, [{ type: 'water_cannon', unitId: 'awc-1', area: { x: 40, y: 20, r: 5 } }]);
    expect(j!.issues).toContain('tactical_control');
  });
});

describe('situation level: active people forcing their way into a building keep it at merah', () => {
  it('a group pressing into the KPU building with active members is seen as damage every tick, so merah does not step down', () => {
    const g = game('merah', 'lanjut-1', (d) => {
      d.groups[0]!.task = { type: 'enter_building', groupId: 'massa-1', buildingId: 'kantor-kpu' } as never;
      d.groups[0]!.lastActive = 40;
    });
    const doc = structuredClone(g.state.doctrine) as DoctrineState;
    const ticks = Math.round((3 * CALM_SECONDS) / g.state.tickSeconds);
    const ev: GameEvent[] = [];
    for (let t = 0; t < ticks; t++) {
      const obs = observe(g, [], doc, g.state.tick + t);
      if (t === 0) expect(obs.sightings).toContainEqual({ kind: 'damage', groupId: 'massa-1' });
      assess(doc, obs, g.state.tick + t, g.state.tickSeconds, ev);
    }
    expect(doc.level).toBe('merah');
    expect(ev.filter((e) => e.type === 'situation_level_changed')).toEqual([]);
  });

  it('the same group calm (nobody active) lets the level step down as before', () => {
    const g = game('merah', 'lanjut-1', (d) => {
      d.groups[0]!.task = { type: 'enter_building', groupId: 'massa-1', buildingId: 'kantor-kpu' } as never;
      d.groups[0]!.lastActive = 0;
    });
    const doc = structuredClone(g.state.doctrine) as DoctrineState;
    const ev: GameEvent[] = [];
    for (let t = 0; t < Math.round((3 * CALM_SECONDS) / g.state.tickSeconds); t++) assess(doc, observe(g, [], doc, g.state.tick + t), g.state.tick + t, g.state.tickSeconds, ev);
    expect(doc.level).toBe('hijau');
  });
});
