/**
 * Difficulty levels of the AI crowd commander. A level changes how the AI decides, never what it may
 * see or do (no cheating, CROWD-AND-AI.md "Difficulty that players accept"): how late it reacts, how
 * well its groups coordinate, how readily it goes for a weakness, how many options it weighs and how
 * noisy its choice is. The one-line description of each level is in shared/i18n/aiMessages.ts
 * (`ai.level.<id>.hint`).
 */

/** The level ids, easiest first (stored with a session as `aiLevel`). */
export const aiLevels = ['mudah', 'sedang', 'sulit', 'ahli'] as const;
/** One of {@link aiLevels}. */
export type AiLevelId = (typeof aiLevels)[number];

/** What a level sets. */
export interface AiLevelParams {
  /** Turns between a group's fresh decisions (0: it reconsiders every turn). */
  reactionDelay: number;
  /** Chance (0..1) that another group stages a diversion while one breaches. */
  coordination: number;
  /** 0..1: how weak a gate, panel or line must look before the AI goes for it (higher: exploits more). */
  exploitation: number;
  /** How many options a group weighs each decision (the plan's step is always among them). */
  optionsWeighed: number;
  /** Relative noise on every option's utility (0: always the best option). */
  noise: number;
}

/** The parameter table (docs/AI.md explains each lever). */
export const aiLevelParams: Readonly<Record<AiLevelId, AiLevelParams>> = {
  mudah: { reactionDelay: 2, coordination: 0, exploitation: 0.15, optionsWeighed: 3, noise: 0.6 },
  sedang: { reactionDelay: 1, coordination: 0.3, exploitation: 0.45, optionsWeighed: 5, noise: 0.3 },
  sulit: { reactionDelay: 0, coordination: 0.7, exploitation: 0.75, optionsWeighed: 8, noise: 0.15 },
  ahli: { reactionDelay: 0, coordination: 1, exploitation: 1, optionsWeighed: 99, noise: 0.05 },
};

/** The level a stored `aiLevel` names; 'sedang' for null or anything unknown. */
export function parseAiLevel(value: string | null | undefined): AiLevelId {
  return (aiLevels as readonly string[]).includes(value ?? '') ? (value as AiLevelId) : 'sedang';
}
