import type { SetupInput } from '../engine/state';
import type { Scenario, ScenarioGroup } from './schema';

/**
 * From a scenario and the new-session choices to the engine's setup: who plays which police role
 * and commands which unit, whether a person plays the crowd or the scenario does, how big the crowd
 * is, and whether an instructor (Direktur Latihan / dinamisator) takes part.
 */

/** A police player and the units they command. */
export interface PolicePlayerChoice {
  id: string;
  name: string;
  unitIds: string[];
}

/** What the new-session screen adds to a scenario. */
export interface ScenarioChoices {
  police: PolicePlayerChoice[];
  /** The crowd player, or null when the crowd follows the scenario's script. */
  crowdPlayer: { id: string; name: string } | null;
  /** Total crowd size; groups are scaled in proportion (the scenario's own size when absent). */
  crowdSize?: number;
  /** The instructor, who may inject script events and override the situation level; none when absent. */
  instructor?: { id: string; name: string } | null;
  /** The AI plan the instructor chose (one of the scenario's `aiPlans`); drawn from the seed when absent. */
  aiPlanId?: string | null;
}

/** The crowd's nominal size (all groups, reserves included). */
export function scenarioCrowdSize(scenario: Scenario): number {
  return scenario.crowd.reduce((sum, g) => sum + g.size, 0);
}

/** The units a police role commands by default. */
export function unitsOfRole(scenario: Scenario, roleId: string): string[] {
  return scenario.police.filter((u) => u.role === roleId).map((u) => u.id);
}

/** One police player per role (named by the role's Indonesian title), the crowd left to the script, no instructor. */
export function defaultChoices(scenario: Scenario): ScenarioChoices {
  return {
    police: scenario.roles.police.map((r, k) => ({ id: `polri-${k + 1}`, name: r.title.id, unitIds: unitsOfRole(scenario, r.id) })),
    crowdPlayer: null,
  };
}

/** A group scaled to `scale`, with at least ten people and its provocateurs (one per 20 people at most, but not fewer than one it had). */
function scaledGroup(g: ScenarioGroup, scale: number): NonNullable<SetupInput['crowd']>[number] {
  const size = Math.max(10, Math.round(g.size * scale));
  const provocateurs = g.provocateurs === 0 ? 0 : Math.min(g.provocateurs, Math.max(1, Math.floor(size / 20)));
  return {
    id: g.id,
    name: g.name.id,
    arrival: g.arrival,
    size,
    orators: g.mobilKomando ? Math.max(3, g.orators) : g.orators,
    provocateurs,
    sajam: Math.min(g.sajam, provocateurs),
    bystanderShare: g.bystanderShare,
    hardship: [g.hardship[0], g.hardship[1]],
    agitation: g.agitation,
  };
}

/** The engine setup for a scenario and the session's choices. */
export function scenarioToSetup(scenario: Scenario, choices: ScenarioChoices): SetupInput {
  const scale = (choices.crowdSize ?? scenarioCrowdSize(scenario)) / Math.max(1, scenarioCrowdSize(scenario));
  const crowd = scenario.crowd.map((g) => scaledGroup(g, scale));
  const players: SetupInput['players'] = choices.police.map((p) => ({ id: p.id, name: p.name, side: 'police', controls: [...p.unitIds] }));
  if (choices.crowdPlayer) players.push({ id: choices.crowdPlayer.id, name: choices.crowdPlayer.name, side: 'crowd', controls: crowd.map((g) => g.id) });
  if (choices.instructor) players.push({ id: choices.instructor.id, name: choices.instructor.name, side: 'instructor', controls: [] });
  return {
    venueId: scenario.venueId,
    turnLimit: scenario.turnLimit,
    secondsPerTurn: scenario.secondsPerTurn,
    legitimacy: scenario.legitimacy,
    players,
    police: scenario.police.map((u) => ({
      id: u.id, type: u.type, name: u.name, staging: u.staging,
      ...(u.strength !== undefined ? { strength: u.strength } : {}),
      ...(u.heading !== undefined ? { heading: u.heading } : {}),
    })),
    crowd,
    protectedPeople: true,
    ...(scenario.objectives.rules ? { objectives: scenario.objectives.rules } : {}),
    script: {
      events: scenario.events,
      crowd: scenario.crowd.map((g) => ({ groupId: g.id, ...g.behaviour })),
      reserves: [...scenario.police.filter((u) => u.reserve).map((u) => u.id), ...scenario.crowd.filter((g) => g.reserve).map((g) => g.id)],
      ...(scenario.aiPlans.length > 0 ? { aiPlans: scenario.aiPlans } : {}),
      ...(choices.aiPlanId ? { aiPlan: choices.aiPlanId } : {}),
    },
  };
}
