import { AgentKind, Flag, levelAsSeen, levelRank, type Game } from '../engine/index';

/**
 * The numbers the debrief charts follow over a session, one value per tick, filled as the replay
 * visits ticks (`SessionReplay.seek` / `warm`). Plain typed arrays: the worker sends them to the page
 * as they are, and a chart reads them without copying.
 */

/** The metrics, in the order of `MetricSeries.values`. */
export const metricIds = [
  'level', 'legitimacy', 'activeShare', 'active', 'present', 'injuredOfficers', 'injuredProtesters', 'injuredProtected', 'arrests', 'damage', 'fires', 'policeScore', 'crowdScore',
] as const;
/** One metric. */
export type MetricId = (typeof metricIds)[number];

/** The metrics of one moment. */
export type MetricSample = Record<MetricId, number>;

/** Protesters on the field (not gone, evacuated or arrested) and how many of them are active: one pass over the agents. */
export function crowdPresence(game: Game): { active: number; present: number } {
  const agents = game.world.agents;
  let active = 0;
  let present = 0;
  for (let i = 0; i < agents.kind.length; i++) {
    if (agents.kind[i] !== AgentKind.protester) continue;
    const flags = agents.flags[i]!;
    if (flags & (Flag.gone | Flag.evacuated | Flag.arrested)) continue;
    present++;
    if (flags & Flag.active) active++;
  }
  return { active, present };
}

/** Reads the metrics off a game (one pass over the agents for the active count). */
export function sampleMetrics(game: Game): MetricSample {
  const { state } = game;
  const { active, present } = crowdPresence(game);
  const stats = state.stats;
  return {
    level: levelRank(levelAsSeen(state.doctrine)),
    legitimacy: state.legitimacy,
    activeShare: present > 0 ? active / present : 0,
    active,
    present,
    injuredOfficers: stats.injuredOfficers,
    injuredProtesters: stats.injuredProtesters,
    injuredProtected: stats.injuredProtected,
    arrests: stats.arrests,
    damage: stats.propertyDamage,
    fires: state.fires.length,
    policeScore: state.doctrine.scores.at(-1)?.police.total ?? Number.NaN,
    crowdScore: state.doctrine.scores.at(-1)?.crowd.total ?? Number.NaN,
  };
}

/** Per-tick metric arrays over a session, with which ticks are known yet. */
export class MetricSeries {
  /** `values[m][tick]`: metric `metricIds[m]` at `tick` (NaN where not known). */
  readonly values: Float32Array[];
  /** 1 where the tick was sampled. */
  readonly known: Uint8Array;
  private firstGap = 0;

  /** @param totalTicks the session's last tick */
  constructor(readonly totalTicks: number) {
    this.values = metricIds.map(() => new Float32Array(totalTicks + 1).fill(Number.NaN));
    this.known = new Uint8Array(totalTicks + 1);
  }

  /** Records the game's metrics at its tick (a tick outside the session is ignored). */
  sample(game: Game): void {
    const tick = game.state.tick;
    if (tick < 0 || tick > this.totalTicks) return;
    const sample = sampleMetrics(game);
    metricIds.forEach((id, m) => (this.values[m]![tick] = sample[id]));
    this.known[tick] = 1;
  }

  /** True when `tick` was sampled. */
  knows(tick: number): boolean {
    return this.known[tick] === 1;
  }

  /** The first tick not sampled yet, or -1 when all are. */
  firstUnknown(): number {
    while (this.firstGap <= this.totalTicks && this.known[this.firstGap] === 1) this.firstGap++;
    return this.firstGap > this.totalTicks ? -1 : this.firstGap;
  }

  /** Ticks sampled so far. */
  knownCount(): number {
    let n = 0;
    for (let i = 0; i < this.known.length; i++) n += this.known[i]!;
    return n;
  }

  /** The value of one metric at `tick` (NaN when not known). */
  at(id: MetricId, tick: number): number {
    return this.values[metricIds.indexOf(id)]![tick] ?? Number.NaN;
  }
}
