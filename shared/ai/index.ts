/**
 * The computer opponent (issue #16): the AI crowd commander and the police AI for units no person
 * commands. Pure and deterministic: a decision is a function of the game and its seed, and its orders
 * go into the command log as an AI player's `submitOrders`, so replays never call this code.
 * See docs/AI.md.
 */
/** Difficulty levels and their parameters. */
export { aiLevels, aiLevelParams, parseAiLevel, type AiLevelId, type AiLevelParams } from './levels';
/** What the crowd can see. */
export { perceive, type Perception, type SeenUnit, type SeenOpening, type OwnGroup } from './perception';
/** Weaknesses in the police deployment. */
export { findWeaknesses, weaknessKinds, type Weakness, type WeaknessKind } from './weakness';
/** Authored plans: the plan a game plays, the steps reached, the triggers. */
export { choosePlan, reachedSteps, triggerHolds } from './plans';
/** Why an option was chosen. */
export { aiReasons, type AiReason } from './options';
/** The crowd commander's decision, and the engine's check of AI orders. */
export { decideCrowd, acceptedOrders, type CrowdDecision } from './commander';
/** The police AI's decision. */
export { decidePolice, type PoliceDecision } from './police';
/** The intent of an AI turn (plain data). */
export type { AiIntent, AiGroupIntent } from './intent';
/** The AI players and the decision of either. */
export { AI_CROWD_PLAYER, AI_POLICE_PLAYER, isAiPlayer, decideFor } from './players';
/** The intent in words. */
export { describeIntent } from './describe';
