import { listScenarios, scenarioToSetup, scenarioCrowdSize, type Scenario, type Text } from '../../../shared/scenario/index';
import type { SetupInput, UnitTypeId } from '../play/engineFacade';

/**
 * The new-session screen's view of the bundled scenario files (assets/scenarios, validated by
 * shared/scenario): a thin adapter that keeps the shapes the setup form and the briefing use.
 * `buildSetup` turns a preset plus the new-session choices into the engine's setup.
 */

/** A police unit of a preset. */
export interface PresetUnit {
  id: string;
  type: UnitTypeId;
  name: string;
  /** Which police player commands it by default: the index of its role, wrapped to the number of players. */
  lead: number;
  /** Off the field at the start; the scenario brings it in later. */
  reserve: boolean;
}

/** A crowd group of a preset. */
export interface PresetGroup {
  id: string;
  name: Text;
  arrival: string;
  size: number;
  provocateurs: number;
  sajam: number;
  reserve: boolean;
}

/** A police role of a preset (Danki Dalmas, Danki Brimob / Kapolda ...). */
export interface PresetRole {
  id: string;
  title: Text;
  duty: Text | null;
}

/** A scenario as the new-session screen shows it. */
export interface ScenarioPreset {
  id: string;
  venueId: string;
  name: Text;
  situation: Text;
  briefing: Text;
  objectives: Text;
  turnLimit: number;
  secondsPerTurn: number;
  roles: readonly PresetRole[];
  police: readonly PresetUnit[];
  crowd: readonly PresetGroup[];
  /** The validated scenario file behind it. */
  scenario: Scenario;
}

/** The new-session view of a validated scenario (bundled, or a user scenario on its registered venue). */
export function toPreset(s: Scenario): ScenarioPreset {
  return {
    id: s.id,
    venueId: s.venueId,
    name: s.name,
    situation: s.situation,
    briefing: s.briefing,
    objectives: s.objectives.text,
    turnLimit: s.turnLimit,
    secondsPerTurn: s.secondsPerTurn,
    roles: s.roles.police.map((r) => ({ id: r.id, title: r.title, duty: r.duty ?? null })),
    police: s.police.map((u) => ({ id: u.id, type: u.type, name: u.name, lead: s.roles.police.findIndex((r) => r.id === u.role), reserve: u.reserve })),
    crowd: s.crowd.map((g) => ({ id: g.id, name: g.name, arrival: g.arrival, size: g.size, provocateurs: g.provocateurs, sajam: g.sajam, reserve: g.reserve })),
    scenario: s,
  };
}

/** The bundled scenarios, in the order the files list them. */
export const SCENARIO_PRESETS: readonly ScenarioPreset[] = listScenarios().map(toPreset);

/** Presets of a venue. */
export function presetsForVenue(venueId: string): ScenarioPreset[] {
  return SCENARIO_PRESETS.filter((preset) => preset.venueId === venueId);
}

/** The preset with this id. */
export function presetById(id: string): ScenarioPreset | undefined {
  return SCENARIO_PRESETS.find((preset) => preset.id === id);
}

/** Total crowd size of a preset (reserves included). */
export function presetCrowdSize(preset: ScenarioPreset): number {
  return scenarioCrowdSize(preset.scenario);
}

/** Choices the new-session form adds to a preset. */
export interface SetupChoices {
  police: { id: string; name: string; unitIds: string[] }[];
  /** The crowd player, or null when the crowd follows the scenario. */
  crowdPlayer: { id: string; name: string } | null;
  /** Total crowd size; groups are scaled in proportion. */
  crowdSize: number;
  /** The instructor (Direktur Latihan), who may inject the scenario's events; none when absent. */
  instructor?: { id: string; name: string } | null;
  /** The AI plan the instructor chose for the AI crowd; drawn from the seed when absent. */
  aiPlanId?: string | null;
}

/** The engine setup for a preset and the form's choices. */
export function buildSetup(preset: ScenarioPreset, choices: SetupChoices): SetupInput {
  return scenarioToSetup(preset.scenario, choices);
}
