import { produce, type Draft } from 'immer';
import type { GameEvent } from '../events';
import type { Game, GameState, Setup } from '../state';
import { eventDue, type ConditionView } from './conditions';
import { fireEvent, rushVehicle, scriptMayOrder, updateClimbs, orderGroup, type EffectCtx, type ScriptOrderApi } from './effects';
import { scriptedCrowdOrders } from './crowdPlan';
import { detSquare } from '../../math/deterministic';
import { ownValue } from '../scriptSchema';

/**
 * The script's hooks into the engine. The reducer (commands.ts) calls `scriptAtTurnStart` after the
 * players' orders are applied and `scriptAfterTick` after every tick; `injectScriptEvent` is the
 * instructor's command (its event fires at the next turn start). Each hook costs O(script events) plus the climbs in progress, and nothing
 * at all for a setup without a script.
 */

function view(game: Game, state: GameState): ConditionView {
  return { setup: game.setup, venue: game.venue, state, world: game.world, now: state.tick };
}

/** The events that are due now, in script order (manual ones never are). */
function dueEvents(game: Game, state: GameState): Setup['script']['events'] {
  if (!state.script) return [];
  const v = view(game, state);
  return game.setup.script.events.filter((e) => eventDue(e, v));
}

/**
 * At the start of a turn (inside the reducer's draft, after the players' orders): fires the events
 * the instructor injected, then those due, renews the rush of groups on a vehicle that moved, then gives the scripted crowd its orders.
 */
export function scriptAtTurnStart(game: Game, d: Draft<GameState>, tick: number, ev: GameEvent[], api: ScriptOrderApi): void {
  if (!d.script) return;
  const c: EffectCtx = { game, d, tick, ev, api };
  for (const p of d.script.pending) fireEvent(c, game.setup.script.events.find((e) => e.id === p.eventId)!, 'instructor', p.playerId);
  d.script.pending = [];
  for (const e of dueEvents(game, d as GameState)) fireEvent(c, e, 'script', null);
  const a = game.world.agents;
  for (const cl of d.script.climbs) {
    const u = d.units.find((x) => x.id === cl.unitId);
    const t = d.groups.find((x) => x.id === cl.groupId)?.task;
    if (!u || cl.on || !scriptMayOrder(d, cl.groupId)) continue;
    const onIt = t?.type === 'push_line' && detSquare(t.toward.x - a.x[u.first]!) + detSquare(t.toward.y - a.y[u.first]!) < 9;
    if (!onIt) rushVehicle(c, cl.groupId, u.first, `t${d.turn}.script.climb`);
  }
  scriptedCrowdOrders(game, d as GameState).forEach((order, k) => orderGroup(c, order, `t${d.turn}.script.${k}`, 0));
}

/** After a tick: fires the events that came due and updates vehicle climbs. Returns their events. */
export function scriptAfterTick(game: Game, api: ScriptOrderApi): GameEvent[] {
  const s = game.state;
  if (!s.script || s.phase === 'over') return [];
  const due = dueEvents(game, s);
  if (due.length === 0 && s.script.climbs.length === 0) return [];
  const ev: GameEvent[] = [];
  game.state = produce(s, (d) => {
    const c: EffectCtx = { game, d, tick: s.tick, ev, api };
    for (const e of due) fireEvent(c, e, 'script', null);
    updateClimbs(c);
  });
  return ev;
}

/**
 * The instructor (dinamisator) injects a script event by hand: the event must be in the scenario, and
 * it happens once unless it is repeatable. The reducer has already checked that `playerId` is on the
 * instructor side (doctrine/instructor.ts `instructorRejection`), as for a level override. Accepted
 * during planning, it fires as the next turn starts resolving, so its `script_event` (with the
 * instructor's id) is among that turn's events, which are the ones sessions store and replay.
 */
export function injectScriptEvent(game: Game, playerId: string, eventId: string): { ok: true; events: GameEvent[] } | ({ ok: false } & InjectRejection) {
  const s = game.state;
  const event = game.setup.script.events.find((e) => e.id === eventId);
  if (!event || !s.script) return { ok: false, reason: 'unknown_event', message: `no script event ${eventId}` };
  const pending = s.script.pending.some((p) => p.eventId === eventId);
  if ((ownValue(s.script.fired, eventId) !== undefined || pending) && !event.repeatable) return { ok: false, reason: 'invalid_target', message: `${eventId} has already happened` };
  game.state = produce(s, (d) => { d.script!.pending.push({ eventId, playerId }); });
  return { ok: true, events: [] };
}

/** Why an injection was refused (after the reducer's instructor check). */
export type InjectRejection = { reason: 'unknown_event' | 'invalid_target'; message: string };
