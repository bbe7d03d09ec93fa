/**
 * Public API of the engine. Pure and deterministic: no clock, no Math.random, no platform imports.
 * See docs/ENGINE.md. Test setups are not part of it: tests import them from fixtures.ts and
 * doctrine/fixtures.ts.
 */

/** Creating a game from a setup and a seed. */
export { createGame, EXTRA_SEGMENTS, engineVersion, type CreateGameResult } from './game';
/** The command reducer and tick-by-tick resolution for playback. */
export { applyCommand, beginTurnResolution, stepTick, canResolve, checkPlan, orderReach, rejectReasons, type CommandResult, type RejectReason, type PlanRejection } from './commands';
/** Hash, snapshot, restore. */
export { hashGame, snapshotGame, restoreGame, canonicalJson, type RestoreResult } from './persist';
/** Replay of a command log and seek to any tick. */
export { createReplay, type Replay, type ReplayResult, type ReplayOptions } from './replay';
export { rebuildGame, type RebuildHooks, type RebuildResult, type RebuildStart } from './rebuild';
/** Orders and commands (types and zod schemas). */
export { orderSchema, policeOrderSchema, crowdOrderSchema, commandSchema, pointSchema, areaSchema, isPoliceOrder } from './orders';
/** Order and command types. */
export type { Order, PoliceOrder, CrowdOrder, Command, Point, Area } from './orders';
/** Events. */
export type { GameEvent, GameEventType, InjuryCause } from './events';
/** Setup and game-level state. */
export { setupSchema } from './state';
/** Setup, game-level state and the Game handle (state, world, runtime) types. */
export type { Game, Setup, SetupInput, GameState, UnitState, GroupState, UnitTask, CrowdTask, ProtectedParty, Fire, GasCloud, Stats, PlayerState, PlannedOrder } from './state';
/** Unit catalogue, order and formation codes, force stages. */
export { unitTypes, unitTypeIds, policeOrderTypes, crowdOrderTypes, formations, equipmentIds, agentsPerUnit } from './forces';
export { forceStageOf, ordersOfUnitType, orderToolInfo, policeOrderDef, crowdOrderDef, type OrderToolInfo } from './orderDefs/registry';
export type { OrderTargeting, OrderFamily } from './orderDefs/define';
export type { OrderStart } from './orderSchemas';
/** Catalogue types. */
export type { UnitType, UnitTypeId, PoliceOrderType, CrowdOrderType, Formation, EquipmentId, ForceStage } from './forces';
/** Agent and segment arrays, codes and flags the renderer reads. */
export { AgentKind, Role, Flag, OFF_FIELD, RADIUS, SegState, worldArrays, cloneWorld } from './model';
export { damageStates, damageStateOf, propertyItems, propertyDamageTotal, propertyValue, type DamageState, type PropertyKind, type PropertyItem, type PropertyDamage } from './damage';
/** World types. */
export type { World, AgentArrays, SegmentArrays, AgentKindCode, RoleCode } from './model';
/** Doctrine (docs/DOCTRINE-ENGINE.md): codes, rules, levels, objectives, the instructor check. */
export {
  situationLevels, incidentKinds, incidentLevel, incidentMarker, verdicts, ruleIds, conductKinds, echelons, gameOverReasons, levelRank,
} from './doctrineTypes';
/** Doctrine state and event payload types. */
export type {
  SituationLevel, IncidentKind, DisturbanceMarker, Verdict, RuleId, ConductKind, Echelon, OverallControl, GameOverReason, MeasureFacts,
  TurnScore, DoctrineState, ControlState, Tally, ObjectiveProgress, LevelOverride,
} from './doctrineTypes';
/** The rule catalogue (regulation, article, principle, citation). */
export { doctrineRules, type DoctrineRule } from './doctrine/rules';
/** The optional setup.objectives section. */
export { objectivesSchema, crowdObjectiveSchema, defaultObjectives, type Objectives, type ObjectivesInput, type CrowdObjective } from './objectives';
/** Which unit fits which level; the instructor-only check shared by instructor commands. */
export { unitLevels, unitSuitsLevel } from './doctrine/authority';
export { instructorRejection, levelAsSeen, type InstructorRejection } from './doctrine/instructor';
/** How police conduct moves legitimacy and agitation (documented constants). */
export { consequence } from './doctrine/consequences';
/** The scenario script's schema (scriptSchema.ts) and the scripted crowd's orders and conditions (script/). */
export { scriptSchema, scriptEventSchema, type Script, type ScriptInput, type ScriptEvent, type ScriptState, type CrowdBehaviour } from './scriptSchema';
export { scriptedCrowdOrders, conditionHolds } from './script/index';
/** Reserves a script keeps off the field. */
export { isHeld } from './reserves';
