import type { z } from 'zod';
import type { Draft } from 'immer';
import { distSqToSegment } from '../../venue/index';
import { detHypot } from '../../math/deterministic';
import { Flag, OFF_FIELD, Role, SegState } from '../model';
import type { Game, GameState, GroupState } from '../state';
import { no, type CrowdOrderDef, type Rejection, type TaskCtx } from './define';
import type { marchSchema, orasiSchema, pushLineSchema, throwSchema, burnTyresSchema, breachSchema, enterBuildingSchema, takeHostageSchema, sitInSchema, delegationSchema, retreatSchema, disperseSchema, Point } from '../orderSchemas';

/** Crowd actions: what a crowd group's player (a person, the script or the AI) may order a group. */


type Breach = z.infer<typeof breachSchema>;

/** The segment a breach order targets: the named gate, or the breachable panel nearest `at` (within 5 m). */
export function breachSegment(game: Game, o: Breach): { seg: number; reason: Rejection | null } {
  const sg = game.world.segments;
  if (o.gateId) {
    const op = game.venue.openings.find((x) => x.id === o.gateId);
    if (!op) return { seg: -1, reason: no('invalid_target', `no gate ${o.gateId}`) };
    if (sg.breachable[op.segment] !== 1) return { seg: -1, reason: no('invalid_target', `${o.gateId} cannot be breached`) };
    if (sg.state[op.segment] !== SegState.closed) return { seg: -1, reason: no('gate_broken', `${o.gateId} is not closed`) };
    return { seg: op.segment, reason: null };
  }
  if (!o.at) return { seg: -1, reason: no('invalid_target', 'a breach needs a gate or a point') };
  let best = -1;
  let bestD = 25;
  for (let k = 0; k < game.world.header[1]!; k++) {
    if (sg.breachable[k] !== 1 || sg.state[k] !== SegState.closed) continue;
    const d = distSqToSegment(o.at.x, o.at.y, sg.ax[k]!, sg.ay[k]!, sg.bx[k]!, sg.by[k]!);
    if (d < bestD) { bestD = d; best = k; }
  }
  return best < 0 ? { seg: -1, reason: no('invalid_target', 'no breachable fence within 5 m') } : { seg: best, reason: null };
}

/** Orders are plain JSON; a copy (without its start time) detaches the task from the command. */
const copyTask = <T extends { start?: unknown }>(o: T): Draft<GroupState>['task'] => {
  const { start: _start, ...task } = o;
  return JSON.parse(JSON.stringify(task)) as Draft<GroupState>['task'];
};

const pointOrder = (get: (o: never) => Point) => (o: never, _g: GroupState, c: { inBounds(p: Point): boolean }) =>
  (c.inBounds(get(o)) ? null : no('invalid_target', 'point outside the venue'));

/** Where the group's Korlap (else its first member) stands. */
function leaderAt(game: Game, g: GroupState): Point {
  const a = game.world.agents;
  const k = g.korlap >= 0 ? g.korlap : g.first;
  return { x: a.x[k]!, y: a.y[k]! };
}

/** A movement order is done once the group's leader is within 5 m of the point, or the group does something else. */
const arrived = (to: Point) => (g: GroupState, game: Game, type: string): boolean => {
  if (g.task.type !== type) return true;
  const at = leaderAt(game, g);
  return detHypot(at.x - to.x, at.y - to.y) < 5;
};

/** The crowd family. */
export const crowdOrders = [
  {
    type: 'march', family: 'crowd', targeting: 'point', shortcut: 'm', validate: pointOrder((o: z.infer<typeof marchSchema>) => o.to),
    apply: (o, g) => { g.task = copyTask(o); }, isDone: (o, g, game) => arrived(o.to)(g, game, 'march'),
  } satisfies CrowdOrderDef<z.infer<typeof marchSchema>>,
  { type: 'orasi', family: 'crowd', targeting: 'none', shortcut: 'o', apply: (o, g) => { g.task = copyTask(o); } } satisfies CrowdOrderDef<z.infer<typeof orasiSchema>>,
  {
    type: 'push_line', family: 'crowd', targeting: 'point', shortcut: 'p', validate: pointOrder((o: z.infer<typeof pushLineSchema>) => o.toward),
    apply: (o, g) => { g.task = copyTask(o); },
  } satisfies CrowdOrderDef<z.infer<typeof pushLineSchema>>,
  {
    type: 'throw', family: 'crowd', targeting: 'point', validate: pointOrder((o: z.infer<typeof throwSchema>) => o.at),
    apply: (o, g) => { g.task = copyTask(o); },
  } satisfies CrowdOrderDef<z.infer<typeof throwSchema>>,
  {
    type: 'burn_tyres', family: 'crowd', targeting: 'point', validate: pointOrder((o: z.infer<typeof burnTyresSchema>) => o.at),
    apply: (o, g) => { g.task = { type: 'burn_tyres', groupId: g.id, at: { ...o.at }, lit: false }; },
    isDone: (_o, g) => g.task.type !== 'burn_tyres' || g.task.lit,
  } satisfies CrowdOrderDef<z.infer<typeof burnTyresSchema>>,
  {
    type: 'breach', family: 'crowd', targeting: 'point', validate: (o, _g, c) => breachSegment(c.game, o).reason,
    apply: (o, g, c) => {
      const { seg } = breachSegment(c.game, o);
      const sg = c.game.world.segments;
      g.task = { type: 'breach', groupId: g.id, segment: seg, x: (sg.ax[seg]! + sg.bx[seg]!) / 2, y: (sg.ay[seg]! + sg.by[seg]!) / 2 };
    },
    isDone: (_o, g, game) => g.task.type !== 'breach' || game.world.segments.state[g.task.segment] !== SegState.closed,
  } satisfies CrowdOrderDef<Breach>,
  {
    type: 'enter_building', family: 'crowd', targeting: 'none',
    validate: (o, _g, c) => (c.game.venue.file.buildings.some((b) => b.id === o.buildingId) ? null : no('invalid_target', `no building ${o.buildingId}`)),
    apply: (o, g) => { g.task = copyTask(o); },
  } satisfies CrowdOrderDef<z.infer<typeof enterBuildingSchema>>,
  {
    type: 'take_hostage', family: 'crowd', targeting: 'person',
    validate: (o, _g, c) => (c.game.state.protectedParties.some((p) => p.id === o.personId) ? null : no('invalid_target', `no protected party ${o.personId}`)),
    apply: (o, g) => { g.task = { type: 'take_hostage', groupId: g.id, personId: o.personId }; },
  } satisfies CrowdOrderDef<z.infer<typeof takeHostageSchema>>,
  { type: 'sit_in', family: 'crowd', targeting: 'none', apply: (o, g) => { g.task = copyTask(o); } } satisfies CrowdOrderDef<z.infer<typeof sitInSchema>>,
  {
    type: 'delegation', family: 'crowd', targeting: 'point',
    validate: (o, g, c) => (g.korlap < 0 ? no('invalid_target', 'no Korlap to lead a delegation') : c.inBounds(o.to) ? null : no('invalid_target', 'point outside the venue')),
    apply: (o, g, c) => {
      const a = c.game.world.agents;
      let n = 0;
      for (let i = g.first; i < g.first + g.count && n < 5; i++) {
        if (a.role[i] === Role.bystander || (a.flags[i]! & (OFF_FIELD | Flag.arrested)) !== 0) continue;
        a.flags[i] = a.flags[i]! | Flag.delegate;
        n++;
      }
      g.task = copyTask(o);
    },
    isDone: (_o, g) => g.task.type !== 'delegation',
  } satisfies CrowdOrderDef<z.infer<typeof delegationSchema>>,
  {
    type: 'retreat', family: 'crowd', targeting: 'point', shortcut: 'r', validate: pointOrder((o: z.infer<typeof retreatSchema>) => o.to),
    apply: (o, g) => { g.task = copyTask(o); }, isDone: (o, g, game) => arrived(o.to)(g, game, 'retreat'),
  } satisfies CrowdOrderDef<z.infer<typeof retreatSchema>>,
  { type: 'disperse', family: 'crowd', targeting: 'none', apply: (o, g) => { g.task = copyTask(o); } } satisfies CrowdOrderDef<z.infer<typeof disperseSchema>>,
] as const;

/**
 * The crowd group's tasks that run each tick: orators raise agitation during orasi, burning tyres
 * catch once an active member reaches the spot, a delegation that reaches its point calms the group.
 */
export function runGroupTask(d: Draft<GameState>, g: Draft<GroupState>, ctx: TaskCtx): void {
  const a = ctx.game.world.agents;
  const task = g.task;
  const first = g.first;
  const end = g.first + g.count;
  switch (task.type) {
    case 'orasi': {
      let speaking = 0;
      for (let i = first; i < end; i++) if (a.role[i] === Role.orator && (a.flags[i]! & (Flag.arrested | OFF_FIELD | Flag.down)) === 0) speaking++;
      g.agitation = Math.min(1, g.agitation + 0.0006 * Math.min(speaking, 3));
      return;
    }
    case 'burn_tyres': {
      if (task.lit) return;
      const atX = task.at.x;
      const atY = task.at.y;
      for (let i = first; i < end; i++) {
        if ((a.flags[i]! & Flag.active) === 0 || detHypot(a.x[i]! - atX, a.y[i]! - atY) > 3) continue;
        const id = d.nextId++;
        d.fires.push({ id, x: task.at.x, y: task.at.y, ticksLeft: 1200, groupId: g.id, orderId: g.orderId });
        d.stats.fires++;
        ctx.ev.push({ tick: ctx.tick, type: 'fire_started', fireId: id, groupId: g.id, orderId: g.orderId, x: task.at.x, y: task.at.y });
        task.lit = true;
        return;
      }
      return;
    }
    case 'delegation': {
      if (g.korlap < 0) return void (g.task = { type: 'idle' });
      if (detHypot(a.x[g.korlap]! - task.to.x, a.y[g.korlap]! - task.to.y) < 3) {
        ctx.ev.push({ tick: ctx.tick, type: 'delegation_arrived', groupId: g.id, orderId: g.orderId, x: task.to.x, y: task.to.y });
        d.legitimacy = Math.min(1, d.legitimacy + 0.01);
        g.agitation = Math.max(-1, g.agitation - 0.05);
        for (let i = first; i < end; i++) a.flags[i] = a.flags[i]! & ~Flag.delegate;
        g.task = { type: 'idle' };
      }
      return;
    }
    default:
  }
}
