import type { Language } from '../../../../shared/contract/host';
import type { GivenOrder } from '../../../../shared/debrief/commandLog';
import { scenarioClock, type LogEntry } from '../../../../shared/debrief/timeline';
import type { ForceStage, GameEvent, MeasureFacts, Order } from '../../../../shared/engine/index';
import type { MessageKey } from '../../../../shared/i18n/messages';
import type { Translate } from '../../i18n/useT';
import { placeAt, type Roster } from './roster';

/**
 * The words of one event-log entry, in the language of `t`: when (scenario clock, a run from–to),
 * where (a named place of the venue or metres), who (unit with its type, crowd group, person), which
 * order and which player caused it, and for judgements the verdict, stage, level, rule, citation and
 * every fact the verdict rests on. Pure: the side panel and the Anev report both use it.
 */

/** What the wording needs besides the entry. */
export interface EntryContext {
  t: Translate;
  language: Language;
  tickSeconds: number;
  roster: Roster;
  /** Player names by id. */
  players: ReadonlyMap<string, string>;
  /** Orders by their engine id (the command log). */
  ordersById: ReadonlyMap<string, GivenOrder>;
}

/** The words of one entry; null where the entry has no such part. */
export interface EntryWords {
  /** What happened: the event's label with its key detail; for a judgement its verdict and rule. */
  title: string;
  /** Scenario time, or "from–to" for a run. */
  time: string;
  /** "×12" for a run of 12 events, else null. */
  count: string | null;
  place: string | null;
  who: string | null;
  order: string | null;
  player: string | null;
  /** Further detail (people, cause, reason ...). */
  detail: string | null;
}

/** One fact of a judgement: its label and value, worded. */
export interface FactLine {
  fact: keyof MeasureFacts;
  label: string;
  value: string;
}

/** The words of a judgement entry. */
export interface JudgementWords {
  verdict: string;
  stage: string | null;
  level: string | null;
  rule: string;
  citation: string;
  /** Other rules the measure touched. */
  issues: string[];
  facts: FactLine[];
}

/** Formats a place in metres. */
export function metres(x: number, y: number): string {
  return `${Math.round(x)}, ${Math.round(y)}`;
}

/** The name of a unit with its type ("Dalmas Awal 1 (Dalmas Awal)"); the id's words when unknown. */
export function unitName(ctx: EntryContext, unitId: string | null | undefined): string | null {
  if (!unitId) return null;
  const unit = ctx.roster.units.get(unitId);
  if (!unit) return ctx.t('debriefSide.unknown');
  const type = ctx.t(`unit.${unit.type}`);
  return unit.name === type ? type : ctx.t('debriefSide.unitWithType', { name: unit.name, type });
}

/** The name of a crowd group (the generic "protest crowd" when it has none). */
export function groupName(ctx: EntryContext, groupId: string | null | undefined): string | null {
  if (!groupId) return null;
  return ctx.roster.groups.get(groupId) ?? ctx.t('unit.crowd_group');
}

/** A player's name. */
export function playerName(ctx: EntryContext, playerId: string | null | undefined): string | null {
  if (!playerId) return null;
  return ctx.players.get(playerId) ?? ctx.t('debriefSide.unknown');
}

/** Scenario time of an entry: its clock, or "from–to" for a run over more than one tick. */
export function entryTime(entry: Pick<LogEntry, 'fromTick' | 'toTick'>, ctx: Pick<EntryContext, 't' | 'tickSeconds'>): string {
  const from = scenarioClock(entry.fromTick, ctx.tickSeconds);
  if (entry.toTick === entry.fromTick) return from;
  const to = scenarioClock(entry.toTick, ctx.tickSeconds);
  return from === to ? from : ctx.t('debriefSide.run', { from, to });
}

/** The place of an entry: the venue's place name with the metres, or the metres alone. */
export function entryPlace(entry: Pick<LogEntry, 'place'>, ctx: EntryContext): string | null {
  if (!entry.place) return null;
  const m = ctx.t('debriefSide.metres', { x: Math.round(entry.place.x), y: Math.round(entry.place.y) });
  const named = placeAt(ctx.roster.places, entry.place.x, entry.place.y);
  if (!named) return m;
  return ctx.t(named.near ? 'debriefSide.placeNear' : 'debriefSide.placeIn', { name: named.name, metres: m });
}

/** The label of a force stage (0: no force). */
export function stageLabel(t: Translate, stage: ForceStage): string {
  return stage === 0 ? t('debriefSide.stageNone') : `${stage} — ${t(`stage.${stage}`)}`;
}

/** Words the whole entry. */
export function describeEntry(entry: LogEntry, ctx: EntryContext): EntryWords {
  const { t } = ctx;
  const event = entry.event;
  const given = entry.orderId ? ctx.ordersById.get(entry.orderId) : undefined;
  const orderType = given?.order.type ?? orderTypeOf(event);
  const specific = whoAndDetail(event, ctx);
  const base = t(`event.${event.type}` as MessageKey);
  return {
    title: specific.title ?? (specific.headline ? `${base}: ${specific.headline}` : base),
    time: entryTime(entry, ctx),
    count: entry.count > 1 ? t('debriefSide.times', { count: entry.count }) : null,
    place: entryPlace(entry, ctx),
    who: specific.who ?? unitName(ctx, entry.unitId) ?? groupName(ctx, entry.groupId),
    order: orderType ? t(`order.${orderType}` as MessageKey) : null,
    player: playerName(ctx, entry.playerId),
    detail: specific.detail ?? (entry.amount > 1 && entry.count > 1 ? t('debriefSide.total', { n: entry.amount }) : null),
  };
}

/** The order type an event names itself (judgements and crowd actions do). */
function orderTypeOf(event: GameEvent): string | null {
  if (event.type === 'measure_judged' || event.type === 'measure_applied' || event.type === 'crowd_action') return event.order;
  return null;
}

/** The parts of an entry that depend on its event type. */
function whoAndDetail(event: GameEvent, ctx: EntryContext): { title?: string; headline?: string; who?: string | null; detail?: string | null } {
  const { t } = ctx;
  switch (event.type) {
    case 'measure_judged':
      return { title: `${t(`verdict.${event.verdict}`)}: ${t(`rule.${event.rule}`)}` };
    case 'conduct_judged':
      return { title: `${t(`verdict.${event.verdict}`)}: ${t(`conduct.${event.kind}`)}`, detail: t('debriefSide.conductFor', { officers: event.officers, seconds: event.seconds }) };
    case 'agent_injured':
      return { who: t('debriefSide.injured', { kind: t(`debriefSide.injured.${event.kind}`), cause: t(`debriefSide.cause.${event.cause}`) }) };
    case 'arrest_made': {
      const role = t(`debriefSide.role.${event.role}`);
      return { headline: role, who: unitName(ctx, event.unitId), detail: event.sajam ? `${role}, ${t('debriefSide.sajam')}` : role };
    }
    case 'situation_level_changed': {
      const cause = event.cause === 'calm' || event.cause === 'instructor' ? t(`debriefSide.levelCause.${event.cause}`) : t(`incident.${event.cause}`);
      return { headline: t('debriefSide.levelChange', { from: t(`level.${event.from}`), to: t(`level.${event.to}`) }), who: groupName(ctx, event.groupId), detail: t('debriefSide.levelCause', { cause }) };
    }
    case 'situation_level_overridden':
      return {
        headline: event.level ? t(`level.${event.level}`) : t('debriefSide.overrideWithdrawn', { level: t(`level.${event.previous}`) }),
        who: playerName(ctx, event.playerId),
        detail: event.reason ? t('debriefSide.reason', { reason: event.reason }) : null,
      };
    case 'script_event': {
      const label = ctx.roster.scriptEvents.get(event.eventId);
      return { headline: label ? (ctx.language === 'en' ? label.en : label.id) : undefined, who: playerName(ctx, event.playerId), detail: t(`debriefSide.scriptBy.${event.by}`) };
    }
    case 'handover_completed':
      return { who: t('debriefSide.handover', { unit: unitName(ctx, event.unitId) ?? '', relieved: unitName(ctx, event.relievedUnitId) ?? '' }), headline: t(`order.${event.kind}`) };
    case 'control_passed':
      return event.control === 'taktis'
        ? { who: unitName(ctx, event.toUnitId), headline: event.echelon ? t(`echelon.${event.echelon}`) : undefined }
        : { headline: `${t(`overallControl.${event.from}`)} → ${t(`overallControl.${event.to}`)}` };
    case 'order_blocked':
      return { detail: t(`debriefSide.blocked.${event.reason}`) };
    case 'order_ended':
      return { who: unitName(ctx, event.unitId), headline: event.order ? t(`order.${event.order}`) : undefined, detail: t(`debriefSide.ended.${event.reason}`) };
    case 'orders_replaced':
      return { who: ctx.roster.units.has(event.actorId) ? unitName(ctx, event.actorId) : groupName(ctx, event.actorId), detail: t('debriefSide.replaced', { n: event.orderIds.length }) };
    case 'fire_out':
      return { detail: t(`debriefSide.fireOut.${event.by}`) };
    case 'objective_met':
      return { headline: isObjective(event.objective) ? t(`debriefSide.objective.${event.objective}`) : undefined, who: groupName(ctx, event.groupId) };
    case 'turn_scored':
      return { headline: t('debriefSide.scoreTotal', { total: Math.round(event.score.police.total) }) };
    case 'reinforcements_arrived':
      // Police reinforcements and a second crowd are different news: each is named as what it is.
      return {
        title: t(event.side === 'police' ? 'map.policeReinforcements' : 'map.crowdReinforcements'),
        who: event.side === 'police' ? unitName(ctx, event.id) : groupName(ctx, event.id), detail: t('debriefSide.reinforcements', { n: event.count }),
      };
    case 'vehicle_climbed':
      return { detail: t('debriefSide.people', { n: event.climbers }) };
    case 'game_over':
      return { headline: t(`gameOver.${event.reason}`) };
    default:
      return {};
  }
}

const objectiveTypes = new Set(['enter_building', 'hold_hostage', 'breach', 'reach_room', 'delegation_received'] as const);
function isObjective(value: string): value is 'enter_building' | 'hold_hostage' | 'breach' | 'reach_room' | 'delegation_received' {
  return objectiveTypes.has(value as never);
}

/** The words of a judgement entry (measure or conduct), or null for any other entry. */
export function describeJudgement(entry: LogEntry, ctx: EntryContext): JudgementWords | null {
  const { t } = ctx;
  const event = entry.event;
  if (event.type !== 'measure_judged' && event.type !== 'conduct_judged') return null;
  const measure = event.type === 'measure_judged' ? event : null;
  return {
    verdict: t(`verdict.${event.verdict}`),
    stage: measure ? stageLabel(t, measure.stage) : null,
    level: measure ? t(`level.${measure.level}`) : null,
    rule: t(`rule.${event.rule}`),
    citation: event.citation,
    issues: measure ? [...new Set(measure.issues)].filter((rule) => rule !== measure.rule).map((rule) => t(`rule.${rule}`)) : [],
    facts: measure ? describeFacts(measure.facts, ctx) : [],
  };
}

/** The order in which facts are listed, every fact of {@link MeasureFacts} (a new fact is a type error here). */
const factOrder: { [K in keyof MeasureFacts]: number } = {
  appeals: 0, negotiationTried: 1, negotiationSucceeded: 2, groupId: 3, rightUnit: 4, controlUnitId: 5, controlEchelon: 6, controlPlayerId: 7,
  orderedByControl: 8, targetRole: 9, peacefulTarget: 10, peacefulArrests: 11, recentIncidents: 12,
};

/** Words every fact a measure judgement used, each with its bilingual label. */
export function describeFacts(facts: MeasureFacts, ctx: EntryContext): FactLine[] {
  const { t } = ctx;
  const yesNo = (value: boolean | null) => (value === null ? t('debriefSide.none') : t(value ? 'debriefSide.yes' : 'debriefSide.no'));
  const none = t('debriefSide.none');
  const value: { [K in keyof MeasureFacts]: string } = {
    groupId: groupName(ctx, facts.groupId) ?? none,
    appeals: t('debriefSide.appealsOf', { n: facts.appeals }),
    negotiationTried: yesNo(facts.negotiationTried),
    negotiationSucceeded: yesNo(facts.negotiationSucceeded),
    rightUnit: yesNo(facts.rightUnit),
    controlUnitId: unitName(ctx, facts.controlUnitId) ?? none,
    controlEchelon: facts.controlEchelon ? t(`echelon.${facts.controlEchelon}`) : none,
    controlPlayerId: playerName(ctx, facts.controlPlayerId) ?? none,
    orderedByControl: yesNo(facts.orderedByControl),
    targetRole: facts.targetRole ? t(`debriefSide.role.${facts.targetRole}`) : none,
    peacefulTarget: yesNo(facts.peacefulTarget),
    peacefulArrests: String(facts.peacefulArrests),
    recentIncidents: facts.recentIncidents.length ? [...new Set(facts.recentIncidents)].map((kind) => t(`incident.${kind}`)).join(', ') : none,
  };
  return (Object.keys(factOrder) as (keyof MeasureFacts)[])
    .sort((a, b) => factOrder[a] - factOrder[b])
    .map((fact) => ({ fact, label: t(`debriefSide.fact.${fact}`), value: value[fact] }));
}

/** The words of an order as it was given: what (with the formation for a formation order) and which unit or group. */
export function describeOrder(order: Order, ctx: EntryContext): { what: string; subject: string | null } {
  const { t } = ctx;
  const label = t(`order.${order.type}`);
  return {
    what: order.type === 'formation' ? `${label}: ${t(`formation.${order.formation}`)}` : label,
    subject: 'unitId' in order ? unitName(ctx, order.unitId) : groupName(ctx, order.groupId),
  };
}
