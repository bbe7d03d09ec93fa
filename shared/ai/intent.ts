import type { CrowdOrder } from '../engine/orders';
import type { AiTrigger, Text } from '../engine/scriptSchema';
import type { AiLevelId } from './levels';
import type { AiReason } from './options';
import type { WeaknessKind } from './weakness';

/**
 * The AI's intent for one turn, as plain data: the plan it follows, the trigger that moved each group
 * on, the option each group took and why, the weakness it went for. The turn summary and the debrief
 * show it in words (describe.ts); codes only here.
 */

/** What one group was told and why. */
export interface AiGroupIntent {
  groupId: string;
  /** The order chosen, or null when the group kept doing what it did (reaction delay, or a refused order). */
  order: CrowdOrder['type'] | null;
  /** The group already did what it chose, so no new order was given. */
  continuing: boolean;
  reason: AiReason;
  /** The plan step the group has reached (index in the plan), or null. */
  step: number | null;
  /** The trigger that started that step, or null. */
  trigger: AiTrigger['type'] | null;
  weakness: WeaknessKind | null;
  /** The gate or police unit the weakness is about, or null. */
  targetId: string | null;
}

/** The AI's intent for a turn. */
export interface AiIntent {
  side: 'crowd' | 'police';
  level: AiLevelId | null;
  turn: number;
  planId: string | null;
  planName: Text | null;
  groups: AiGroupIntent[];
}
