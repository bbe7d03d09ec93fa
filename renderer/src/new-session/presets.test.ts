import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyCommand, createGame, hashGame, setupSchema } from '../play/engineFacade';
import { AgentFrames } from '../play/agentFrames';
import { planContextFor, planUnitsFor } from '../play/unitViews';
import { ACTION_TOOLS } from '../play/orderTools';
import { SCENARIO_PRESETS, buildSetup, presetsForVenue } from './presets';
import { textIn } from '../i18n/useT';
import { initialForm, toCreateInput } from './sessionSetupForm';
import { PlaybackLoop } from '../play/playbackLoop';
import { summariseTurn } from '../play/turnSummary';
import { runFrames, stubPage } from '../play/testing/frameQueue';

afterEach(() => vi.unstubAllGlobals());

/** The presets build valid setups and a turn can be planned with the tools and resolved tick by tick. */
describe('scenario presets', () => {
  for (const preset of SCENARIO_PRESETS) {
    it(`${preset.id} builds a game that resolves a planned turn the same tick by tick as in one go`, () => {
      const police = [
        { id: 'p1', name: 'A', unitIds: preset.police.filter((u) => u.lead === 0).map((u) => u.id) },
        { id: 'p2', name: 'B', unitIds: preset.police.filter((u) => u.lead === 1).map((u) => u.id) },
      ];
      const setup = buildSetup(preset, { police, crowdPlayer: { id: 'c', name: 'K' }, crowdSize: 200 });
      expect(setupSchema.safeParse(setup).success).toBe(true);
      const make = () => {
        const created = createGame(setup, 7);
        if (!created.ok) throw new Error(created.message);
        return created.game;
      };
      const a = make();
      const b = make();
      for (const playerId of ['p1', 'p2', 'c']) {
        const unit = planUnitsFor(a, playerId)[0]!;
        const tool = ACTION_TOOLS.find((t) => (t.id === 'move' || t.id === 'march') && t.appliesTo(unit))!;
        const order = tool.build(unit, planContextFor(a), [unit.centre[0] + 5, unit.centre[1] + 5])!;
        for (const game of [a, b]) {
          expect(applyCommand(game, { type: 'submitOrders', playerId, orders: [order] }).ok).toBe(true);
          expect(applyCommand(game, { type: 'endPlan', playerId }).ok).toBe(true);
        }
      }
      const resolved = applyCommand(a, { type: 'resolveTurn' });
      expect(resolved.ok).toBe(true);
      let done = false;
      const loop = new PlaybackLoop(b, new AgentFrames(b), { speed: () => 1, paused: () => false, onProgress: () => {}, onDone: () => { done = true; } });
      // Skip runs the rest of the turn in slices across animation frames; the test runs the frames.
      stubPage();
      loop.start();
      loop.skip();
      runFrames();
      expect(done).toBe(true);
      expect(hashGame(b)).toBe(hashGame(a));
      if (resolved.ok) expect(summariseTurn(0, resolved.events).lines.length).toBeGreaterThan(0);
    });
  }
});

/** The presets come from the scenario files; the form turns them into sessions the engine accepts. */
describe('scenario files behind the presets', () => {
  it('lists the bundled scenarios per venue, with their texts in both languages', () => {
    expect(presetsForVenue('kpu-office').map((p) => p.id)).toEqual(['pleno-kpu', 'unjuk-rasa-damai']);
    expect(presetsForVenue('lapangan-agathis').map((p) => p.id)).toEqual(['simulasi-agathis']);
    const pleno = SCENARIO_PRESETS[0]!;
    expect(textIn('id', pleno.name)).toBe('Pleno rekapitulasi di Kantor KPU');
    expect(textIn('en', pleno.name)).toMatch(/KPU office/);
    for (const preset of SCENARIO_PRESETS) expect(preset.police.every((u) => u.lead >= 0 && u.lead < preset.roles.length)).toBe(true);
  });

  for (const preset of SCENARIO_PRESETS) {
    it(`${preset.id}: the form with the crowd left to the script and an instructor makes a session the engine accepts`, () => {
      const form = { ...initialForm(preset, 'Latihan', ['Danki Dalmas', 'Kapolda'], 'Korlap'), crowdController: 'script' as const, instructorName: 'Direktur Latihan', seed: '42' };
      const input = toCreateInput(form, preset);
      expect(input.seed).toBe(42);
      expect(input.players.map((p) => p.role)).toEqual(['police', 'police', 'instructor']);
      const created = createGame(input.setup, 42);
      if (!created.ok) throw new Error(created.message);
      const game = created.game;
      expect(game.state.players.find((p) => p.id === 'direktur')?.side).toBe('instructor');
      const units = game.state.players.flatMap((p) => p.controls);
      expect(units.sort()).toEqual(preset.police.map((u) => u.id).sort());
      expect(applyCommand(game, { type: 'endPlan', playerId: 'polri-1' }).ok).toBe(true);
      expect(applyCommand(game, { type: 'endPlan', playerId: 'polri-2' }).ok).toBe(true);
      const resolved = applyCommand(game, { type: 'resolveTurn' });
      expect(resolved.ok).toBe(true);
      if (resolved.ok) expect(resolved.events.some((e) => e.type === 'crowd_action' && e.orderId.includes('.script.'))).toBe(true);
    });
  }
});
