import { produce, type Draft } from 'immer';
import type { GameEvent } from '../events';
import type { GameState } from '../state';
import { changeLevel } from './authority';
import type { DoctrineState, SituationLevel } from '../doctrineTypes';

/**
 * The instructor side (Direktur Latihan / dinamisator): a player with side 'instructor' controls no
 * units, is not waited for when a turn resolves, and is the only one who may override the situation
 * level. The reducer runs the same check, {@link instructorRejection}, before a script inject.
 */

/** Why an instructor-only command was refused (a subset of the engine's reject reasons). */
export interface InstructorRejection {
  reason: 'unknown_player' | 'not_instructor';
  message: string;
}

/** Null when `playerId` is an instructor of this game, else the typed refusal. */
export function instructorRejection(state: GameState, playerId: string): InstructorRejection | null {
  const player = state.players.find((p) => p.id === playerId);
  if (!player) return { reason: 'unknown_player', message: `no player ${playerId}` };
  if (player.side !== 'instructor') return { reason: 'not_instructor', message: `${playerId} is not an instructor` };
  return null;
}

/**
 * Records an override (level) or its withdrawal (null). `doctrine.override` shows it at once; the
 * effective level moves, and the events are emitted, when the turn starts resolving
 * ({@link announceOverrides}), before that turn's orders are judged: only resolved turns' events are
 * stored and replayed, so the log must carry it there.
 */
export function overrideSituationLevel(state: GameState, playerId: string, level: SituationLevel | null, reason: string): GameState {
  return produce(state, (d) => {
    const doc = d.doctrine as DoctrineState | undefined;
    if (!doc) return;
    // Only the director's last word in a planning phase takes effect (every command stays in the log).
    doc.notices = [{ playerId, level, previous: doc.level, reason }];
    doc.override = level === null ? null : { level, playerId, reason, tick: d.tick };
  });
}

/**
 * The level as the players see it while planning: an override counts at once, and a withdrawn one
 * shows the assessed level, which is what {@link announceOverrides} will make effective when the turn
 * starts resolving (until then `doctrine.level` still holds the previous effective level).
 */
export function levelAsSeen(doc: DoctrineState): SituationLevel {
  if (doc.override) return doc.override.level;
  return doc.notices.at(-1)?.level === null ? doc.assessed : doc.level;
}

/** Emits the overrides made while planning and moves the effective level accordingly (start of resolution). */
export function announceOverrides(d: Draft<GameState>, tick: number, ev: GameEvent[]): void {
  // Snapshots from before the doctrine layer have no doctrine state: nothing to announce.
  const doc = d.doctrine as DoctrineState | undefined;
  if (!doc || doc.notices.length === 0) return;
  for (const n of doc.notices) {
    ev.push({ tick, type: 'situation_level_overridden', playerId: n.playerId, level: n.level, previous: n.previous, reason: n.reason });
    changeLevel(doc, n.level ?? doc.assessed, 'instructor', null, tick, ev);
  }
  doc.notices = [];
}
