import type { z } from 'zod';
import { detHypot } from '../../math/deterministic';
import { unitTypes } from '../forces';
import { AgentKind, Flag, OFF_FIELD } from '../model';
import { no, setTask, taskDone, type PoliceOrderDef, type UnitTaskRunners } from './define';
import type { arrestSchema, escortSchema } from '../orderSchemas';

/** Arrest and rescue orders: the snatch arrest of one protester and the escort of a protected person. */


/** Members of a unit that go in for a snatch arrest. */
const SNATCH = 4;

/** The arrest and rescue family. */
export const arrestRescueOrders = [
  {
    type: 'arrest', family: 'arrest_rescue', units: ['brimob_tindak', 'tim_tindak'], stage: 4, reach: 60, targeting: 'protester', shortcut: 't',
    validate: (o, _u, c) => {
      const a = c.game.world.agents;
      const t = o.target;
      if (t >= c.game.world.header[0]! || a.kind[t] !== AgentKind.protester || (a.flags[t]! & (OFF_FIELD | Flag.arrested)) !== 0) return no('invalid_target', 'target is not a protester on the field');
      return c.from({ x: a.x[t]!, y: a.y[t]! }) > 60 ? no('out_of_reach', 'target farther than 60 m') : null;
    },
    apply: (o, u, c) => setTask(u, { type: 'arrest', target: o.target }, c.orderId),
    isDone: taskDone,
  } satisfies PoliceOrderDef<z.infer<typeof arrestSchema>>,
  {
    // TNI support may escort the protected (no arrests: those stay with Polri, DOCTRINE.md section 3).
    type: 'escort', family: 'arrest_rescue', units: ['dalmas_awal', 'dalmas_lanjut', 'brimob_sekat', 'brimob_desak', 'brimob_tindak', 'tim_tindak', 'tni_support'], stage: 1,
    targeting: 'person',
    validate: (o, _u, c) => {
      if (!c.game.state.protectedParties.some((p) => p.id === o.personId)) return no('invalid_target', `no protected party ${o.personId}`);
      return o.to && !c.inBounds(o.to) ? no('invalid_target', 'destination outside the venue') : null;
    },
    apply: (o, u, c) => { u.waypoints = []; setTask(u, { type: 'escort', personId: o.personId, to: o.to ? { ...o.to } : null }, c.orderId); },
    // Done on arrival (or at once when it only shields the person where they are); the unit stays with them.
    isDone: (o, u, orderId) => taskDone(o, u, orderId) || (u.task?.type === 'escort' && u.task.to === null),
  } satisfies PoliceOrderDef<z.infer<typeof escortSchema>>,
] as const;

/** The snatch squad closes on its target until he is arrested or gone; the escort keeps the party inside its formation. */
export const arrestRescueTasks: UnitTaskRunners = {
  arrest: (_d, u, ctx) => {
    const task = u.task;
    if (task?.type !== 'arrest') return;
    const a = ctx.game.world.agents;
    const t = task.target;
    const gone = (a.flags[t]! & (Flag.arrested | OFF_FIELD)) !== 0;
    const start = unitTypes[u.type].vehicle ? u.first + 1 : u.first;
    const end = Math.min(u.first + u.count, start + SNATCH);
    for (let i = start; i < end; i++) a.link[i] = gone ? -1 : t;
    if (gone) u.task = null;
  },
  escort: (d, u, ctx) => {
    const task = u.task;
    if (task?.type !== 'escort') return;
    const a = ctx.game.world.agents;
    const party = d.protectedParties.find((p) => p.id === task.personId);
    if (!party) return void (u.task = null);
    const vx = a.x[party.first]!;
    const vy = a.y[party.first]!;
    u.x = vx;
    u.y = vy;
    u.formation = 'berlindung';
    if (task.to) {
      party.home = { x: task.to.x, y: task.to.y };
      if (detHypot(task.to.x - vx, task.to.y - vy) < 2) {
        ctx.ev.push({ tick: ctx.tick, type: 'escort_arrived', unitId: u.id, personId: party.id, orderId: u.taskOrderId });
        task.to = null;
      }
    }
  },
};
