import type { z } from 'zod';
import { detAtan2, detHypot } from '../../math/deterministic';
import { firstAgentPosition, moveAnchorToward } from './anchor';
import { no, setTask, taskDone, type PoliceOrderDef, type UnitTaskRunners } from './define';
import type { waterCannonSchema, tearGasSchema } from '../orderSchemas';

/** Force orders (Perkap 1/2009 stage 5): the water cannon (AWC) and tear gas. */


/** Metres from the vehicle within which the AWC sprays; it closes in to this distance first. */
const SPRAY_RANGE = 40;

/** The force family. */
export const forceOrders = [
  {
    type: 'water_cannon', family: 'force', units: ['water_cannon'], stage: 5, reach: 45, targeting: 'point', shortcut: 'w',
    standing: {
      holds: (u, orderId) => u.task?.type === 'water_cannon' && u.taskOrderId === orderId,
      end: (u) => { u.task = null; },
    },
    validate: (o, u, c) => {
      if (u.water <= 0) return no('no_supplies', 'water tank empty');
      return c.from(o.area) > 45 ? no('out_of_reach', 'area beyond the water cannon range (45 m)') : null;
    },
    apply: (o, u, c) => {
      setTask(u, { type: 'water_cannon', area: { ...o.area }, hadHits: false }, c.orderId);
      u.heading = detAtan2(o.area.y - u.y, o.area.x - u.x);
    },
    // Established once the vehicle is in range: the queue goes on while it keeps spraying.
    isDone: (o, u, orderId) => taskDone(o, u, orderId) || detHypot(o.area.x - u.x, o.area.y - u.y) <= SPRAY_RANGE,
  } satisfies PoliceOrderDef<z.infer<typeof waterCannonSchema>>,
  {
    type: 'tear_gas', family: 'force', units: ['dalmas_lanjut', 'brimob_desak'], stage: 5, reach: 80, targeting: 'point', shortcut: 'g',
    validate: (o, u, c) => {
      if (u.gas <= 0) return no('no_supplies', 'no gas rounds left');
      return c.from(o.area) > 80 ? no('out_of_reach', 'area beyond the launcher range (80 m)') : null;
    },
    apply: (o, u, c) => setTask(u, { type: 'tear_gas', area: { ...o.area } }, c.orderId),
    isDone: taskDone,
  } satisfies PoliceOrderDef<z.infer<typeof tearGasSchema>>,
] as const;

/** The AWC closes in and keeps aiming (the spraying itself is sim/effects.ts); a launcher walks into range and fires once. */
export const forceTasks: UnitTaskRunners = {
  water_cannon: (_d, u, ctx, speed) => {
    const task = u.task;
    if (task?.type !== 'water_cannon') return;
    const [lx, ly] = firstAgentPosition(ctx, u);
    const dist = detHypot(task.area.x - lx, task.area.y - ly);
    if (dist > SPRAY_RANGE && u.waypoints.length === 0) moveAnchorToward(ctx, u, task.area.x, task.area.y, speed);
    u.heading = detAtan2(task.area.y - ly, task.area.x - lx);
    if (u.water <= 0) {
      ctx.ev.push({ tick: ctx.tick, type: 'order_blocked', unitId: u.id, orderId: u.taskOrderId ?? '', reason: 'no_supplies' });
      u.task = null;
    }
  },
  tear_gas: (d, u, ctx, speed) => {
    const task = u.task;
    if (task?.type !== 'tear_gas') return;
    if (detHypot(task.area.x - u.x, task.area.y - u.y) > 80) return void moveAnchorToward(ctx, u, task.area.x, task.area.y, speed);
    if (u.gas <= 0) {
      ctx.ev.push({ tick: ctx.tick, type: 'order_blocked', unitId: u.id, orderId: u.taskOrderId ?? '', reason: 'no_supplies' });
    } else {
      u.gas--;
      const id = d.nextId++;
      d.clouds.push({ id, x: task.area.x, y: task.area.y, r: task.area.r, density: 1, unitId: u.id, orderId: u.taskOrderId });
      ctx.ev.push({ tick: ctx.tick, type: 'gas_fired', unitId: u.id, orderId: u.taskOrderId, cloudId: id, x: task.area.x, y: task.area.y, r: task.area.r });
    }
    u.task = null;
  },
};
