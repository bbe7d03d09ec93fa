/**
 * The computer opponent (issue #16): the AI crowd commander and the police AI for units no person
 * commands. Pure and deterministic: a decision is a function of the game and its seed, and its orders
 * go into the command log as an AI player's `submitOrders`, so replays never call this code.
 * See docs/AI.md.
 */
export { aiLevels, aiLevelParams, parseAiLevel, type AiLevelId, type AiLevelParams } from './levels';
export { perceive, type Perception, type SeenUnit, type SeenOpening, type OwnGroup } from './perception';
export { findWeaknesses, weaknessKinds, type Weakness, type WeaknessKind } from './weakness';
export { choosePlan, reachedSteps, triggerHolds } from './plans';
export { aiReasons, type AiReason } from './options';
export { decideCrowd, acceptedOrders, type CrowdDecision } from './commander';
export { decidePolice, type PoliceDecision } from './police';
export type { AiIntent, AiGroupIntent } from './intent';
export { AI_CROWD_PLAYER, AI_POLICE_PLAYER, isAiPlayer, decideFor } from './players';
export { describeIntent } from './describe';
