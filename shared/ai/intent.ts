import type { CrowdOrder } from '../engine/orders';
import type { AiTrigger, Text } from '../engine/scriptSchema';
import { aiLevels, type AiLevelId } from './levels';
import { aiReasons, type AiReason } from './options';
import { weaknessKinds, type WeaknessKind } from './weakness';
import type { AiIntentRecord } from '../engine/orders';
import { crowdOrderTypes } from '../engine/forces';
import { aiTriggerSchema } from '../engine/scriptSchema';

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

const triggerTypes = new Set<string>(aiTriggerSchema.options.map((o) => o.shape.type.value));
const known = <T extends string>(list: readonly T[], code: string | null): code is T => code !== null && (list as readonly string[]).includes(code);

/**
 * The intent as the AI's own type, read back from the engine's `ai_intent` record (a replay, a
 * debrief): every code is checked against the AI's lists, and a group line with an unknown code is
 * left out rather than shown as a code. Null when the record's level is unknown.
 */
export function intentFromRecord(record: AiIntentRecord): AiIntent | null {
  if (record.level !== null && !known(aiLevels, record.level)) return null;
  const groups: AiGroupIntent[] = [];
  for (const g of record.groups) {
    if (!known(aiReasons, g.reason)) continue;
    if (g.order !== null && !known(crowdOrderTypes, g.order)) continue;
    if (g.weakness !== null && !known(weaknessKinds, g.weakness)) continue;
    if (g.trigger !== null && !triggerTypes.has(g.trigger)) continue;
    groups.push({ ...g, reason: g.reason, order: g.order, weakness: g.weakness, trigger: g.trigger as AiGroupIntent['trigger'] });
  }
  return { side: record.side, level: record.level, turn: record.turn, planId: record.planId, planName: record.planName, groups };
}
