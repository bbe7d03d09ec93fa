import { situationLevels } from '../../../../shared/engine/doctrineTypes';
import { unitTypes } from '../../../../shared/engine/forces';
import type { MessageKey } from '../../../../shared/i18n/messages';
import type { ScenarioInput } from '../../../../shared/scenario/schema';
import type { CompiledVenue } from '../../../../shared/venue/compile';
import { roomKinds } from '../../../../shared/venue/schema';

/**
 * The form model of the scenario's discriminated unions (script triggers and effects, the crowd
 * orders an effect gives, crowd objectives): for each kind the fields an instructor fills in, with
 * their range, what they refer to (a crowd group, a police unit, a gate ...) and their bilingual
 * labels. The editor draws every kind from this table instead of one hand-written form per kind.
 * Pure: no React, no DOM. The ranges follow shared/engine/scriptSchema.ts, orderSchemas.ts and
 * objectives.ts (scriptForm.test.ts checks them against those schemas).
 */

/** What a reference field names: an id from the scenario or its venue. */
export type RefKind = 'group' | 'unit' | 'gate' | 'event' | 'building' | 'person' | 'reserveGroup' | 'reserveUnit' | 'vehicle';

/** One field of a kind. `hidden`: kept and understood but not shown (an old file's no-op flag). */
export type FieldSpec = { key: string; label?: MessageKey; hidden?: boolean } & (
  | { kind: 'number'; min: number; max: number; step: number; int: boolean; optional: boolean; fallback: number }
  | { kind: 'ref'; ref: RefKind; optional: boolean }
  | { kind: 'refs'; ref: 'group' | 'reserveGroup' | 'reserveUnit' }
  | { kind: 'choice'; options: readonly string[]; prefix: string; optional: boolean; fallback: string }
  | { kind: 'bool'; fallback: boolean }
  | { kind: 'point'; optional: boolean }
  | { kind: 'order' }
);

/** A kind of a union: its `type` code, its label and its fields. */
export interface KindSpec {
  type: string;
  label: MessageKey;
  fields: readonly FieldSpec[];
}

/** Which union a form item belongs to. */
export type UnionName = 'condition' | 'effect' | 'order' | 'objective' | 'trigger';

const int = (key: string, min: number, max: number, optional = false, fallback = min, label?: MessageKey): FieldSpec => ({ key, kind: 'number', min, max, step: 1, int: true, optional, fallback, label });
const real = (key: string, min: number, max: number, step: number, optional = false, fallback = min, label?: MessageKey): FieldSpec => ({ key, kind: 'number', min, max, step, int: false, optional, fallback, label });
const ref = (key: string, to: RefKind, optional = false): FieldSpec => ({ key, kind: 'ref', ref: to, optional });
const refs = (key: string, to: 'group' | 'reserveGroup' | 'reserveUnit', label?: MessageKey): FieldSpec => ({ key, kind: 'refs', ref: to, label });
const point = (key: string, optional = false, label?: MessageKey): FieldSpec => ({ key, kind: 'point', optional, label });
const bool = (key: string, fallback: boolean, hidden = false): FieldSpec => ({ key, kind: 'bool', fallback, hidden });
const kind = (union: UnionName, type: string, ...fields: FieldSpec[]): KindSpec => ({ type, label: (union === 'order' ? `order.${type}` : `editor.scn.${union}.${type}`) as MessageKey, fields });

/** Script triggers (conditions): all of an event's triggers must hold for it to fire. */
export const conditionKinds: readonly KindSpec[] = [
  kind('condition', 'at', int('turn', 0, 600), real('second', 0, 300, 1, true, 0)),
  kind('condition', 'manual'),
  kind('condition', 'situation_at_least', { key: 'level', kind: 'choice', options: situationLevels, prefix: 'level.', optional: false, fallback: 'kuning' }),
  kind('condition', 'gate_breached', ref('gateId', 'gate')),
  kind('condition', 'any_breach'),
  kind('condition', 'active_share', ref('groupId', 'group'), real('atLeast', 0, 1, 0.05, false, 0.5, 'editor.scn.f.share')),
  kind('condition', 'provocateur_arrested', ref('groupId', 'group', true)),
  kind('condition', 'hostage_taken'),
  kind('condition', 'fire_started'),
  kind('condition', 'legitimacy_below', real('value', 0, 1, 0.05, false, 0.5, 'editor.scn.f.legitimacy')),
  kind('condition', 'appeals_heard', ref('groupId', 'group'), int('atLeast', 1, 20, false, 3, 'editor.scn.f.appeals')),
  kind('condition', 'event_fired', ref('eventId', 'event'), real('afterSeconds', 0, 36000, 10, true, 0)),
];

/** Crowd orders a script effect gives (the fields besides the group and when it starts). */
export const orderKinds: readonly KindSpec[] = [
  kind('order', 'march', ref('groupId', 'group'), point('to')),
  kind('order', 'orasi', ref('groupId', 'group')),
  kind('order', 'push_line', ref('groupId', 'group'), point('toward')),
  kind('order', 'throw', ref('groupId', 'group'), point('at')),
  kind('order', 'burn_tyres', ref('groupId', 'group'), point('at')),
  kind('order', 'breach', ref('groupId', 'group'), ref('gateId', 'gate', true), point('at', true)),
  kind('order', 'enter_building', ref('groupId', 'group'), ref('buildingId', 'building')),
  kind('order', 'take_hostage', ref('groupId', 'group'), ref('personId', 'person')),
  kind('order', 'sit_in', ref('groupId', 'group')),
  kind('order', 'delegation', ref('groupId', 'group'), point('to')),
  kind('order', 'retreat', ref('groupId', 'group'), point('to')),
  kind('order', 'disperse', ref('groupId', 'group')),
];

/** Script effects: what an event does when it fires. */
export const effectKinds: readonly KindSpec[] = [
  kind('effect', 'agitate', refs('groupIds', 'group'), real('amount', -1, 1, 0.05, false, 0.2)),
  kind('effect', 'arrive', refs('unitIds', 'reserveUnit'), refs('groupIds', 'reserveGroup', 'editor.scn.f.arriveGroups')),
  kind('effect', 'legitimacy', real('delta', -1, 1, 0.05, false, -0.1)),
  kind('effect', 'order', { key: 'order', kind: 'order' }, real('holdSeconds', 0, 3600, 10, true, 120), bool('override', false, true)),
  kind('effect', 'climb_vehicle', ref('groupId', 'group'), ref('unitId', 'vehicle'), int('climbers', 1, 50, true, 5), bool('override', false, true)),
];

/** Crowd objectives: what the crowd tries to achieve (each may end the game). */
export const objectiveKinds: readonly KindSpec[] = [
  kind('objective', 'hold_hostage', ref('personId', 'person', true), int('holdSeconds', 0, 3600, true, 120, 'editor.scn.f.hostageSeconds'), bool('endsGame', true)),
  kind('objective', 'reach_room', { key: 'roomKind', kind: 'choice', options: roomKinds, prefix: 'editor.room.', optional: true, fallback: 'pleno_hall' }, int('count', 1, 5000, true, 10), bool('endsGame', false)),
  kind('objective', 'enter_building', ref('buildingId', 'building', true), bool('endsGame', false)),
  kind('objective', 'breach', ref('gateId', 'gate', true), bool('endsGame', false)),
  kind('objective', 'delegation_received', bool('endsGame', false)),
];

/** AI plan triggers: when a step of the AI crowd commander's plan starts (all must hold). */
export const triggerKinds: readonly KindSpec[] = [
  kind('trigger', 'after_turn', int('turn', 0, 600)),
  kind('trigger', 'police_within', point('at', false, 'editor.scn.f.place'), real('r', 1, 200, 1, false, 20)),
  kind('trigger', 'water_cannon_used'),
  kind('trigger', 'gas_used'),
  kind('trigger', 'arrests_at_least', int('count', 1, 1000, false, 5, 'editor.scn.f.arrests')),
  kind('trigger', 'breach', ref('gateId', 'gate', true)),
  kind('trigger', 'legitimacy_below', real('value', 0, 1, 0.05, false, 0.5, 'editor.scn.f.legitimacy')),
  kind('trigger', 'appeals_heard', ref('groupId', 'group'), int('atLeast', 1, 20, false, 3, 'editor.scn.f.appeals')),
  kind('trigger', 'active_share', ref('groupId', 'group'), real('atLeast', 0, 1, 0.05, false, 0.5, 'editor.scn.f.share')),
];

const unions: Record<UnionName, readonly KindSpec[]> = { condition: conditionKinds, effect: effectKinds, order: orderKinds, objective: objectiveKinds, trigger: triggerKinds };

/** The kinds of a union. */
export function kindsOf(union: UnionName): readonly KindSpec[] {
  return unions[union];
}

/** The spec of an item's kind, or undefined when the form does not know it. */
export function specOf(union: UnionName, item: unknown): KindSpec | undefined {
  const type = typeof item === 'object' && item !== null ? (item as { type?: unknown }).type : undefined;
  return unions[union].find((k) => k.type === type);
}

/** The label of a field (its own, or the shared one of its key). */
export function fieldLabel(field: FieldSpec): MessageKey {
  return field.label ?? (`editor.scn.f.${field.key}` as MessageKey);
}

/** The ids and names a reference field may choose from. */
export type RefChoices = Record<RefKind, readonly { id: string; name: string }[]>;

/** Where a new item's points go when nothing better is known (the first group's rally point). */
export interface FormContext {
  choices: RefChoices;
  point: { x: number; y: number };
}

function blankValue(field: FieldSpec, ctx: FormContext): unknown {
  switch (field.kind) {
    case 'number': return field.optional ? undefined : field.fallback;
    case 'ref': return field.optional ? undefined : (ctx.choices[field.ref][0]?.id ?? '');
    case 'refs': return [];
    case 'choice': return field.optional ? undefined : field.fallback;
    case 'bool': return field.hidden ? undefined : field.fallback;
    case 'point': return field.optional ? undefined : { ...ctx.point };
    case 'order': return blankItem('order', 'march', ctx);
  }
}

/** A new item of a kind with every required field filled from the context (the first group, gate ...). */
export function blankItem(union: UnionName, type: string, ctx: FormContext): Record<string, unknown> {
  const spec = unions[union].find((k) => k.type === type);
  if (!spec) throw new Error(`unknown ${union} kind ${type}`);
  const item: Record<string, unknown> = { type };
  for (const field of spec.fields) {
    const value = blankValue(field, ctx);
    if (value !== undefined) item[field.key] = value;
  }
  return item;
}

/**
 * An item changed to another kind: the fields both kinds share (same key, kind of field and meaning) keep
 * their values, the others start blank.
 */
export function changeKind(union: UnionName, item: Record<string, unknown>, type: string, ctx: FormContext): Record<string, unknown> {
  const from = specOf(union, item);
  const next = blankItem(union, type, ctx);
  const to = specOf(union, next)!;
  for (const field of to.fields) {
    const old = from?.fields.find((f) => f.key === field.key);
    const same = old && old.kind === field.kind && fieldLabel(old) === fieldLabel(field) && (old.kind !== 'ref' || field.kind !== 'ref' || old.ref === field.ref);
    if (same && item[field.key] !== undefined) next[field.key] = item[field.key];
  }
  return next;
}

/**
 * Whether the form shows everything an item holds: a known kind, and no key the kind's fields do not
 * describe (a crowd order's `start` time, say). An item the form does not cover is edited as JSON so
 * that nothing in a file is lost.
 */
export function formCovers(union: UnionName, item: unknown): boolean {
  const spec = specOf(union, item);
  if (!spec) return false;
  const record = item as Record<string, unknown>;
  return Object.keys(record).every((key) => {
    if (key === 'type') return true;
    const field = spec.fields.find((f) => f.key === key);
    if (!field) return false;
    return field.kind !== 'order' || formCovers('order', record[key]);
  });
}

/** The value a field shows: the item's, or the kind's default when the file leaves it out. */
export function shownValue(field: FieldSpec, item: Record<string, unknown>): unknown {
  const value = item[field.key];
  if (value !== undefined) return value;
  if (field.kind === 'number' || field.kind === 'bool') return field.fallback;
  if (field.kind === 'choice') return field.fallback;
  if (field.kind === 'refs') return [];
  return undefined;
}

/** Sets a field of an item in place; `undefined` removes an optional field. */
export function setField(item: Record<string, unknown>, key: string, value: unknown): void {
  if (value === undefined) delete item[key];
  else item[key] = value;
}

/** A number typed into a field, rounded when the field takes whole numbers. */
export function fieldNumber(field: FieldSpec, value: number): number {
  return field.kind === 'number' && field.int ? Math.round(value) : value;
}

/** Moves an element of a list one place up (-1) or down (+1) in place; nothing at either end. */
export function moveItem<T>(list: T[], index: number, by: -1 | 1): void {
  const to = index + by;
  if (to < 0 || to >= list.length || index < 0 || index >= list.length) return;
  const [item] = list.splice(index, 1);
  list.splice(to, 0, item as T);
}

/**
 * What the reference fields of a scenario may name: its crowd groups, police units (those held in
 * reserve, the vehicles) and script events, and its venue's gates and doors, buildings and protected people. `text` picks a bilingual name in the
 * UI language.
 */
export function formContext(draft: ScenarioInput, venue: CompiledVenue | null, text: (t: { id: string; en: string }) => string): FormContext {
  const rally = draft.crowd[0]?.behaviour.rally;
  const b = venue?.file.bounds;
  return {
    choices: {
      group: draft.crowd.map((g) => ({ id: g.id, name: text(g.name) })),
      unit: draft.police.map((u) => ({ id: u.id, name: u.name })),
      reserveUnit: draft.police.filter((u) => u.reserve).map((u) => ({ id: u.id, name: u.name })),
      reserveGroup: draft.crowd.filter((g) => g.reserve).map((g) => ({ id: g.id, name: text(g.name) })),
      vehicle: draft.police.filter((u) => unitTypes[u.type].vehicle).map((u) => ({ id: u.id, name: u.name })),
      event: (draft.events ?? []).map((e) => ({ id: e.id, name: text(e.label) })),
      gate: (venue?.openings ?? []).map((o) => ({ id: o.id, name: o.name })),
      building: (venue?.file.buildings ?? []).map((x) => ({ id: x.id, name: x.name })),
      person: (venue?.file.protectedPeople ?? []).map((p) => ({ id: p.id, name: p.name })),
    },
    point: rally ? { x: rally.x, y: rally.y } : b ? { x: Math.round((b.minX + b.maxX) / 2), y: Math.round((b.minY + b.maxY) / 2) } : { x: 0, y: 0 },
  };
}
