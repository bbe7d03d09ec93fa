import { sessionLimits } from '../contract/limits';
import { agentsPerUnit } from '../engine/forces';
import type { Setup } from '../engine/state';
import type { MessageKey } from '../i18n/messages';

/**
 * Checks a game setup against the session limits (shared/contract/limits.ts). The new-session form
 * runs it on the setup it is about to create and an import runs it on every session of a file, so
 * neither can produce a session the other would refuse.
 */

/** One limit a setup goes beyond: a message key of shared/i18n and its parameters. */
export interface LimitProblem {
  /** The setup field it concerns, e.g. `players` or `crowd`. */
  field: string;
  key: MessageKey;
  params: Record<string, string | number>;
}

/** Every limit `setup` goes beyond, in field order; empty when it keeps them all. */
export function setupLimitProblems(setup: Setup): LimitProblem[] {
  const limits = sessionLimits;
  const problems: LimitProblem[] = [];
  const add = (field: string, key: MessageKey, params: Record<string, string | number>) => problems.push({ field, key, params });

  const bySide = (side: Setup['players'][number]['side']) => setup.players.filter((player) => player.side === side).length;
  const police = bySide('police');
  if (police < limits.policePlayersMin || police > limits.policePlayersMax) {
    add('players', 'limits.policePlayers', { count: police, min: limits.policePlayersMin, max: limits.policePlayersMax });
  }
  const crowdPlayers = bySide('crowd');
  if (crowdPlayers > limits.crowdPlayersMax) add('players', 'limits.crowdPlayers', { count: crowdPlayers, max: limits.crowdPlayersMax });
  const instructors = bySide('instructor');
  if (instructors > limits.instructorsMax) add('players', 'limits.instructors', { count: instructors, max: limits.instructorsMax });
  for (const player of setup.players) {
    const length = player.name.trim().length;
    if (length < 1 || player.name.length > limits.playerNameMax) add('players', 'limits.playerName', { id: player.id, max: limits.playerNameMax });
  }
  for (const id of duplicates(setup.players.map((player) => player.id))) add('players', 'limits.duplicatePlayer', { id });

  for (const id of duplicates(setup.police.map((unit) => unit.id))) add('police', 'limits.duplicateUnit', { id });
  for (const id of duplicates(setup.crowd.map((group) => group.id))) add('crowd', 'limits.duplicateGroup', { id });
  const unitIds = new Set(setup.police.map((unit) => unit.id));
  for (const id of new Set(setup.crowd.map((group) => group.id))) if (unitIds.has(id)) add('crowd', 'limits.unitGroupClash', { id });

  const officers = setup.police.reduce((sum, unit) => sum + agentsPerUnit(unit.type, unit.strength), 0);
  if (officers > limits.officersMax) add('police', 'limits.officers', { count: officers, max: limits.officersMax });
  const crowd = setup.crowd.reduce((sum, group) => sum + group.size, 0);
  if (crowd < limits.crowdPeopleMin || crowd > limits.crowdPeopleMax) {
    add('crowd', 'limits.crowdPeople', { count: crowd, min: limits.crowdPeopleMin, max: limits.crowdPeopleMax });
  }

  const ticksPerTurn = Math.round(setup.secondsPerTurn / setup.tickSeconds);
  if (ticksPerTurn > limits.ticksPerTurnMax) add('secondsPerTurn', 'limits.ticksPerTurn', { count: ticksPerTurn, max: limits.ticksPerTurnMax });
  if (setup.turnLimit < limits.turnLimitMin || setup.turnLimit > limits.turnLimitMax) {
    add('turnLimit', 'limits.turnLimit', { count: setup.turnLimit, min: limits.turnLimitMin, max: limits.turnLimitMax });
  }
  return problems;
}

/** Values that occur more than once, each reported once, in first-seen order. */
function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) repeated.add(value);
    seen.add(value);
  }
  return [...repeated];
}
