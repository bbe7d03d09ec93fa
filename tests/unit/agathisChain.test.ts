import { describe, it, expect } from 'vitest';
import { applyCommand, type GameEvent } from '../../shared/engine/index';
import { scenarioGame, policyOrders } from '../../scripts/calibrate/harness';

/**
 * Issue #15 item 4: the shipped Agathis scenario plays its event chain to the end: the crowd breaches
 * the mock compound, takes the winning paslon hostage inside the mock KPU office, and the police rescue
 * them (Brimob's arrest platoon reaches the hostage-taker through the breached door, on the navigation
 * grid). Reaching the hall no longer ends the game, the crowd must hold the hostage ten minutes to win, and the
 * freed hostages are not taken again at once. The police stand by until the hostage-taking, then play
 * by the book (calibration harness).
 */
describe('simulasi-agathis: breach, hostage, rescue', () => {
  it('seed 1: fence breached, hostage taken, captor arrested, hostages freed, no crowd win', () => {
    const g = scenarioGame('simulasi-agathis', 1);
    const events: GameEvent[] = [];
    let taken = false;
    for (let t = 0; t < 20 && g.state.phase === 'planning'; t++) {
      let orders = taken ? policyOrders(g, 'by_the_book') : [];
      for (let k = 0; k < 10; k++) {
        const r = applyCommand(g, { type: 'submitOrders', playerId: 'polri', orders });
        if (r.ok) break;
        orders = r.orderIndex === undefined ? [] : orders.filter((_, i) => i !== r.orderIndex);
      }
      const r = applyCommand(g, { type: 'resolveTurn', force: true });
      if (!r.ok) throw new Error(r.message);
      events.push(...r.events);
      taken ||= r.events.some((e) => e.type === 'hostage_taken');
    }
    const at = (type: GameEvent['type']): number => events.find((e) => e.type === type)?.tick ?? -1;
    expect(at('fence_breached') >= 0 || at('gate_breached') >= 0).toBe(true);
    expect(at('hostage_taken')).toBeGreaterThan(Math.max(at('fence_breached'), 0));
    const arrest = events.find((e) => e.type === 'arrest_made' && e.tick > at('hostage_taken'));
    expect(arrest).toBeDefined();
    expect(at('hostage_freed')).toBeGreaterThanOrEqual(arrest!.tick);
    const freed = events.filter((e) => e.type === 'hostage_freed').map((e) => (e as { agent: number }).agent);
    expect(events.some((e) => e.type === 'hostage_taken' && e.tick > at('hostage_freed') && freed.includes(e.agent))).toBe(false);
    expect(events.find((e) => e.type === 'game_over')).toMatchObject({ reason: 'turn_limit' });
  }, 120_000);
});
