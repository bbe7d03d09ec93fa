import type { UnitTypeId } from '../forces';
import type { GameEvent } from '../events';
import type { PlayerState, UnitState } from '../state';
import { echelonOf, commanderOf } from './init';
import type { DoctrineState, IncidentKind, SituationLevel } from '../doctrineTypes';

/**
 * Command and authority (DOCTRINE.md sections 2-4). Which unit fits which level, who holds kendali
 * taktis (the unit holding the line; it passes with each completed lapis / lintas ganti) and kendali
 * umum (with the Kapolda while the level is merah).
 *
 * Authority breaches are not refused: a Brimob push at hijau or gas not ordered by the one in tactical
 * control is accepted, simulated, and judged (measure_judged cites the rule) so the Anev can discuss
 * the mistake. Only orders a unit physically cannot carry out keep their typed rejections
 * (order_not_allowed, out_of_reach, no_supplies ...), and only an instructor may set the level.
 */

/**
 * The levels at which a unit type is the right one to use force (null: any level, e.g. Tim Tindak,
 * Dokkes; empty: none, the partner agencies, whose force the Anev judges under `partner_support`).
 */
export const unitLevels: Readonly<Record<UnitTypeId, readonly SituationLevel[] | null>> = {
  dalmas_awal: ['hijau'],
  dalmas_lanjut: ['kuning', 'merah'],
  water_cannon: ['kuning', 'merah'],
  raimas: ['kuning', 'merah'],
  brimob_sekat: ['merah'],
  brimob_desak: ['merah'],
  brimob_tindak: ['merah'],
  tim_tindak: null,
  negosiator: null,
  dokkes: null,
  mobil_komando: null,
  // Partner agencies are never the unit to use force against a crowd (DOCTRINE.md sections 1, 5).
  tni_support: [],
  satpol_pp: [],
  pemda_liaison: [],
};

/** Whether a unit of this type is the right one for force at this level. */
export function unitSuitsLevel(type: UnitTypeId, level: SituationLevel): boolean {
  const levels = unitLevels[type];
  return levels === null || levels.includes(level);
}

/**
 * Whether the setup could carry out this handover at all (a relieving and a relieved unit exist); the
 * tactical-control checks are waived when it could not, so a setup without Dalmas Lanjut is not
 * judged for a lapis ganti it had no means to make.
 */
export function handoverPossible(units: readonly UnitState[], kind: 'lapis_ganti' | 'lintas_ganti'): boolean {
  const relief = kind === 'lapis_ganti' ? 'dalmas_lanjut' : 'brimob_phh';
  const relieved = kind === 'lapis_ganti' ? 'dalmas_awal' : 'dalmas_lanjut';
  return units.some((u) => echelonOf(u.type) === relief) && units.some((u) => echelonOf(u.type) === relieved);
}

/**
 * Sets the effective level and reports it; kendali umum passes to the Kapolda on entering merah and
 * back to the Kapolres on leaving it.
 */
export function changeLevel(
  doc: DoctrineState, to: SituationLevel, cause: IncidentKind | 'calm' | 'instructor', groupId: string | null, tick: number, ev: GameEvent[],
): void {
  const from = doc.level;
  if (from === to) return;
  doc.level = to;
  ev.push({ tick, type: 'situation_level_changed', from, to, cause, groupId, assessed: doc.assessed, overridden: doc.override !== null });
  const overall = to === 'merah' ? 'kapolda' : 'kapolres';
  if (overall !== doc.control.overall) {
    ev.push({ tick, type: 'control_passed', control: 'umum', from: doc.control.overall, to: overall, cause: 'situation_level' });
    doc.control.overall = overall;
  }
}

/** Metres from the relieved line within which the relief's anchor stands in it (the handover task's own test). */
const IN_LINE_METRES = 1.5;

/**
 * A relief that took another task on the way (gas fired, an appeal made while still walking to the line)
 * keeps walking its handover route; when it stands in the relieved line it has taken over, so the
 * handover completes then as the task would have (DOCTRINE.md section 3: lapis / lintas ganti is the
 * relief taking the line, whatever else it does meanwhile). A relief sent elsewhere has abandoned it.
 */
export function completeDisplacedHandover(doc: DoctrineState, units: readonly UnitState[], tick: number, ev: GameEvent[]): void {
  const h = doc.handover;
  if (!h || h.orderId === undefined || h.x === undefined || h.y === undefined || h.relievedUnitId === undefined) return;
  const u = units.find((x) => x.id === h.unitId);
  if (!u || (u.task?.type === 'handover' && u.taskOrderId === h.orderId)) return;
  if (ev.some((e) => e.type === 'handover_completed' && e.unitId === u.id)) return;
  if (u.waypoints.length > 0 || Math.abs(h.x - u.x) > IN_LINE_METRES || Math.abs(h.y - u.y) > IN_LINE_METRES) return;
  if ((h.x - u.x) * (h.x - u.x) + (h.y - u.y) * (h.y - u.y) > IN_LINE_METRES * IN_LINE_METRES) return;
  ev.push({ tick, type: 'handover_completed', unitId: u.id, relievedUnitId: h.relievedUnitId, kind: h.kind, orderId: h.orderId });
}

/** A completed lapis / lintas ganti hands kendali taktis to the relieving unit (and its commanding player). */
export function passTacticalControl(
  doc: DoctrineState, players: readonly PlayerState[], units: readonly UnitState[],
  e: Extract<GameEvent, { type: 'handover_completed' }>, ev: GameEvent[],
): void {
  const unit = units.find((u) => u.id === e.unitId);
  if (!unit) return;
  const from = doc.control.leadUnitId;
  if (doc.handover?.unitId === unit.id) doc.handover = null;
  doc.control.leadUnitId = unit.id;
  doc.control.echelon = echelonOf(unit.type);
  doc.control.playerId = commanderOf(players, unit.id);
  ev.push({
    tick: e.tick, type: 'control_passed', control: 'taktis', fromUnitId: from, toUnitId: unit.id, echelon: doc.control.echelon,
    playerId: doc.control.playerId, cause: e.kind, orderId: e.orderId,
  });
}
