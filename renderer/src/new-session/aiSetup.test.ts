import { describe, expect, it } from 'vitest';
import { createGame, setupSchema } from '../../../shared/engine/index';
import { AI_CROWD_PLAYER, AI_POLICE_PLAYER, decidePolice } from '../../../shared/ai/index';
import { applyCommand } from '../../../shared/engine/commands';
import { AI_POLICE_INDEX, idlePolicePlayers, initialForm, toCreateInput } from './sessionSetupForm';
import { presetById } from './presets';

/** The new-session form's AI choices: the AI crowd with its level and plan, and units given to the police AI. */
describe('new session with the AI', () => {
  const preset = presetById('pleno-kpu')!;

  it('gives the crowd to the AI player with the chosen level and plan, and chosen units to the police AI', () => {
    const base = initialForm(preset, 'Latihan', ['Danki Dalmas', 'Kapolda'], 'Korlap');
    const form = { ...base, crowdController: 'ai' as const, aiLevel: 'sulit' as const, aiPlanId: 'pintu-samping', assignment: { ...base.assignment, 'dalmas-awal-2': AI_POLICE_INDEX } };
    const input = toCreateInput(form, preset);
    expect(input.crowdController).toBe('ai');
    expect(input.aiLevel).toBe('sulit');
    const setup = setupSchema.parse(input.setup);
    expect(setup.script.aiPlan).toBe('pintu-samping');
    expect(setup.script.aiPlans.map((p) => p.id)).toContain('pintu-samping');
    const crowd = setup.players.find((p) => p.id === AI_CROWD_PLAYER.id)!;
    expect(crowd).toMatchObject({ side: 'crowd' });
    expect(crowd.controls).toEqual(preset.crowd.map((g) => g.id));
    expect(setup.players.find((p) => p.id === AI_POLICE_PLAYER.id)).toMatchObject({ side: 'police', controls: ['dalmas-awal-2'] });
    expect(setup.players.filter((p) => p.side === 'police').flatMap((p) => p.controls)).not.toContain(undefined);
    expect(input.players.map((p) => p.id)).toEqual(['polri-1', 'polri-2', AI_POLICE_PLAYER.id, AI_CROWD_PLAYER.id]);
    // The police AI's orders for its unit are accepted by the engine.
    const created = createGame(setup, 3);
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const decision = decidePolice(created.game, AI_POLICE_PLAYER.id);
    expect(decision.orders.every((o) => o.unitId === 'dalmas-awal-2')).toBe(true);
    expect(applyCommand(created.game, { type: 'submitOrders', playerId: AI_POLICE_PLAYER.id, orders: decision.orders }).ok).toBe(true);
  });

  it('a person or the script plays the crowd without any AI level; a police player left with no unit is still refused', () => {
    const base = initialForm(preset, 'Latihan', ['Danki Dalmas'], 'Korlap');
    expect(toCreateInput(base, preset).aiLevel).toBeUndefined();
    const allToAi = { ...base, assignment: Object.fromEntries(preset.police.map((u) => [u.id, AI_POLICE_INDEX])) };
    expect(idlePolicePlayers(allToAi)).toEqual([0]);
  });
});
