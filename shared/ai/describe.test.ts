import { describe, expect, it } from 'vitest';
import { aiReasons } from './options';
import { weaknessKinds } from './weakness';
import { describeIntent } from './describe';
import { decideCrowd } from './commander';
import { AI_CROWD_PLAYER } from './players';
import { aiScenarioGame, playAiTurn } from './testing';
import type { AiIntent } from './intent';

/** The AI's intent in words: plan and level, then one line per group, with no engine code left in either language. */
describe('AI intent in words', () => {
  it('names the plan, the level, each group, its order, reason, plan step, trigger and weakness', () => {
    const game = aiScenarioGame('pleno-kpu', 4, { crowdSize: 100, aiPlanId: 'pintu-samping' });
    let intent: AiIntent | null = null;
    for (let t = 0; t < 4 && !intent; t++) {
      const d = decideCrowd(game, AI_CROWD_PLAYER.id, 'ahli');
      if (d.intent.groups.some((g) => g.weakness)) intent = d.intent;
      playAiTurn(game, [], 'ahli');
    }
    expect(intent).not.toBeNull();
    const names = new Map(game.state.groups.map((g) => [g.id, g.name]));
    const id = describeIntent(intent!, game.setup, names, 'id');
    const en = describeIntent(intent!, game.setup, names, 'en');
    expect(id.heading).toBe('Rencana: Pengalihan di depan, jebol gerbang samping · tingkat Ahli');
    expect(en.heading).toBe('Plan: Diversion in front, break the side gate · level Expert');
    expect(id.lines.join('\n')).toContain('kelemahan dimanfaatkan: gerbang tanpa penjagaan');
    expect(en.lines.join('\n')).toContain('weakness exploited: unguarded gate');
    expect(id.lines[0]).toMatch(/^Massa pendukung paslon: /);
    for (const text of [...id.lines, ...en.lines]) {
      // Codes with an underscore cannot be ordinary words of either language.
      for (const code of [...aiReasons, ...weaknessKinds, 'push_line', 'after_turn', 'enter_building'].filter((c) => c.includes('_'))) expect(text).not.toContain(code);
    }
  });
});
