import { describe, it, expect } from 'vitest';
import { setupSchema, type GameEvent } from '../index';
import { smallSetup } from '../fixtures';
import { initDoctrine } from './init';
import { assess, CALM_SECONDS, type Observation } from './situation';
import type { DoctrineState, IncidentKind } from '../doctrineTypes';

const TICK_SECONDS = 0.5;
const CALM_TICKS = CALM_SECONDS / TICK_SECONDS;

function fresh(): DoctrineState {
  return initDoctrine(setupSchema.parse(smallSetup()), [], []);
}

const seen = (...kinds: IncidentKind[]): Observation => ({ sightings: kinds.map((kind) => ({ kind, groupId: 'massa-1' })), hostageParties: [] });
const nothing: Observation = { sightings: [], hostageParties: [] };

/** Runs `ticks` ticks from `start`, seeing what `at(tick)` says; returns the level changes. */
function run(doc: DoctrineState, start: number, ticks: number, at: (t: number) => Observation): Extract<GameEvent, { type: 'situation_level_changed' }>[] {
  const ev: GameEvent[] = [];
  for (let t = start; t < start + ticks; t++) assess(doc, at(t), t, TICK_SECONDS, ev);
  return ev.flatMap((e) => (e.type === 'situation_level_changed' ? [e] : []));
}

describe('situation level hysteresis', () => {
  it('escalates at once and does not flicker while the crowd keeps pushing now and then', () => {
    const doc = fresh();
    // Pushing for a moment every 50 s for 20 minutes: the raw level drops to hijau between pushes.
    const changes = run(doc, 0, 2400, (t) => (t % 100 === 0 ? seen('pushing') : nothing));
    expect(changes).toEqual([expect.objectContaining({ tick: 0, from: 'hijau', to: 'kuning', cause: 'pushing', groupId: 'massa-1' })]);
    expect(doc.level).toBe('kuning');
  });

  it('steps down one level only after sustained calm', () => {
    const doc = fresh();
    run(doc, 0, 1, () => seen('hostage_taking'));
    expect(doc.level).toBe('merah');
    expect(doc.control.overall).toBe('kapolda');
    // Calm, but interrupted by arson after 100 s: merah holds, the calm count starts again.
    expect(run(doc, 1, 200, () => nothing)).toEqual([]);
    run(doc, 201, 1, () => seen('arson'));
    const later = run(doc, 202, 4 * CALM_TICKS, () => nothing);
    expect(later.map((e) => [e.from, e.to, e.cause])).toEqual([['merah', 'kuning', 'calm'], ['kuning', 'hijau', 'calm']]);
    // The arson seen at tick 201 is held 30 s, then two minutes of calm step merah down; a kuning
    // incident would not have stopped that count (calm is measured against the current level).
    expect(later[0]!.tick).toBe(201 + 60 + CALM_TICKS);
    expect(later[1]!.tick).toBe(later[0]!.tick + CALM_TICKS);
    expect(doc.control.overall).toBe('kapolres');
  });

  it('an incident seen every other tick causes one change, not one per tick', () => {
    const doc = fresh();
    expect(run(doc, 0, 1000, (t) => (t % 2 === 0 ? seen('throwing') : nothing))).toHaveLength(1);
  });

  it('reports each Protap marker once per episode', () => {
    const doc = fresh();
    const ev: GameEvent[] = [];
    for (let t = 0; t < 600; t++) assess(doc, t < 300 ? seen('arson', 'incitement') : nothing, t, TICK_SECONDS, ev);
    for (let t = 900; t < 901; t++) assess(doc, seen('arson'), t, TICK_SECONDS, ev);
    const marks = ev.flatMap((e) => (e.type === 'disturbance_marked' ? [[e.tick, e.marker, e.incident]] : []));
    expect(marks).toEqual([[0, 'gangguan_nyata', 'arson'], [0, 'ambang_gangguan', 'incitement'], [900, 'gangguan_nyata', 'arson']]);
  });

  it('an instructor override holds the effective level while the assessment goes on underneath', () => {
    const doc = fresh();
    doc.override = { level: 'kuning', playerId: 'dirlat', reason: '', tick: 0 };
    doc.level = 'kuning';
    expect(run(doc, 0, 10, () => seen('arson'))).toEqual([]);
    expect(doc).toMatchObject({ level: 'kuning', assessed: 'merah' });
  });
});
