import type { CreateSessionInput, SessionPlayer } from '../../../shared/contract/sessions';
import { setupLimitProblems, type LimitProblem } from '../../../shared/scenario/limits';
import { setupSchema } from '../play/engineFacade';
import { buildSetup, presetCrowdSize, type ScenarioPreset } from './presets';

/**
 * The new-session form's data and how it becomes `createSession`'s input. Plain functions, so the
 * screen stays a thin view.
 */

/** What the form holds. */
export interface SessionForm {
  name: string;
  presetId: string;
  policeNames: string[];
  /** Police player index per unit id. */
  assignment: Record<string, number>;
  crowdController: 'person' | 'script';
  crowdName: string;
  instructorName: string;
  crowdSize: number;
  /** Fixed seed for a repeatable drill ('' = the host picks one). */
  seed: string;
}

/** A fresh form for a preset with `policeCount` police players. */
export function initialForm(preset: ScenarioPreset, name: string, policeNames: string[], crowdName: string): SessionForm {
  return {
    name,
    presetId: preset.id,
    policeNames,
    assignment: defaultAssignment(preset, policeNames.length),
    crowdController: 'person',
    crowdName,
    instructorName: '',
    crowdSize: presetCrowdSize(preset),
    seed: '',
  };
}

/** Each unit to the player of its role (roles in scenario order), wrapped to the number of police players. */
export function defaultAssignment(preset: ScenarioPreset, policeCount: number): Record<string, number> {
  return Object.fromEntries(preset.police.map((unit) => [unit.id, unit.lead % Math.max(1, policeCount)]));
}

/** Police players that command no unit (the form refuses to start then). */
export function idlePolicePlayers(form: SessionForm): number[] {
  const used = new Set(Object.values(form.assignment));
  return form.policeNames.map((_, index) => index).filter((index) => !used.has(index));
}

/** The `createSession` input for the form. */
export function toCreateInput(form: SessionForm, preset: ScenarioPreset): CreateSessionInput {
  const police = form.policeNames.map((name, index) => ({
    id: `polri-${index + 1}`,
    name: name.trim() || `Danton ${index + 1}`,
    unitIds: preset.police.filter((unit) => form.assignment[unit.id] === index).map((unit) => unit.id),
  }));
  const crowdPlayer = form.crowdController === 'person' ? { id: 'massa', name: form.crowdName.trim() || 'Korlap' } : null;
  const instructor = form.instructorName.trim() ? { id: 'direktur', name: form.instructorName.trim() } : null;
  const players: SessionPlayer[] = police.map((p) => ({ id: p.id, name: p.name, role: 'police' }));
  if (crowdPlayer) players.push({ id: crowdPlayer.id, name: crowdPlayer.name, role: 'crowd' });
  if (instructor) players.push({ id: instructor.id, name: instructor.name, role: 'instructor' });
  return {
    name: form.name.trim() || preset.id,
    scenarioId: preset.id,
    // The instructor is an engine player too (side 'instructor'): the only one who may inject the scenario's events.
    setup: buildSetup(preset, { police, crowdPlayer, crowdSize: form.crowdSize, instructor }),
    players,
    crowdController: form.crowdController,
    ...(/^\d{1,9}$/.test(form.seed.trim()) ? { seed: Number(form.seed.trim()) } : {}),
  };
}

/**
 * The session limits the form's setup goes beyond (shared/scenario/limits.ts): the form refuses to go
 * on while there are any, and an imported session file is held to the same limits.
 */
export function formLimitProblems(form: SessionForm, preset: ScenarioPreset): LimitProblem[] {
  const parsed = setupSchema.safeParse(toCreateInput(form, preset).setup);
  return parsed.success ? setupLimitProblems(parsed.data) : [];
}
