import plenoKpu from '../../assets/scenarios/pleno-kpu.scenario.json';
import simulasiAgathis from '../../assets/scenarios/simulasi-agathis.scenario.json';
import unjukRasaDamai from '../../assets/scenarios/unjuk-rasa-damai.scenario.json';
import { parseScenario, type ParseScenarioResult } from './parse';
import type { Scenario } from './schema';

/**
 * The scenario files shipped with the app (bundled: the app is offline), validated once on first use.
 * Adding a scenario is adding its file under assets/scenarios/ and one line here.
 */

/** The raw bundled scenario files, in the order the new-session screen lists them. */
export const bundledScenarios: Readonly<Record<string, unknown>> = {
  'pleno-kpu': plenoKpu as unknown,
  'unjuk-rasa-damai': unjukRasaDamai as unknown,
  'simulasi-agathis': simulasiAgathis as unknown,
};

let cache: Map<string, ParseScenarioResult> | null = null;

function parsedAll(): Map<string, ParseScenarioResult> {
  cache ??= new Map(Object.entries(bundledScenarios).map(([id, raw]) => [id, parseScenario(raw)]));
  return cache;
}

/** Every bundled scenario's validation result, by file id (the tests check they are all valid). */
export function bundledScenarioResults(): ReadonlyMap<string, ParseScenarioResult> {
  return parsedAll();
}

/** The valid bundled scenarios, in listing order. */
export function listScenarios(): Scenario[] {
  const out: Scenario[] = [];
  for (const r of parsedAll().values()) if (r.ok) out.push(r.scenario);
  return out;
}

/** The bundled scenario with this id, or null when unknown or invalid. */
export function getScenario(id: string): Scenario | null {
  const r = parsedAll().get(id);
  return r && r.ok ? r.scenario : null;
}

/** The valid bundled scenarios played at a venue. */
export function scenariosForVenue(venueId: string): Scenario[] {
  return listScenarios().filter((s) => s.venueId === venueId);
}
