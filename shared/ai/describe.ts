import type { Language } from '../contract/host';
import type { Setup } from '../engine/state';
import { translate, type MessageKey } from '../i18n/messages';
import { choosePlan } from './plans';
import type { AiIntent } from './intent';

/**
 * The AI's intent in words, for the turn summary and the debrief: the plan and level in one line, then
 * one line per group (what it was told and why, the plan step it reached, the trigger that moved it on,
 * the weakness it went for). Codes come from intent.ts; the words from shared/i18n/aiMessages.ts.
 */

/** The intent as lines of text in `language`; `groupNames` maps group ids to the names shown. */
export function describeIntent(intent: AiIntent, setup: Setup, groupNames: ReadonlyMap<string, string>, language: Language): { heading: string; lines: string[] } {
  const t = (key: MessageKey, params?: Record<string, string | number>): string => translate(language, key, params);
  const level = intent.level ? t(`ai.level.${intent.level}`) : '';
  const planName = intent.planName ? intent.planName[language] : null;
  const heading = planName ? t('ai.summary.plan', { plan: planName, level }) : t('ai.summary.noPlan', { level });
  const plan = intent.planId ? choosePlan(setup.script.aiPlans, intent.planId, 0) : null;
  const lines = intent.groups.map((g) => {
    const group = groupNames.get(g.groupId) ?? g.groupId;
    if (!g.order) return t('ai.summary.holding', { group });
    const parts = [t(g.continuing ? 'ai.summary.continuing' : 'ai.summary.order', { group, order: t(`order.${g.order}`), reason: t(`ai.reason.${g.reason}`) })];
    const label = g.step !== null ? plan?.steps[g.step]?.label : undefined;
    if (label) parts.push(t('ai.summary.step', { label: label[language] }));
    if (g.trigger) parts.push(t('ai.summary.trigger', { trigger: t(`ai.trigger.${g.trigger}`) }));
    if (g.weakness) parts.push(t('ai.summary.weakness', { weakness: t(`ai.weakness.${g.weakness}`) }));
    return parts.join('; ');
  });
  return { heading, lines };
}
