import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyCommand } from '../engine/commands';
import { scriptedCrowdOrders } from '../engine/script/index';
import { listScenarios } from '../scenario/index';
import { getVenue } from '../venue/index';
import { translate } from '../i18n/messages';
import { decideCrowd } from './commander';
import { aiLevelParams, aiLevels, parseAiLevel } from './levels';
import { perceive, type Perception } from './perception';
import { choosePlan, reachedSteps, triggerHolds } from './plans';
import { AI_CROWD_PLAYER } from './players';
import { aiScenarioGame, playAiTurn } from './testing';

const AI = AI_CROWD_PLAYER.id;

function basePerception(over: Partial<Perception> = {}): Perception {
  return {
    turn: 0, turnLimit: 20, legitimacy: 0.8, units: [], openings: [], panels: [], groups: [], clouds: [], spraying: false,
    arrests: 0, injuredProtesters: 0, breaches: 0, hostageHeld: false, objectivesMet: [], ...over,
  };
}
const group = { id: 'g', index: 0, x: 0, y: 0, present: 100, active: 10, agitation: 0, appeals: 0, task: 'idle', hasKorlap: true, orators: 2, provocateurs: 1, wet: 0, gassed: 0, inside: 0 };

describe('AI plan triggers', () => {
  it('each trigger holds exactly when what it names is seen', () => {
    const p = basePerception({ turn: 4, groups: [group] });
    expect(triggerHolds({ type: 'after_turn', turn: 4 }, p)).toBe(true);
    expect(triggerHolds({ type: 'after_turn', turn: 5 }, p)).toBe(false);
    const unit = { id: 'u', type: 'dalmas_awal' as const, x: 10, y: 10, formation: 'bersaf' as const, stance: 'hold' as const, officers: 20, activity: 'idle' as const };
    expect(triggerHolds({ type: 'police_within', at: { x: 12, y: 10 }, r: 3 }, basePerception({ units: [unit] }))).toBe(true);
    expect(triggerHolds({ type: 'police_within', at: { x: 20, y: 10 }, r: 3 }, basePerception({ units: [unit] }))).toBe(false);
    expect(triggerHolds({ type: 'water_cannon_used' }, p)).toBe(false);
    expect(triggerHolds({ type: 'water_cannon_used' }, basePerception({ groups: [{ ...group, wet: 3 }] }))).toBe(true);
    expect(triggerHolds({ type: 'water_cannon_used' }, basePerception({ spraying: true }))).toBe(true);
    expect(triggerHolds({ type: 'gas_used' }, p)).toBe(false);
    expect(triggerHolds({ type: 'gas_used' }, basePerception({ clouds: [{ x: 0, y: 0, r: 5 }] }))).toBe(true);
    expect(triggerHolds({ type: 'arrests_at_least', count: 2 }, basePerception({ arrests: 1 }))).toBe(false);
    expect(triggerHolds({ type: 'arrests_at_least', count: 2 }, basePerception({ arrests: 2 }))).toBe(true);
    const gate = { id: 'main-gate', kind: 'gate' as const, ownerId: 'f', x: 0, y: 0, closed: false, breached: true, breachable: true };
    expect(triggerHolds({ type: 'breach', gateId: 'main-gate' }, basePerception({ openings: [gate] }))).toBe(true);
    expect(triggerHolds({ type: 'breach', gateId: 'side-gate' }, basePerception({ openings: [gate] }))).toBe(false);
    expect(triggerHolds({ type: 'breach' }, basePerception({ breaches: 1 }))).toBe(true);
    expect(triggerHolds({ type: 'legitimacy_below', value: 0.5 }, basePerception({ legitimacy: 0.4 }))).toBe(true);
    expect(triggerHolds({ type: 'legitimacy_below', value: 0.5 }, basePerception({ legitimacy: 0.6 }))).toBe(false);
    expect(triggerHolds({ type: 'appeals_heard', groupId: 'g', atLeast: 3 }, basePerception({ groups: [{ ...group, appeals: 3 }] }))).toBe(true);
    expect(triggerHolds({ type: 'appeals_heard', groupId: 'g', atLeast: 3 }, p)).toBe(false);
    expect(triggerHolds({ type: 'active_share', groupId: 'g', atLeast: 0.1 }, p)).toBe(true);
    expect(triggerHolds({ type: 'active_share', groupId: 'g', atLeast: 0.2 }, p)).toBe(false);
  });

  it('a group reaches its steps in order: a later step waits for the one before even when its own trigger holds', () => {
    const plan = {
      id: 'p', name: { id: 'P', en: 'P' }, steps: [
        { order: { type: 'march' as const, groupId: 'g', to: { x: 1, y: 1 } }, when: [] },
        { order: { type: 'orasi' as const, groupId: 'g' }, when: [{ type: 'after_turn' as const, turn: 3 }] },
        { order: { type: 'sit_in' as const, groupId: 'g' }, when: [{ type: 'arrests_at_least' as const, count: 1 }] },
      ],
    };
    expect(reachedSteps(plan, basePerception({ turn: 1, arrests: 5 })).get('g')?.index).toBe(0);
    expect(reachedSteps(plan, basePerception({ turn: 3 })).get('g')).toMatchObject({ index: 1, trigger: { type: 'after_turn' } });
    expect(reachedSteps(plan, basePerception({ turn: 3, arrests: 1 })).get('g')?.index).toBe(2);
  });

  it('draws a plan from the seed unless the instructor chose one', () => {
    const sc = listScenarios().find((s) => s.id === 'pleno-kpu')!;
    const drawn = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((seed) => choosePlan(sc.aiPlans, undefined, seed)!.id));
    expect(drawn.size).toBeGreaterThan(1);
    expect(choosePlan(sc.aiPlans, 'pintu-samping', 1)!.id).toBe('pintu-samping');
    expect(choosePlan([], undefined, 1)).toBeNull();
  });
});

describe('AI difficulty levels', () => {
  it('harder levels react sooner, coordinate and exploit more, weigh more options with less noise', () => {
    for (let k = 1; k < aiLevels.length; k++) {
      const easier = aiLevelParams[aiLevels[k - 1]!];
      const harder = aiLevelParams[aiLevels[k]!];
      expect(harder.reactionDelay).toBeLessThanOrEqual(easier.reactionDelay);
      expect(harder.coordination).toBeGreaterThanOrEqual(easier.coordination);
      expect(harder.exploitation).toBeGreaterThan(easier.exploitation);
      expect(harder.optionsWeighed).toBeGreaterThan(easier.optionsWeighed);
      expect(harder.noise).toBeLessThan(easier.noise);
    }
    expect(parseAiLevel('ahli')).toBe('ahli');
    expect(parseAiLevel(null)).toBe('sedang');
    expect(parseAiLevel('hard')).toBe('sedang');
  });

  it('each level has a name and a one-line description in both languages', () => {
    for (const level of aiLevels) {
      for (const lang of ['id', 'en'] as const) {
        expect(translate(lang, `ai.level.${level}`)).not.toBe('');
        expect(translate(lang, `ai.level.${level}.hint`)).not.toContain('\n');
      }
      expect(translate('id', `ai.level.${level}.hint`)).not.toBe(translate('en', `ai.level.${level}.hint`));
    }
  });
});

describe('AI crowd commander', () => {
  it('shipped scenarios give at least two plans whose steps name their own groups, gates, buildings and people', () => {
    for (const sc of listScenarios()) {
      expect(sc.aiPlans.length, sc.id).toBeGreaterThanOrEqual(2);
      const venue = getVenue(sc.venueId)!;
      const b = venue.file.bounds;
      for (const plan of sc.aiPlans) for (const step of plan.steps) {
        const o = step.order;
        expect(sc.crowd.map((g) => g.id), `${sc.id}/${plan.id}`).toContain(o.groupId);
        if (o.type === 'breach' && o.gateId) expect(venue.openings.map((x) => x.id)).toContain(o.gateId);
        if (o.type === 'enter_building') expect(venue.file.buildings.map((x) => x.id)).toContain(o.buildingId);
        if (o.type === 'take_hostage') expect(venue.file.protectedPeople.map((x) => x.id)).toContain(o.personId);
        for (const pt of [('to' in o && o.to), ('toward' in o && o.toward), ('at' in o && o.at)]) {
          if (pt) expect(pt.x >= b.minX && pt.x <= b.maxX && pt.y >= b.minY && pt.y <= b.maxY, `${plan.id} ${JSON.stringify(pt)}`).toBe(true);
        }
      }
    }
  });

  it('is a pure function of the game: the same decision twice, and the game\'s own random stream untouched', () => {
    const game = aiScenarioGame('pleno-kpu', 11, { crowdSize: 100 });
    const rng = Array.from(game.world.rng);
    const first = decideCrowd(game, AI, 'sulit');
    expect(decideCrowd(game, AI, 'sulit')).toEqual(first);
    expect(Array.from(game.world.rng)).toEqual(rng);
  });

  it('property: the AI\'s orders are always accepted by the engine', () => {
    const scenarios = listScenarios().map((s) => s.id);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0x7fffffff }), fc.constantFrom(...aiLevels), fc.constantFrom(...scenarios), fc.integer({ min: 0, max: 2 }), (seed, level, scenario, turns) => {
        const game = aiScenarioGame(scenario, seed, { crowdSize: 60 });
        for (let t = 0; t < turns; t++) playAiTurn(game, [], level);
        const d = decideCrowd(game, AI, level);
        const r = applyCommand(game, { type: 'submitOrders', playerId: AI, orders: d.orders });
        expect(r.ok, JSON.stringify(d.orders)).toBe(true);
        expect(d.intent.groups.length).toBe(perceive(game, game.state.players.find((p) => p.id === AI)!.controls).groups.length);
      }),
      { numRuns: 10 },
    );
  });

  it('exploits an unguarded gate that the scripted crowd ignores', () => {
    const turns = 5;
    const ai = aiScenarioGame('pleno-kpu', 4, { crowdSize: 150 });
    const scripted = aiScenarioGame('pleno-kpu', 4, { crowdSize: 150, crowd: 'script' });
    let aiBreached = false, aiWent = false, scriptedBreached = false, scriptedWent = false;
    for (let t = 0; t < turns; t++) {
      const d = decideCrowd(ai, AI, 'ahli');
      aiWent ||= d.intent.groups.some((g) => g.weakness === 'unguarded_gate' && g.targetId === 'main-gate');
      aiBreached ||= playAiTurn(ai, [], 'ahli').events.some((e) => e.type === 'gate_breached');
      scriptedWent ||= scriptedCrowdOrders(scripted).some((o) => o.type === 'breach');
      scriptedBreached ||= playAiTurn(scripted, [], 'ahli').events.some((e) => e.type === 'gate_breached');
    }
    expect(aiWent).toBe(true);
    expect(aiBreached).toBe(true);
    expect(scriptedWent).toBe(false);
    expect(scriptedBreached).toBe(false);
  });

  it('coordinates: while one group breaches, the expert sends another on a diversion; the easy level never does', () => {
    const reasons = (level: 'mudah' | 'ahli'): string[][] => {
      const game = aiScenarioGame('pleno-kpu', 1, { crowdSize: 90 });
      const out: string[][] = [];
      for (let t = 0; t < 8 && game.state.phase === 'planning'; t++) {
        out.push(decideCrowd(game, AI, level).intent.groups.map((g) => g.reason));
        playAiTurn(game, [], level);
      }
      return out;
    };
    const expert = reasons('ahli');
    expect(expert.some((turn) => turn.includes('diversion') && turn.some((r) => r === 'exploit_gate' || r === 'exploit_panel'))).toBe(true);
    expect(reasons('mudah').flat()).not.toContain('diversion');
  });

  it('over seeds, the expert meets its objectives at least as often as the easy level against passive police', () => {
    const met = (level: 'mudah' | 'ahli'): number => {
      let n = 0;
      for (const seed of [1, 2, 3, 4]) {
        const game = aiScenarioGame('pleno-kpu', seed, { crowdSize: 120 });
        for (let t = 0; t < 6 && game.state.phase === 'planning'; t++) playAiTurn(game, [], level);
        n += game.state.doctrine.objectives.filter((o) => o.met).length;
      }
      return n;
    };
    const easy = met('mudah');
    const expert = met('ahli');
    expect(expert).toBeGreaterThanOrEqual(easy);
    expect(expert).toBeGreaterThan(0);
  });
});
