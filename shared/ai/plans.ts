import type { AiPlan, AiPlanStep, AiTrigger } from '../engine/scriptSchema';
import type { CrowdOrder } from '../engine/orders';
import { detSquare } from '../math/deterministic';
import type { Perception } from './perception';
import { aiRng, nextInt } from './random';

/**
 * Authored AI plans (the scenario's `aiPlans`, in the setup's script): which plan a game plays and
 * which step each group has reached. A plan is a list of steps, each an order for one group with
 * triggers; a group reaches its next step once the triggers hold (and it reached the step before).
 * Progress is read afresh from the perception every turn, so it is a pure function of the game: a
 * trigger that stops holding (the police line falls back) takes the group back to its earlier step.
 */

/** The plan a game plays: the instructor's choice when it names a plan, else one drawn from the game's seed; null without plans. */
export function choosePlan(plans: readonly AiPlan[], chosen: string | undefined, seed: number): AiPlan | null {
  if (plans.length === 0) return null;
  const picked = chosen ? plans.find((p) => p.id === chosen) : undefined;
  if (picked) return picked;
  return plans[nextInt(aiRng(seed, 0, 'plan'), plans.length)]!;
}

/** Whether a trigger holds in what the crowd sees. */
export function triggerHolds(t: AiTrigger, p: Perception): boolean {
  switch (t.type) {
    case 'after_turn': return p.turn >= t.turn;
    case 'police_within': return p.units.some((u) => detSquare(u.x - t.at.x) + detSquare(u.y - t.at.y) <= t.r * t.r);
    case 'water_cannon_used': return p.spraying || p.groups.some((g) => g.wet > 0);
    case 'gas_used': return p.clouds.length > 0 || p.groups.some((g) => g.gassed > 0);
    case 'arrests_at_least': return p.arrests >= t.count;
    case 'breach': return t.gateId ? p.openings.some((o) => o.id === t.gateId && o.breached) : p.breaches > 0 || p.openings.some((o) => o.breached);
    case 'legitimacy_below': return p.legitimacy < t.value;
    case 'appeals_heard': return p.groups.some((g) => g.id === t.groupId && g.appeals >= t.atLeast);
    case 'active_share': return p.groups.some((g) => g.id === t.groupId && g.active / Math.max(1, g.present) >= t.atLeast);
  }
}

/** The step a group has reached: its index in the plan, the step, and the trigger that brought it there (null for a step without triggers). */
export interface ReachedStep {
  index: number;
  step: AiPlanStep;
  trigger: AiTrigger | null;
}

/** The step each group of the plan has reached now (groups with no reached step are left out). */
export function reachedSteps(plan: AiPlan, p: Perception): Map<string, ReachedStep> {
  const out = new Map<string, ReachedStep>();
  const blocked = new Set<string>();
  plan.steps.forEach((step, index) => {
    const gid = step.order.groupId;
    if (blocked.has(gid)) return;
    if (step.when.every((t) => triggerHolds(t, p))) out.set(gid, { index, step, trigger: step.when[0] ?? null });
    else blocked.add(gid);
  });
  return out;
}

/** The plan step's order for a group, or null when the plan has nothing for it. */
export function planOrderFor(reached: Map<string, ReachedStep>, groupId: string): CrowdOrder | null {
  return reached.get(groupId)?.step.order ?? null;
}
