import type { Game } from '../state';
import type { GameEvent } from '../events';
import { unitTypes } from '../forces';
import { ordersOfUnitType } from '../orderDefs/registry';
import { AgentKind, Flag, OFF_FIELD } from '../model';
import { formationOffset } from '../formation';
import { detCos, detSin } from '../../math/deterministic';
import { doctrineRules } from './rules';
import type { DoctrineState } from '../doctrineTypes';

/**
 * Formation discipline (Perkap 9/2008 Art. 28 as quoted in DOCTRINE.md section 4: no leaving the
 * formation, no pursuing individuals), read from the world arrays every CHECK_TICKS ticks: a line
 * unit with officers more than STRAY_METRES from their places, or an arrest team whose snatch squad
 * is more than PURSUIT_METRES from its unit, for SUSTAIN_SECONDS, gets one `conduct_judged` event per
 * episode. Units on the move (waypoints, handover), escorting, and medics and vehicles are exempt:
 * their people are expected to be away from the slots; arrest teams are judged for pursuit only. Cost: O(officers) every CHECK_TICKS ticks.
 */

/** Ticks between two checks. */
export const CHECK_TICKS = 10;
/** An officer this far from his place in the formation has left it. */
export const STRAY_METRES = 10;
/** A snatch squad this far from its unit is pursuing an individual. */
export const PURSUIT_METRES = 30;
/** How long it must last to be judged. */
export const SUSTAIN_SECONDS = 15;

const off = new Float32Array(2);

/** Runs the check when due and reports new episodes. */
export function checkConduct(game: Game, doc: DoctrineState, tick: number, ev: GameEvent[]): void {
  if (tick % CHECK_TICKS !== 0) return;
  const s = game.state;
  const a = game.world.agents;
  const need = Math.ceil(SUSTAIN_SECONDS / s.tickSeconds / CHECK_TICKS);
  s.units.forEach((u, ui) => {
    const ud = doc.units[ui];
    if (!ud) return;
    const type = unitTypes[u.type];
    const exempt = type.vehicle || u.type === 'negosiator' || u.type === 'dokkes' || u.waypoints.length > 0 ||
      u.task?.type === 'handover' || u.task?.type === 'escort' || u.task?.type === 'evacuate';
    // Arrest teams work away from their line by design: only pursuit counts for them.
    const snatch = ordersOfUnitType(u.type).includes('arrest');
    let stray = 0;
    let pursuing = 0;
    let cx = 0;
    let cy = 0;
    if (!exempt) {
      const c = detCos(u.heading);
      const sn = detSin(u.heading);
      for (let i = u.first; i < u.first + u.count; i++) {
        if (a.kind[i] !== AgentKind.officer || (a.flags[i]! & (OFF_FIELD | Flag.down)) !== 0) continue;
        const x = a.x[i]!;
        const y = a.y[i]!;
        if (a.link[i]! >= 0) {
          const dx = x - u.x;
          const dy = y - u.y;
          if (dx * dx + dy * dy > PURSUIT_METRES * PURSUIT_METRES) { pursuing++; cx += x; cy += y; }
          continue;
        }
        if (snatch) continue;
        let sx: number;
        let sy: number;
        if (u.rope) {
          const k = u.count > 1 ? a.slot[i]! / (u.count - 1) : 0.5;
          sx = u.rope.a.x + (u.rope.b.x - u.rope.a.x) * k;
          sy = u.rope.a.y + (u.rope.b.y - u.rope.a.y) * k;
        } else {
          formationOffset(u.formation, a.slot[i]!, u.count, type.vehicle, off);
          sx = u.x + off[0]! * c - off[1]! * sn;
          sy = u.y + off[0]! * sn + off[1]! * c;
        }
        const dx = x - sx;
        const dy = y - sy;
        if (dx * dx + dy * dy > STRAY_METRES * STRAY_METRES) { stray++; cx += x; cy += y; }
      }
    }
    const strayEnough = stray >= Math.max(2, Math.ceil(u.count * 0.2));
    if (!strayEnough && pursuing === 0) {
      if (ud.stray !== 0) ud.stray = 0;
      if (ud.reported) ud.reported = false;
      return;
    }
    ud.stray++;
    if (ud.stray < need || ud.reported) return;
    ud.reported = true;
    const n = pursuing > 0 ? pursuing : stray;
    const kind = pursuing > 0 ? 'pursuit' : 'formation_left';
    ev.push({
      tick, type: 'conduct_judged', unitId: u.id, kind, verdict: 'questionable', rule: 'formation_discipline',
      citation: doctrineRules.formation_discipline.citation, officers: n, seconds: ud.stray * CHECK_TICKS * s.tickSeconds,
      orderId: kind === 'pursuit' ? u.taskOrderId : u.moveOrderId, x: cx / n, y: cy / n,
    });
    doc.tally.conduct++;
    doc.turnTally.conduct++;
  });
}
