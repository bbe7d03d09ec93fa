import { z } from 'zod';
import { detAtan2 } from '../../math/deterministic';
import { unitTypeIds } from '../forces';
import { no, movementDone, type PoliceOrderDef } from './define';
import type { moveSchema, faceSchema, holdSchema, pushSchema, stopSchema, Point } from '../orderSchemas';

/**
 * Movement orders: move along waypoints, face, hold (Bertahan), push forward (Dorong maju) and stop
 * (Hentikan), the order that ends whatever the unit is doing.
 */


/**
 * Line units that can press a crowd (the formation-capable units bar the small Tim Tindak). TNI support
 * and Satpol PP can physically push too; that is force no partner may use (DOCTRINE.md section 5), so it
 * is accepted and judged a violation (`partner_support`) rather than refused, like other authority breaches.
 */
const PUSHING = ['dalmas_awal', 'dalmas_lanjut', 'brimob_sekat', 'brimob_desak', 'brimob_tindak', 'raimas', 'tni_support', 'satpol_pp'] as const;

const faceToward = (u: { x: number; y: number; heading: number }, p: Point): void => { u.heading = detAtan2(p.y - u.y, p.x - u.x); };

/** The movement family. */
export const movementOrders = [
  {
    type: 'move', family: 'movement', units: unitTypeIds, stage: 1, targeting: 'point', shortcut: 'm',
    validate: (o, _u, c) => (o.waypoints.every((p) => c.inBounds(p)) ? null : no('invalid_target', 'waypoint outside the venue')),
    apply: (o, u, c) => {
      u.waypoints = o.waypoints.map((p) => ({ x: p.x, y: p.y }));
      u.stance = 'ready'; u.pushTo = null; u.rope = null; u.moveOrderId = c.orderId;
    },
    isDone: movementDone,
  } satisfies PoliceOrderDef<z.infer<typeof moveSchema>>,
  {
    type: 'face', family: 'movement', units: unitTypeIds, stage: 1, targeting: 'point', shortcut: 'f',
    validate: (o, _u, c) => (c.inBounds(o.toward) ? null : no('invalid_target', 'point outside the venue')),
    apply: (o, u) => faceToward(u, o.toward),
  } satisfies PoliceOrderDef<z.infer<typeof faceSchema>>,
  {
    type: 'hold', family: 'movement', units: unitTypeIds, stage: 1, targeting: 'none', shortcut: 'h',
    apply: (_o, u, c) => { u.stance = 'hold'; u.waypoints = []; u.pushTo = null; u.moveOrderId = c.orderId; },
  } satisfies PoliceOrderDef<z.infer<typeof holdSchema>>,
  {
    type: 'push', family: 'movement', units: PUSHING, stage: 3, targeting: 'point', shortcut: 'p',
    standing: {
      holds: (u, orderId) => u.stance === 'push' && u.moveOrderId === orderId,
      end: (u) => { u.stance = 'hold'; u.pushTo = null; },
    },
    validate: (o, _u, c) => (c.inBounds(o.toward) ? null : no('invalid_target', 'point outside the venue')),
    apply: (o, u, c) => {
      u.stance = 'push'; u.pushTo = { ...o.toward }; u.waypoints = []; u.moveOrderId = c.orderId; faceToward(u, o.toward);
    },
    isDone: (_o, u, orderId) => u.moveOrderId !== orderId || u.stance !== 'push',
  } satisfies PoliceOrderDef<z.infer<typeof pushSchema>>,
  {
    type: 'stop', family: 'movement', units: unitTypeIds, stage: 1, targeting: 'none', shortcut: 'x', judged: false,
    apply: (o, u, c) => {
      const what = o.what ?? 'all';
      if (what !== 'movement') {
        const ended = u.standing;
        if (ended) c.ev.push({ tick: c.tick, type: 'order_ended', unitId: u.id, orderId: ended.orderId, order: ended.order.type, reason: 'stopped', byOrderId: c.orderId });
        else if (u.task && u.taskOrderId) c.ev.push({ tick: c.tick, type: 'order_ended', unitId: u.id, orderId: u.taskOrderId, order: null, reason: 'stopped', byOrderId: c.orderId });
        u.task = null; u.taskOrderId = null; u.standing = null; u.rope = null;
        if (u.stance === 'push') { u.stance = 'hold'; u.pushTo = null; }
      }
      if (what !== 'task') { u.waypoints = []; u.pushTo = null; if (u.stance === 'push') u.stance = 'hold'; u.moveOrderId = c.orderId; }
    },
  } satisfies PoliceOrderDef<z.infer<typeof stopSchema>>,
] as const;
