import type { Translate } from '../i18n/useT';
import { ACTION_TOOLS, type OrderTool, type PlanUnit } from './orderTools';

/**
 * The crowd player's own legend (not the police one): how to pick a group, what a click does with the
 * chosen crowd action, the crowd actions' keys read from the order tools themselves, and the camera.
 * Which legend a planning player gets follows the player's side (`legendKind`).
 */

/** Crowd actions aimed by clicking a thing (a protected person, a gate or fence) rather than a spot. */
const CROWD_TARGETS = new Set(['take_hostage', 'breach']);

/** The legend a planning player sees: the crowd's for the crowd player, the police gesture legend otherwise. */
export function legendKind(side: 'police' | 'crowd' | 'instructor' | undefined): 'crowd' | 'police' {
  return side === 'crowd' ? 'crowd' : 'police';
}

/** The crowd actions that have a key, as "M Long march" pieces, in the tools' order. */
export function crowdKeys(t: Translate, tools: readonly OrderTool[] = ACTION_TOOLS): string[] {
  return tools.filter((tool) => tool.key && tool.appliesTo({ id: '', type: 'crowd_group', side: 'crowd', centre: [0, 0], allowed: [tool.id] }))
    .map((tool) => `${tool.key!.toUpperCase()} ${t(tool.labelKey)}`);
}

/** The crowd legend's lines for the selected group and tool (none selected: how to pick one). */
export function crowdLegendLines(t: Translate, unit: PlanUnit | null, tool: OrderTool | undefined): string[] {
  const lines: string[] = [];
  if (!unit || !tool) lines.push(t('crowdLegend.noSelection'));
  else {
    const order = t(tool.labelKey);
    if (tool.input === 'none') lines.push(t('crowdLegend.button', { order }));
    else lines.push(t(CROWD_TARGETS.has(tool.id) ? 'crowdLegend.clickTarget' : 'crowdLegend.click', { order }));
  }
  lines.push(t('crowdLegend.keys', { keys: crowdKeys(t).join(' · ') }));
  lines.push(t('legend.camera'), t('crowdLegend.cancel'));
  return lines;
}
