import type { Draft } from 'immer';
import type { Game, GameState } from '../state';
import type { GameEvent } from '../events';
import type { DoctrineState, Verdict } from '../doctrineTypes';
import { objectivesOf } from './init';

/**
 * Consequences of police conduct for the crowd, through the two inputs of the Epstein rule in
 * sim/behaviour.ts (grievance G = H (1 - L) + agitation + incitement): the legitimacy L every
 * protester perceives, and the agitation of the group concerned. A heavy-handed player therefore
 * really escalates the crowd: lower L raises every member's grievance, more protesters turn active,
 * they press, throw and resist. Each effect applies once per order, on its first effect on people
 * (gas fired, water that hits, a push that makes contact, an arrest), not when it is merely ordered.
 *
 * The engine's own hooks (sim/plan.ts) already move L and agitation: an appeal +0.005 L and -0.05
 * agitation for each group within 100 m; a successful negotiation +0.05 L and -0.3 agitation (a failed
 * one +0.05 agitation); a delegation received +0.01 L and -0.05 agitation. The table below adds to them.
 */
export const consequence = {
  /** Each of the first three appeals a group hears (the lawful sequence): extra L. */
  appealLegitimacy: 0.01,
  /** A successful negotiation: extra L on top of the engine's. */
  negotiationLegitimacy: 0.02,
  /** First effect of a measure judged questionable / a violation: L lost, agitation of the group concerned. */
  legitimacy: { proper: 0, questionable: -0.02, violation: -0.06 } as Readonly<Record<Verdict, number>>,
  agitation: { proper: 0, questionable: 0.03, violation: 0.1 } as Readonly<Record<Verdict, number>>,
  /** A protester injured by a measure judged a violation. */
  injuryByViolation: -0.005,
  /** Arrest of a peaceful person; from the third on it is a mass arrest and costs more. */
  peacefulArrest: -0.04,
  massArrest: -0.06,
  peacefulArrestAgitation: 0.06,
  /** Arrest of a provocateur (or anyone armed): the group's incitement falls, L rises a little. */
  provocateurAgitation: -0.08,
  provocateurLegitimacy: 0.01,
  /** A conduct finding (officers leaving formation, pursuit). */
  conduct: -0.01,
} as const;

function shiftLegitimacy(d: Draft<GameState>, delta: number): void {
  if (delta !== 0) d.legitimacy = Math.min(1, Math.max(0, d.legitimacy + delta));
}

function shiftAgitation(d: Draft<GameState>, gi: number, delta: number): void {
  const g = gi >= 0 ? d.groups[gi] : undefined;
  if (g && delta !== 0) g.agitation = Math.min(1, Math.max(-1, g.agitation + delta));
}

/** The verdict's consequence, once per order, on its first effect on people. */
function firstEffect(d: Draft<GameState>, doc: DoctrineState, orderId: string | null): void {
  const m = orderId ? doc.open[orderId] : undefined;
  if (!m || m.felt) return;
  m.felt = true;
  shiftLegitimacy(d, consequence.legitimacy[m.verdict]);
  shiftAgitation(d, m.group, consequence.agitation[m.verdict]);
}

/** Applies this tick's consequences (events of the tick), and keeps the arrest and negotiation facts. */
export function applyConsequences(game: Game, d: Draft<GameState>, doc: DoctrineState, ev: readonly GameEvent[]): void {
  const s = game.state;
  for (const e of ev) {
    switch (e.type) {
      case 'gas_fired': case 'push_contact': firstEffect(d, doc, e.orderId); break;
      case 'water_cannon_fired': if (e.hits > 0) firstEffect(d, doc, e.orderId); break;
      case 'arrest_made': {
        const m = e.orderId ? doc.open[e.orderId] : undefined;
        const gi = game.world.agents.team[e.agent]!;
        if (e.role === 'provocateur' || e.sajam) {
          doc.tally.provocateurArrests++;
          shiftAgitation(d, gi, consequence.provocateurAgitation);
          shiftLegitimacy(d, consequence.provocateurLegitimacy);
        } else if (m?.peacefulTarget) {
          doc.tally.peacefulArrests++;
          shiftLegitimacy(d, doc.tally.peacefulArrests >= 3 ? consequence.massArrest : consequence.peacefulArrest);
          shiftAgitation(d, gi, consequence.peacefulArrestAgitation);
        } else doc.tally.otherArrests++;
        if (m) m.felt = true;
        break;
      }
      case 'agent_injured':
        if (e.kind === 'protester' && e.orderId && doc.open[e.orderId]?.verdict === 'violation') shiftLegitimacy(d, consequence.injuryByViolation);
        break;
      case 'appeal_made':
        if (e.appeals.some((n) => n <= 3)) shiftLegitimacy(d, consequence.appealLegitimacy);
        break;
      case 'negotiation_started': {
        const gi = s.groups.findIndex((g) => g.id === e.groupId);
        if (gi >= 0) doc.groups[gi]!.negotiations++;
        break;
      }
      case 'negotiation_succeeded': case 'delegation_arrived': {
        const gi = s.groups.findIndex((g) => g.id === e.groupId);
        if (gi >= 0) doc.groups[gi]!.settledTick = e.tick;
        if (e.type === 'negotiation_succeeded') shiftLegitimacy(d, consequence.negotiationLegitimacy);
        break;
      }
      case 'conduct_judged': shiftLegitimacy(d, consequence.conduct); break;
      case 'hostage_taken': {
        // Remembered: arresting him later is never the arrest of a peaceful person (judge.ts).
        if (!(doc.hostageTakers ?? []).includes(e.captor)) (doc.hostageTakers ??= []).push(e.captor);
        const party = s.protectedParties[game.world.agents.team[e.agent]!];
        const protect = objectivesOf(game.setup).police.protect;
        if (party && (!protect || protect.includes(party.id))) doc.tally.protectedHostages++;
        break;
      }
      default: break;
    }
  }
}
