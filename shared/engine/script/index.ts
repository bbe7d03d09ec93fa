/**
 * The scenario script inside the engine: schema, conditions, effects, the scripted crowd's orders and
 * the hooks the reducer calls. See docs/ENGINE.md, "Scenario script".
 */
export {
  textSchema, conditionSchema, effectSchema, scriptEventSchema, crowdBehaviourSchema, scriptSchema, tempers,
  type Text, type ScriptCondition, type ScriptEffect, type ScriptEvent, type ScriptEventInput, type CrowdBehaviour, type Script, type ScriptInput,
  type ScriptState, type VehicleClimb,
} from './schema';
export { conditionHolds, eventDue, dueTick, situationLevelOf, type ConditionView } from './conditions';
export { isControlled, scriptMayOrder, type ScriptOrderApi } from './effects';
export { scriptedCrowdOrders } from './crowdPlan';
export { scriptAtTurnStart, scriptAfterTick, injectScriptEvent, type InjectRejection } from './run';
export { initialScriptState, holdReserves, isHeld, checkScript } from './setup';
