import type { z } from 'zod';
import type { Draft } from 'immer';
import { detSquare } from '../../math/deterministic';
import { AgentKind, Flag, OFF_FIELD } from '../model';
import type { UnitState } from '../state';
import { no, setTask, taskDone, type PoliceOrderDef, type UnitTaskRunners, type TaskCtx } from './define';
import type { evacuateSchema } from '../orderSchemas';

/**
 * Medical orders: Dokkes care for the injured of an area, a standing order (issue #15 item 7): by
 * triage, the down first; the walking injured get first aid on the spot (sim/effects.ts), the down are
 * carried off; with nobody to care for the team waits at the area for casualties instead of lapsing,
 * until another order or a stop.
 */


/** Triage handicap (squared metres) of an injured person who can still walk, against one who is down. */
const WALKING_INJURED_PENALTY = 400;

/** The medical family. */
export const medicalOrders = [
  {
    type: 'evacuate', family: 'medical', units: ['dokkes'], stage: 0, reach: 200, targeting: 'point', shortcut: 'e',
    validate: (o, _u, c) => (c.from(o.area) > 200 ? no('out_of_reach', 'area farther than 200 m') : null),
    apply: (o, u, c) => { setTask(u, { type: 'evacuate', area: { ...o.area } }, c.orderId); u.waypoints = [{ x: o.area.x, y: o.area.y }]; },
    isDone: taskDone,
  } satisfies PoliceOrderDef<z.infer<typeof evacuateSchema>>,
] as const;

function assignPatients(u: Draft<UnitState>, ctx: TaskCtx): void {
  const task = u.task;
  if (task?.type !== 'evacuate') return;
  const a = ctx.game.world.agents;
  const n = ctx.game.world.header[0]!;
  const r2 = detSquare(task.area.r + 10);
  // Plain copies: every read of a draft's field goes through an immer proxy, and these loops are long.
  const first = u.first;
  const end = u.first + u.count;
  const areaX = task.area.x;
  const areaY = task.area.y;
  let busy = 0;
  for (let m = first; m < end; m++) {
    if (a.kind[m] === AgentKind.vehicle) continue;
    const p = a.link[m]!;
    if (p >= 0 && (a.flags[p]! & OFF_FIELD) === 0) { busy++; continue; }
    a.link[m] = -1;
    let best = -1;
    let bestD = Infinity;
    for (let i = 0; i < n; i++) {
      const f = a.flags[i]!;
      if ((f & (Flag.down | Flag.injured)) === 0 || (f & (OFF_FIELD | Flag.arrested)) !== 0) continue;
      const dx = a.x[i]! - areaX;
      const dy = a.y[i]! - areaY;
      // Within the area (and 10 m round it); triage: the incapacitated first, the walking injured
      // ranked as if 20 m farther away (only for the ranking: they are still within reach).
      const d2 = dx * dx + dy * dy;
      if (d2 >= r2) continue;
      const dd = d2 + ((f & Flag.down) !== 0 ? 0 : WALKING_INJURED_PENALTY);
      if (dd >= bestD) continue;
      let claimed = false;
      for (let o = first; o < end; o++) if (a.link[o] === i) claimed = true;
      if (!claimed) { best = i; bestD = dd; }
    }
    if (best >= 0) { a.link[m] = best; busy++; }
  }
  // Standing order: with nobody to care for, the team stays ready at the area (it never lapses).
  void busy;
}

/** Stretcher bearers are assigned to the injured by triage, and wait at the area for the next casualty. */
export const medicalTasks: UnitTaskRunners = {
  evacuate: (_d, u, ctx) => assignPatients(u, ctx),
};
