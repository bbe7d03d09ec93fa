import { describe, it, expect } from 'vitest';
import { createGame, applyCommand, createReplay, hashGame, type Command, type GameEvent } from '../engine/index';
import { bundledScenarioResults, listScenarios, getScenario, parseScenario, parseScenarioText, scenarioToSetup, defaultChoices, type Scenario, type ScenarioChoices } from './index';

/** Every player ends planning without orders, then the turn resolves: a crowd player who sends nothing. */
function idleTurn(players: readonly { id: string }[]): Command[] {
  return [...players.map((p) => ({ type: 'endPlan', playerId: p.id }) as Command), { type: 'resolveTurn' }];
}

/** Plays up to ten turns of idle planning; returns the command log and every event. */
function playTen(scenario: Scenario, choices: ScenarioChoices, seed: number): { log: Command[]; events: GameEvent[]; hashes: string[]; turns: number } {
  const setup = scenarioToSetup(scenario, choices);
  const created = createGame(setup, seed);
  if (!created.ok) throw new Error(created.message);
  const g = created.game;
  const log: Command[] = [];
  const events: GameEvent[] = [];
  const hashes: string[] = [];
  while (g.state.turn < 10 && g.state.phase === 'planning') {
    for (const c of idleTurn(g.state.players)) {
      const r = applyCommand(g, c);
      if (!r.ok) throw new Error(`${scenario.id} turn ${g.state.turn} ${c.type}: ${r.message}`);
      log.push(c);
      events.push(...r.events);
    }
    hashes.push(hashGame(g));
  }
  return { log, events, hashes, turns: g.state.turn };
}

describe('bundled scenarios', () => {
  it('every scenario file validates', () => {
    const results = [...bundledScenarioResults()];
    expect(results.length).toBeGreaterThanOrEqual(3);
    for (const [id, r] of results) expect(r.ok ? id : r.message).toBe(id);
    expect(listScenarios().map((s) => s.id).sort()).toEqual(['pleno-kpu', 'simulasi-agathis', 'unjuk-rasa-damai']);
  });

  for (const scenario of listScenarios()) {
    for (const mode of ['crowd player sending nothing', 'crowd left to the script'] as const) {
      it(`${scenario.id} plays ten turns with the ${mode}; its script runs and the log replays to the same hashes`, () => {
        const choices: ScenarioChoices = {
          ...defaultChoices(scenario),
          crowdPlayer: mode === 'crowd left to the script' ? null : { id: 'massa', name: 'Korlap' },
          instructor: { id: 'direktur', name: 'Direktur Latihan' },
          crowdSize: 160,
        };
        const { log, events, hashes, turns } = playTen(scenario, choices, 20240826);
        expect(turns === 10 || events.some((e) => e.type === 'game_over')).toBe(true);
        const fired = events.filter((e) => e.type === 'script_event');
        expect(fired.length).toBeGreaterThan(0);
        const scriptedOrders = events.filter((e) => e.type === 'crowd_action' && e.orderId.includes('.script.'));
        if (mode === 'crowd left to the script') expect(scriptedOrders.length).toBeGreaterThan(1);
        const replay = createReplay(scenarioToSetup(scenario, choices), 20240826, log);
        if (!replay.ok) throw new Error(replay.message);
        expect(replay.replay.turnHashes).toEqual(hashes);
      });
    }
  }

  it('the script of each scenario shows its story when left alone', () => {
    const ids = (id: string) => {
      const s = getScenario(id)!;
      return playTen(s, { ...defaultChoices(s), crowdSize: 160 }, 7).events;
    };
    const agathis = ids('simulasi-agathis');
    expect(agathis.some((e) => e.type === 'reinforcements_arrived' && e.id === 'massa-jalan')).toBe(true);
    expect(agathis.some((e) => e.type === 'script_event' && e.eventId === 'massa-naiki-awc')).toBe(true);
    const pleno = ids('pleno-kpu');
    expect(pleno.some((e) => e.type === 'script_event' && e.eventId === 'provokator-melempar')).toBe(true);
    expect(pleno.some((e) => e.type === 'projectiles_thrown')).toBe(true);
    const damai = ids('unjuk-rasa-damai');
    expect(damai.some((e) => e.type === 'delegation_arrived')).toBe(true);
    expect(damai.some((e) => e.type === 'projectiles_thrown' || e.type === 'gate_breached' || e.type === 'hostage_taken')).toBe(false);
  });
});

describe('malformed scenario files', () => {
  const good = (): Record<string, unknown> => JSON.parse(JSON.stringify(getScenario('pleno-kpu'))) as Record<string, unknown>;

  it('a file that is not JSON says so', () => {
    const r = parseScenarioText('{ "formatVersion": 1, "id": "rusak", ');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/JSON/);
  });

  it('wrong shapes name the path', () => {
    const broken = { ...good(), turnLimit: 'dua puluh', name: { id: 'Nama saja' } };
    const r = parseScenario(broken);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toContain('pleno-kpu');
      expect(r.issues.some((i) => i.startsWith('turnLimit:'))).toBe(true);
      expect(r.issues.some((i) => i.startsWith('name.en:'))).toBe(true);
    }
  });

  it('unknown zones, roles and script references are refused with what is wrong', () => {
    const zone = good();
    (zone.crowd as { arrival: string }[])[0]!.arrival = 'alun-alun';
    expect(parseScenario(zone)).toMatchObject({ ok: false, issues: ['crowd.0.arrival: no arrival zone alun-alun in kpu-office'] });
    const role = good();
    (role.police as { role: string }[])[0]!.role = 'kapolri';
    const roleResult = parseScenario(role);
    expect(roleResult.ok).toBe(false);
    if (!roleResult.ok) expect(roleResult.issues).toContain('police.0.role: no police role kapolri');
    const event = good();
    (event.events as { effects: unknown[] }[])[0]!.effects = [{ type: 'arrive', groupIds: ['massa-utama'] }];
    const eventResult = parseScenario(event);
    expect(eventResult.ok).toBe(false);
    if (!eventResult.ok) expect(eventResult.message).toContain('massa-utama is not a reserve');
    expect(parseScenario(null)).toMatchObject({ ok: false });
  });
});
