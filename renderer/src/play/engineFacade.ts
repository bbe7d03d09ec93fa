/**
 * The renderer's one window onto the engine (the host has main/host/engineAdapter.ts). Everything the
 * game flow needs from shared/engine is re-exported or wrapped here, so an engine API change touches
 * one file on the renderer side.
 */
export { createGame } from '../../../shared/engine/game';
export { applyCommand, checkPlan, orderReach, hashGame, beginTurnResolution, stepTick, rebuildGame, snapshotGame, restoreGame } from '../../../shared/engine';
export { setupSchema, type Game, type SetupInput, type GameState, type Stats } from '../../../shared/engine/state';
export type { Command, Order } from '../../../shared/engine/orders';
export type { GameEvent } from '../../../shared/engine/events';
export { unitTypes, formations, crowdOrderTypes, type UnitTypeId, type PoliceOrderType, type ForceStage } from '../../../shared/engine/forces';
export { forceStageOf, ordersOfUnitType, orderToolInfo, type OrderToolInfo } from '../../../shared/engine/orderDefs/registry';
export { isReachable, routeThrough } from '../../../shared/engine/orderDefs/route';
export { AgentKind, Role, Flag, SegState } from '../../../shared/engine/model';
export {
  incidentMarker, levelAsSeen, doctrineRules, isHeld, situationLevels, rejectReasons, type RejectReason, type SituationLevel, type Verdict, type RuleId, type TurnScore, type GameOverReason,
  type ConductKind, type IncidentKind, type DisturbanceMarker, type Echelon, type OverallControl,
} from '../../../shared/engine';
