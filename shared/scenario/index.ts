/**
 * Scenarios as validated data: the file format, its parser, the bundled files and the mapping from a
 * scenario plus the new-session choices to the engine's setup.
 */
export { scenarioSchema, roleSchema, scenarioUnitSchema, scenarioGroupSchema, behaviourSchema, type Scenario, type ScenarioInput, type ScenarioRole, type ScenarioUnit, type ScenarioGroup } from './schema';
export { parseScenario, parseScenarioText, type ParseScenarioResult } from './parse';
export { scenarioToSetup, defaultChoices, scenarioCrowdSize, unitsOfRole, type ScenarioChoices, type PolicePlayerChoice } from './setup';
export { bundledScenarios, bundledScenarioResults, listScenarios, getScenario, scenariosForVenue } from './scenarios';
export { textSchema, type Text } from '../engine/scriptSchema';
