import { getVenue, type CompiledVenue } from '../venue/index';
import { checkScript } from '../engine/script/setup';
import { setupSchema } from '../engine/state';
import { formatIssues } from '../schema/issues';
import { scenarioSchema, type Scenario } from './schema';
import { scenarioToSetup, defaultChoices } from './setup';

/**
 * Reading a scenario file: the zod shape first, then what zod cannot say (the venue and its zones
 * exist, ids are unique, every unit's role exists, the script names real groups, units and gates).
 * Every problem comes back as one line `path: what is wrong`, prefixed with the scenario's id.
 */

/** Result of {@link parseScenario}. */
export type ParseScenarioResult = { ok: true; scenario: Scenario } | { ok: false; issues: string[]; message: string };

function fail(name: string, issues: string[]): ParseScenarioResult {
  return { ok: false, issues, message: `Skenario ${name} tidak sah / invalid scenario ${name}: ${issues.slice(0, 6).join('; ')}` };
}

function zoneIssues(s: Scenario, venue: CompiledVenue): string[] {
  const issues: string[] = [];
  const b = venue.file.bounds;
  const inside = (p: { x: number; y: number }): boolean => p.x >= b.minX && p.x <= b.maxX && p.y >= b.minY && p.y <= b.maxY;
  s.police.forEach((u, k) => {
    if (typeof u.staging === 'string' && !venue.file.policeStaging.some((z) => z.id === u.staging)) issues.push(`police.${k}.staging: no staging zone ${u.staging} in ${s.venueId}`);
    if (typeof u.staging !== 'string' && !inside(u.staging)) issues.push(`police.${k}.staging: point outside the venue`);
    if (!s.roles.police.some((r) => r.id === u.role)) issues.push(`police.${k}.role: no police role ${u.role}`);
  });
  s.crowd.forEach((g, k) => {
    if (!venue.file.crowdArrival.some((z) => z.id === g.arrival)) issues.push(`crowd.${k}.arrival: no arrival zone ${g.arrival} in ${s.venueId}`);
    if (g.sajam > g.provocateurs) issues.push(`crowd.${k}.sajam: more sajam carriers than provocateurs`);
    if (g.hardship[0] > g.hardship[1]) issues.push(`crowd.${k}.hardship: low end above high end`);
    if (!inside(g.behaviour.rally)) issues.push(`crowd.${k}.behaviour.rally: point outside the venue`);
  });
  // Units and groups share one namespace in the engine (players control either by id); roles have their own.
  const duplicates = (where: string, ids: readonly string[], seen: Set<string>): void => {
    ids.forEach((x, k) => {
      if (seen.has(x)) issues.push(`${where}.${k}.id: duplicate id ${x}`);
      seen.add(x);
    });
  };
  const forces = new Set<string>();
  duplicates('police', s.police.map((u) => u.id), forces);
  duplicates('crowd', s.crowd.map((g) => g.id), forces);
  duplicates('roles.police', s.roles.police.map((r) => r.id), new Set<string>());
  s.roles.police.forEach((r, k) => {
    if (!s.police.some((u) => u.role === r.id)) issues.push(`roles.police.${k}: role ${r.id} commands no unit`);
  });
  return issues;
}

/**
 * Validates a scenario file's content (already parsed from JSON). Never throws. `venue` is the venue
 * to check it against when it is not a bundled one (a user-made venue in the editor).
 */
export function parseScenario(json: unknown, venueOverride?: CompiledVenue): ParseScenarioResult {
  const name = typeof json === 'object' && json !== null && typeof (json as { id?: unknown }).id === 'string' ? (json as { id: string }).id : '(tanpa id / no id)';
  const parsed = scenarioSchema.safeParse(json);
  if (!parsed.success) return fail(name, formatIssues(parsed.error.issues, Infinity));
  const scenario = parsed.data;
  const venue = venueOverride ?? getVenue(scenario.venueId);
  if (!venue) return fail(name, [`venueId: no venue ${scenario.venueId}`]);
  const issues = zoneIssues(scenario, venue);
  if (issues.length > 0) return fail(name, issues);
  // The script as the engine will see it (reserves, behaviours, events), checked by the engine's own rules.
  const setup = setupSchema.safeParse(scenarioToSetup(scenario, defaultChoices(scenario)));
  if (!setup.success) return fail(name, formatIssues(setup.error.issues, Infinity).map((line) => `setup.${line}`));
  const scriptProblem = checkScript(setup.data, venue);
  if (scriptProblem) return fail(name, [`events: ${scriptProblem}`]);
  return { ok: true, scenario };
}

/** Parses a scenario file's text (JSON); a syntax error is reported like any other problem. */
export function parseScenarioText(text: string): ParseScenarioResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail('(berkas / file)', [`JSON: ${error instanceof Error ? error.message : String(error)}`]);
  }
  return parseScenario(json);
}
