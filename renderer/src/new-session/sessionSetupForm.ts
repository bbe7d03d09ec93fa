import type { CreateSessionInput, SessionPlayer } from '../../../shared/contract/sessions';
import { sessionLimits } from '../../../shared/contract/limits';
import type { MessageKey } from '../../../shared/i18n/messages';
import { setupLimitProblems, type LimitProblem } from '../../../shared/scenario/limits';
import { setupSchema } from '../play/engineFacade';
import { buildSetup, presetCrowdSize, type PresetRole, type ScenarioPreset } from './presets';
import { AI_CROWD_PLAYER, AI_POLICE_PLAYER } from '../../../shared/ai/players';
import type { AiLevelId } from '../../../shared/ai/levels';

/**
 * The new-session form's data and how it becomes `createSession`'s input. Plain functions, so the
 * screen stays a thin view.
 */

/** What the form holds. */
export interface SessionForm {
  name: string;
  presetId: string;
  policeNames: string[];
  /** Police player index per unit id ({@link AI_POLICE_INDEX}: the police AI commands it). */
  assignment: Record<string, number>;
  /** Who plays the crowd: a person at the hot seat, the scenario's script, or the AI commander. */
  crowdController: 'person' | 'script' | 'ai';
  /** The AI's difficulty level when the AI plays the crowd. */
  aiLevel: AiLevelId;
  /** The AI plan the instructor chose ('' = drawn from the seed). */
  aiPlanId: string;
  crowdName: string;
  instructorName: string;
  /** The crowd size in force: the last value typed that is a whole number within the limits. */
  crowdSize: number;
  /** The crowd-size field exactly as typed (checked by {@link formProblems}). */
  crowdSizeText: string;
  /** Fixed seed for a repeatable drill ('' = the host picks one). */
  seed: string;
}

/** The assignment value of a unit no person commands: the police AI (shared/ai/police.ts) plays it. */
export const AI_POLICE_INDEX = -1;

/** A fresh form for a preset with `policeCount` police players. */
export function initialForm(preset: ScenarioPreset, name: string, policeNames: string[], crowdName: string): SessionForm {
  return {
    name,
    presetId: preset.id,
    policeNames,
    assignment: defaultAssignment(preset, policeNames.length),
    crowdController: 'person',
    aiLevel: 'sedang',
    aiPlanId: '',
    crowdName,
    instructorName: '',
    crowdSize: presetCrowdSize(preset),
    crowdSizeText: String(presetCrowdSize(preset)),
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
  const aiUnits = preset.police.filter((unit) => form.assignment[unit.id] === AI_POLICE_INDEX).map((unit) => unit.id);
  if (aiUnits.length > 0) police.push({ id: AI_POLICE_PLAYER.id, name: AI_POLICE_PLAYER.name, unitIds: aiUnits });
  const crowdPlayer = form.crowdController === 'person' ? { id: 'massa', name: form.crowdName.trim() || 'Korlap' } : form.crowdController === 'ai' ? { ...AI_CROWD_PLAYER } : null;
  const instructor = form.instructorName.trim() ? { id: 'direktur', name: form.instructorName.trim() } : null;
  const players: SessionPlayer[] = police.map((p) => ({ id: p.id, name: p.name, role: 'police' }));
  if (crowdPlayer) players.push({ id: crowdPlayer.id, name: crowdPlayer.name, role: 'crowd' });
  if (instructor) players.push({ id: instructor.id, name: instructor.name, role: 'instructor' });
  return {
    name: form.name.trim() || preset.id,
    scenarioId: preset.id,
    // The instructor is an engine player too (side 'instructor'): the only one who may inject the scenario's events.
    setup: buildSetup(preset, { police, crowdPlayer, crowdSize: form.crowdSize, instructor, aiPlanId: form.crowdController === 'ai' && form.aiPlanId ? form.aiPlanId : null }),
    players,
    crowdController: form.crowdController,
    ...(form.crowdController === 'ai' ? { aiLevel: form.aiLevel } : {}),
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

/** A field of the form that can be wrong: the session name, a police player's name, the crowd player's, the director's, the crowd size. */
export type FieldId = 'name' | `police-${number}` | 'crowdName' | 'instructorName' | 'crowdSize';

/** Why a field cannot be taken, worded at render time. */
export interface FieldProblem {
  key: MessageKey;
  params?: Record<string, string | number>;
}

/** The crowd-size field as typed: its value, or why it is refused (not a whole number, out of bounds). */
export function parseCrowdSize(text: string): { value: number } | { problem: FieldProblem } {
  const { crowdPeopleMin: min, crowdPeopleMax: max } = sessionLimits;
  const trimmed = text.trim();
  if (trimmed === '') return { problem: { key: 'setup.required' } };
  if (!/^-?\d+$/.test(trimmed)) return { problem: { key: 'setup.notNumber', params: { example: 350 } } };
  const value = Number(trimmed);
  if (value < min || value > max) return { problem: { key: 'setup.outOfRange', params: { min, max } } };
  return { value };
}

/** The form after the crowd-size field was typed into: the text kept as typed, the size taken when valid. */
export function withCrowdSizeText(form: SessionForm, text: string): SessionForm {
  const parsed = parseCrowdSize(text);
  return { ...form, crowdSizeText: text, crowdSize: 'value' in parsed ? parsed.value : form.crowdSize };
}

function nameProblem(name: string, max: number, required: boolean): FieldProblem | null {
  const length = name.trim().length;
  if (length === 0) return required ? { key: 'setup.required' } : null;
  return length > max ? { key: 'setup.tooLong', params: { max, count: length } } : null;
}

/**
 * Every field that cannot be taken as it is, with the reason shown at the field: the session name and
 * every player's name required (the director's optional) and within their lengths, player names
 * distinct (ignoring case and surrounding spaces), the crowd size a whole number within the limits.
 */
export function formProblems(form: SessionForm): Partial<Record<FieldId, FieldProblem>> {
  const out: Partial<Record<FieldId, FieldProblem>> = {};
  const { sessionNameMax, playerNameMax } = sessionLimits;
  const nameIssue = nameProblem(form.name, sessionNameMax, true);
  if (nameIssue) out.name = nameIssue;
  const players: [FieldId, string, boolean][] = form.policeNames.map((name, i): [FieldId, string, boolean] => [`police-${i}`, name, true]);
  if (form.crowdController === 'person') players.push(['crowdName', form.crowdName, true]);
  players.push(['instructorName', form.instructorName, false]);
  const seen = new Map<string, number>();
  for (const [, name] of players) {
    const norm = name.trim().toLocaleLowerCase();
    if (norm) seen.set(norm, (seen.get(norm) ?? 0) + 1);
  }
  for (const [field, name, required] of players) {
    const issue = nameProblem(name, playerNameMax, required) ?? ((seen.get(name.trim().toLocaleLowerCase()) ?? 0) > 1 ? { key: 'setup.duplicate' as const } : null);
    if (issue) out[field] = issue;
  }
  const size = parseCrowdSize(form.crowdSizeText);
  if ('problem' in size) out.crowdSize = size.problem;
  return out;
}

/** The scenario's police roles a player takes: role k goes to player k, wrapped to the number of players (as the default split). */
export function rolesOfPlayer(preset: ScenarioPreset, player: number, policeCount: number): PresetRole[] {
  return preset.roles.filter((_, k) => k % Math.max(1, policeCount) === player);
}
