import { describe, expect, it } from 'vitest';
import { createGame } from '../../../shared/engine/index';
import { defaultChoices, listScenarios, getScenario, scenarioToSetup } from '../../../shared/scenario/index';

/**
 * The shipped scenarios say what their data does (#14 item 7): each unit is commanded by default by the
 * role whose duty names it, and the Pleno KPU units start where the briefing puts them: the Danki
 * Dalmas's units inside the office grounds (west and east yards), the Brimob PHH, AWC and Tim Tindak on
 * the western lot outside the wall.
 */

const DUTY_WORD: Record<string, string> = {
  dalmas_awal: 'Dalmas Awal', dalmas_lanjut: 'Dalmas Lanjut', negosiator: 'Negosiator', dokkes: 'Dokkes', water_cannon: 'AWC',
  tim_tindak: 'Tim Tindak', brimob_sekat: 'Brimob', brimob_desak: 'Brimob', brimob_tindak: 'Brimob',
};

describe('shipped scenarios', () => {
  it('give each unit by default to the role whose duty names it', () => {
    for (const scenario of listScenarios()) {
      for (const unit of scenario.police) {
        const word = DUTY_WORD[unit.type];
        if (!word) continue;
        const naming = scenario.roles.police.filter((role) => role.duty?.id.includes(word));
        if (naming.length !== 1) continue;
        expect(unit.role, `${scenario.id}: ${unit.id}`).toBe(naming[0]!.id);
      }
    }
  });

  it('start the Pleno KPU units where the briefing says: Dalmas inside the grounds, Brimob on the western lot', () => {
    const scenario = getScenario('pleno-kpu')!;
    const created = createGame(scenarioToSetup(scenario, defaultChoices(scenario)), 3);
    if (!created.ok) throw new Error(created.message);
    const game = created.game;
    const centre = (id: string) => {
      const unit = game.state.units.find((u) => u.id === id)!;
      const { x, y } = game.world.agents;
      let sx = 0;
      let sy = 0;
      for (let i = unit.first; i < unit.first + unit.count; i++) {
        sx += x[i]!;
        sy += y[i]!;
      }
      return { x: sx / unit.count, y: sy / unit.count };
    };
    expect(scenario.briefing.id).toContain('di dalam halaman kantor');
    expect(scenario.briefing.id).toContain('Tim Tindak siaga di lahan sisi barat');
    // The grounds: inside the front fence (y 40) and the perimeter wall (x 30..130, y ..120).
    for (const id of ['dalmas-awal-1', 'dalmas-awal-2', 'dalmas-lanjut-1', 'negosiator', 'dokkes']) {
      const c = centre(id);
      expect(c.x > 30 && c.x < 130 && c.y > 40 && c.y < 120, `${id} at ${c.x}, ${c.y}`).toBe(true);
    }
    for (const id of ['dalmas-awal-2', 'negosiator', 'dokkes']) expect(centre(id).x, `${id} in the east yard`).toBeGreaterThan(100);
    for (const id of ['brimob-sekat', 'brimob-desak', 'brimob-tindak', 'awc', 'tim-tindak']) {
      const c = centre(id);
      expect(c.x, id).toBeLessThan(30);
      expect(c.y, id).toBeGreaterThan(40);
    }
    expect(scenario.police.find((u) => u.id === 'awc')!.role).toBe('danki-brimob');
  });
});
