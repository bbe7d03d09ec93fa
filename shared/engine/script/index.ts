/**
 * The scenario script inside the engine: conditions, effects, the scripted crowd's orders and the
 * hooks the reducer calls. Its schema and state shape are in the base (scriptSchema.ts). See
 * docs/ENGINE.md, "Scenario script".
 */
export { conditionHolds, eventDue, dueTick, situationLevelOf, type ConditionView } from './conditions';
export { isControlled, scriptMayOrder, type ScriptOrderApi } from './effects';
export { scriptedCrowdOrders } from './crowdPlan';
export { scriptAtTurnStart, scriptAfterTick, injectScriptEvent, type InjectRejection } from './run';
export { initialScriptState, holdReserves, checkScript } from './setup';
