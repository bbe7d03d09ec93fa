import type { SessionPlayer } from '../../../../shared/contract/sessions';
import type { GivenOrder } from '../../../../shared/debrief/commandLog';
import type { LogEntry, Marker } from '../../../../shared/debrief/timeline';
import type { Verdict } from '../../play/engineFacade';
import type { DebriefAnnotation } from '../debriefStore';
import type { KeyNumbers } from './keyNumbers';

/**
 * What the Anev report says, as plain data: the players with their roles and units, the key moments,
 * every judgement, each player's orders per turn, judgements by verdict and score, the numbers per
 * turn with their trend lines, the notes and the bookmarks. The page words it (ReportDocument.tsx)
 * and builds it a few rows at a time (`reportBlocks`), so no single step holds the page up.
 */

/** A player as the report lists them. */
export interface ReportPlayer {
  id: string;
  name: string;
  role: SessionPlayer['role'];
  /** Ids of the units or crowd groups the player commands (from the setup). */
  units: string[];
}

/** One player's part of the exercise. */
export interface PlayerSummary {
  player: ReportPlayer;
  /** Orders given for each resolved turn (index 0 = turn 1). */
  ordersPerTurn: number[];
  ordersTotal: number;
  verdicts: Record<Verdict, number>;
  /** The player's side's score at the last scored turn (null for the instructor or without a score). */
  score: number | null;
}

/** Everything the report shows. */
export interface ReportModel {
  players: ReportPlayer[];
  /** Markers of log entries (notes and bookmarks are listed on their own). */
  moments: Marker[];
  judgements: LogEntry[];
  summaries: PlayerSummary[];
  numbers: KeyNumbers[];
  notes: DebriefAnnotation[];
  bookmarks: DebriefAnnotation[];
}

/** What the model is built from: the debrief store's facts plus the stored setup and key numbers. */
export interface ReportSource {
  players: readonly SessionPlayer[];
  setup: unknown;
  markers: readonly Marker[];
  entries: readonly LogEntry[];
  orders: readonly GivenOrder[];
  annotations: readonly DebriefAnnotation[];
  numbers: readonly KeyNumbers[];
}

/** The units each player commands, read from a stored setup (which crosses the contract untyped). */
export function unitsByPlayer(setup: unknown): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const players = (setup as { players?: unknown } | null)?.players;
  if (!Array.isArray(players)) return out;
  for (const player of players as { id?: unknown; controls?: unknown }[]) {
    if (typeof player?.id !== 'string') continue;
    out.set(player.id, Array.isArray(player.controls) ? player.controls.filter((id): id is string => typeof id === 'string') : []);
  }
  return out;
}

/** Counts a player's orders per resolved turn, over `turns` turns. */
export function ordersPerTurn(orders: readonly GivenOrder[], playerId: string, turns: number): number[] {
  const counts = new Array<number>(Math.max(0, turns)).fill(0);
  for (const given of orders) if (given.playerId === playerId && given.turn >= 1 && given.turn <= turns) counts[given.turn - 1]! += 1;
  return counts;
}

/** Builds the report's data. */
export function buildReportModel(source: ReportSource): ReportModel {
  const controls = unitsByPlayer(source.setup);
  const players = source.players.map((p) => ({ id: p.id, name: p.name, role: p.role, units: controls.get(p.id) ?? [] }));
  const judgements = source.entries.filter((entry) => entry.category === 'judgement');
  const turns = source.numbers.length;
  const last = [...source.numbers].reverse();
  const summaries = players.map((player): PlayerSummary => {
    const perTurn = ordersPerTurn(source.orders, player.id, turns);
    const verdicts: Record<Verdict, number> = { proper: 0, questionable: 0, violation: 0 };
    for (const entry of judgements) if (entry.playerId === player.id && entry.verdict) verdicts[entry.verdict] += 1;
    const scored = player.role === 'police' ? last.find((n) => n.policeScore !== null)?.policeScore : player.role === 'crowd' ? last.find((n) => n.crowdScore !== null)?.crowdScore : null;
    return { player, ordersPerTurn: perTurn, ordersTotal: perTurn.reduce((a, b) => a + b, 0), verdicts, score: scored ?? null };
  });
  const byTick = (a: DebriefAnnotation, b: DebriefAnnotation) => a.tick - b.tick || a.id - b.id;
  return {
    players,
    moments: source.markers.filter((marker) => marker.entry !== null),
    judgements,
    summaries,
    numbers: [...source.numbers],
    notes: source.annotations.filter((a) => a.kind === 'note').sort(byTick),
    bookmarks: source.annotations.filter((a) => a.kind === 'bookmark').sort(byTick),
  };
}


/** The report's sections, in print order. */
export const reportSections = ['session', 'moments', 'judgements', 'players', 'charts', 'notes', 'pictures'] as const;
/** One section. */
export type ReportSection = (typeof reportSections)[number];

/** A slice of one section's rows, rendered in one step. */
export interface ReportBlock {
  section: ReportSection;
  from: number;
  to: number;
  /** True for the section's first block (it carries the heading and starts a page). */
  first: boolean;
}

/** Rows per step of each section: a handful of judgements (each with its facts) or many short moments. */
export const rowsPerBlock: Record<ReportSection, number> = { session: 1, moments: 60, judgements: 25, players: 4, charts: 1, notes: 40, pictures: 1 };

/** The number of rows each section has. */
export function sectionRows(model: ReportModel): Record<ReportSection, number> {
  return {
    session: 1, moments: model.moments.length, judgements: model.judgements.length, players: model.summaries.length,
    charts: 1, notes: model.notes.length + model.bookmarks.length, pictures: model.bookmarks.length,
  };
}

/** The steps the report is built in: every section, its rows cut into blocks (an empty section is one block). */
export function reportBlocks(model: ReportModel): ReportBlock[] {
  const rows = sectionRows(model);
  const blocks: ReportBlock[] = [];
  for (const section of reportSections) {
    const total = rows[section];
    const size = rowsPerBlock[section];
    if (total === 0) blocks.push({ section, from: 0, to: 0, first: true });
    for (let from = 0; from < total; from += size) blocks.push({ section, from, to: Math.min(total, from + size), first: from === 0 });
  }
  return blocks;
}

/** An SVG polyline's points for `values` in a `width`×`height` box (NaN and null are skipped; a flat line sits in the middle). */
export function sparklinePoints(values: readonly (number | null)[], width: number, height: number): string {
  const known = values.map((v, i) => [i, v] as const).filter((p): p is readonly [number, number] => p[1] !== null && Number.isFinite(p[1]));
  if (known.length === 0) return '';
  const min = Math.min(...known.map((p) => p[1]));
  const max = Math.max(...known.map((p) => p[1]));
  const span = max - min;
  const stepX = values.length > 1 ? width / (values.length - 1) : 0;
  const round = (n: number) => Math.round(n * 10) / 10;
  return known
    .map(([i, v]) => `${round(values.length > 1 ? i * stepX : width / 2)},${round(span === 0 ? height / 2 : height - ((v - min) / span) * height)}`)
    .join(' ');
}
