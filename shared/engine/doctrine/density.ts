import type { Game } from '../state';
import type { GameEvent } from '../events';
import { doctrineRules } from './rules';
import type { DoctrineState } from '../doctrineTypes';
import { CROWDING_SECONDS } from '../model';

/**
 * The doctrine's density warning (issue #15 item 1, CROWD-AND-AI.md density bands): when a police
 * unit drives people into a dangerously packed crowd (a push in contact, a water cannon or gas aimed
 * at the spot where the simulation reports `crowd_crush_risk` with that unit), the unit gets one
 * `conduct_judged` finding of kind `crowd_crush`, questionable under the HAM-protection rule
 * (Perkap 8/2009): kettling, a jet or a push into a packed crowd endangers the people in it. One
 * finding per unit per episode: again only after WARN_EPISODE_SECONDS without a report naming it. The
 * finding names the unit's strength as the officers and the sustained-density time constant as the
 * seconds (the crowd has been packed at least that long when the simulation reports it).
 */

/** A unit is warned again only after this long without driving a crush-risk spot. */
export const WARN_EPISODE_SECONDS = 120;

/** Reads this tick's crush-risk reports and warns the police units driving them. */
export function warnDensity(game: Game, doc: DoctrineState, tick: number, ev: GameEvent[]): void {
  const episode = WARN_EPISODE_SECONDS / game.state.tickSeconds;
  const n = ev.length;
  for (let k = 0; k < n; k++) {
    const e = ev[k]!;
    if (e.type !== 'crowd_crush_risk' || e.unitId === null) continue;
    const ui = game.state.units.findIndex((u) => u.id === e.unitId);
    const ud = doc.units[ui];
    if (ui < 0 || !ud) continue;
    const last = ud.crushSeen ?? -1;
    ud.crushSeen = tick;
    if (last >= 0 && tick - last <= episode) continue;
    const u = game.state.units[ui]!;
    ev.push({
      tick, type: 'conduct_judged', unitId: u.id, kind: 'crowd_crush', verdict: 'questionable', rule: 'density_risk',
      citation: doctrineRules.density_risk.citation, officers: u.count, seconds: CROWDING_SECONDS,
      orderId: u.taskOrderId ?? u.moveOrderId, x: e.x, y: e.y,
    });
    doc.tally.conduct++;
    doc.turnTally.conduct++;
  }
}
