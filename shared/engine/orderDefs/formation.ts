import { z } from 'zod';
import type { Draft } from 'immer';
import { detCos, detHypot, detSin } from '../../math/deterministic';
import { formations } from '../forces';
import type { UnitState } from '../state';
import { formedShare } from './anchor';
import { no, setTask, movementDone, taskDone, type PoliceOrderDef, type UnitTaskRunners } from './define';
import type { formationSchema, ropeLineSchema, lapisGantiSchema, lintasGantiSchema } from '../orderSchemas';

/**
 * Formation orders: the formation itself, the Dalmas control rope (tali dalmas) and the two
 * handovers of the layered defence, lapis ganti (Dalmas Lanjut relieves Dalmas Awal) and lintas
 * ganti (Brimob PHH relieves Dalmas Lanjut).
 */


/** Units that take a formation; TNI support and Satpol PP form a guarding line too (presence, stage 1). */
const LINE = ['dalmas_awal', 'dalmas_lanjut', 'brimob_sekat', 'brimob_desak', 'brimob_tindak', 'raimas', 'tim_tindak', 'tni_support', 'satpol_pp'] as const;

/** Ticks a relieving unit waits at the relieved line for its members to form up before the handover counts as done. */
const HANDOVER_SETTLE_TICKS = 60;

type Handover = z.infer<typeof lapisGantiSchema> | z.infer<typeof lintasGantiSchema>;

function handoverDef(type: Handover['type'], units: readonly ('dalmas_lanjut' | 'brimob_sekat' | 'brimob_desak' | 'brimob_tindak')[], relieves: 'dalmas_awal' | 'dalmas_lanjut'): PoliceOrderDef<Handover> {
  return {
    type, family: 'formation', units, stage: 1, reach: 200, targeting: 'unit',
    validate: (o, _u, c) => {
      const r = c.game.state.units.find((x) => x.id === o.relieveUnitId);
      if (!r) return no('unknown_unit', `no unit ${o.relieveUnitId}`);
      if (r.type !== relieves) return no('invalid_target', `${type} relieves a ${relieves} unit`);
      return c.from(r) > 200 ? no('out_of_reach', 'relieved unit farther than 200 m') : null;
    },
    apply: (o, u, c) => {
      const r = c.d.units.find((x) => x.id === o.relieveUnitId)!;
      setTask(u, { type: 'handover', kind: type, relievedUnitId: r.id, x: r.x, y: r.y, settled: 0 }, c.orderId);
      u.waypoints = [{ x: r.x, y: r.y }]; u.formation = r.formation; u.heading = r.heading; u.stance = 'ready'; u.moveOrderId = c.orderId;
      // The relieved unit falls back 12 m behind its line.
      r.waypoints = [{ x: r.x - detCos(r.heading) * 12, y: r.y - detSin(r.heading) * 12 }];
      r.stance = 'ready'; r.rope = null; r.moveOrderId = c.orderId;
    },
    isDone: taskDone,
  };
}

/** The formation family. */
export const formationOrders = [
  {
    type: 'formation', family: 'formation', units: LINE, stage: 1, targeting: 'none',
    apply: (o, u) => { u.formation = o.formation; u.rope = null; },
  } satisfies PoliceOrderDef<z.infer<typeof formationSchema>>,
  {
    type: 'rope_line', family: 'formation', units: ['dalmas_awal'], stage: 1, reach: 150, targeting: 'drag',
    standing: {
      holds: (u, orderId) => u.rope !== null && u.moveOrderId === orderId,
      end: (u) => { u.rope = null; },
    },
    validate: (o, u, c) => {
      if (!c.inBounds(o.a) || !c.inBounds(o.b)) return no('invalid_target', 'rope end outside the venue');
      const len = detHypot(o.b.x - o.a.x, o.b.y - o.a.y);
      if (len < 2 || len > u.count * 1.5) return no('invalid_target', `rope length ${len.toFixed(1)} m does not fit the unit`);
      return c.from({ x: (o.a.x + o.b.x) / 2, y: (o.a.y + o.b.y) / 2 }) > 150 ? no('out_of_reach', 'rope line farther than 150 m') : null;
    },
    apply: (o, u, c) => {
      u.rope = { a: { ...o.a }, b: { ...o.b } };
      u.waypoints = [{ x: (o.a.x + o.b.x) / 2, y: (o.a.y + o.b.y) / 2 }];
      u.stance = 'hold'; u.formation = 'bersaf'; u.moveOrderId = c.orderId;
    },
    isDone: movementDone,
  } satisfies PoliceOrderDef<z.infer<typeof ropeLineSchema>>,
  handoverDef('lapis_ganti', ['dalmas_lanjut'], 'dalmas_awal'),
  handoverDef('lintas_ganti', ['brimob_sekat', 'brimob_desak', 'brimob_tindak'], 'dalmas_lanjut'),
] as const;

/** The handover task: done once most members stand in the new line, or after the settle time. */
export const formationTasks: UnitTaskRunners = {
  handover: (_d, u: Draft<UnitState>, ctx) => {
    const task = u.task;
    if (task?.type !== 'handover') return;
    if (u.waypoints.length > 0 || detHypot(task.x - u.x, task.y - u.y) >= 1.5) return;
    // In place: done once most members stand in the new line, or after the settle time if the
    // ground (a fence, the relieved line, the crowd) keeps some from their places.
    task.settled++;
    if (formedShare(ctx, u, 3) >= 0.6 || task.settled >= HANDOVER_SETTLE_TICKS) {
      ctx.ev.push({ tick: ctx.tick, type: 'handover_completed', unitId: u.id, relievedUnitId: task.relievedUnitId, kind: task.kind, orderId: u.taskOrderId });
      u.task = null;
      u.stance = 'hold';
    }
  },
};
