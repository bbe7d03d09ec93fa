import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { crowdObjectiveSchema } from '../../../../shared/engine/objectives';
import { crowdOrderSchema } from '../../../../shared/engine/orders';
import { aiTriggerSchema, conditionSchema, effectSchema } from '../../../../shared/engine/scriptSchema';
import { translate } from '../../../../shared/i18n/messages';
import { bundledScenarios } from '../../../../shared/scenario/scenarios';
import type { ScenarioInput } from '../../../../shared/scenario/schema';
import { getVenue, registerVenue } from '../../../../shared/venue/venues';
import { exampleYardVenue } from '../../../../shared/venue/validateFixtures';
import { newScenario, scenarioIssues } from './scenarioDraft';
import { blankItem, changeKind, fieldLabel, formContext, formCovers, kindsOf, moveItem, setField, shownValue, specOf, type FormContext, type UnionName } from './scriptForm';

const reg = registerVenue(exampleYardVenue());
if (!reg.ok) throw new Error(reg.issues.join('; '));
const venue = reg.venue;

const schemas: Record<UnionName, z.ZodType> = { condition: conditionSchema, effect: effectSchema, order: crowdOrderSchema, objective: crowdObjectiveSchema, trigger: aiTriggerSchema };
const ctx: FormContext = {
  choices: { group: [{ id: 'massa-1', name: 'Massa 1' }], unit: [{ id: 'wc-1', name: 'AWC 1' }], reserveUnit: [], reserveGroup: [], vehicle: [{ id: 'wc-1', name: 'AWC 1' }], gate: [{ id: 'gerbang', name: 'Gerbang' }], event: [{ id: 'e1', name: 'E1' }], building: [{ id: 'kantor', name: 'Kantor' }], person: [{ id: 'ketua', name: 'Ketua' }] },
  point: { x: 5, y: 6 },
};
const allUnions: UnionName[] = ['condition', 'effect', 'order', 'objective', 'trigger'];

/** The item as the form rebuilds it: a blank of its kind, then every field the file holds set through the form's setter. */
function rebuild(union: UnionName, item: Record<string, unknown>): Record<string, unknown> {
  const spec = specOf(union, item)!;
  const next = blankItem(union, spec.type, ctx);
  for (const field of spec.fields) {
    const value = item[field.key];
    setField(next, field.key, field.kind === 'order' && value !== undefined ? rebuild('order', value as Record<string, unknown>) : value);
  }
  return next;
}

describe('the script form model', () => {
  it('has a kind for every kind of the engine schemas, each with a label and field labels in both languages', () => {
    for (const union of allUnions) {
      const engine = (schemas[union] as unknown as { options: { shape: { type: { value: string } } }[] }).options.map((o) => o.shape.type.value);
      expect(kindsOf(union).map((k) => k.type).sort()).toEqual([...engine].sort());
      for (const k of kindsOf(union)) {
        for (const language of ['id', 'en'] as const) {
          expect(translate(language, k.label)).not.toBe(k.label);
          for (const f of k.fields.filter((x) => !x.hidden)) expect(translate(language, fieldLabel(f)), `${union}.${k.type}.${f.key}`).not.toBe(fieldLabel(f));
        }
      }
    }
    expect(translate('id', 'editor.scn.condition.at')).toBe('Pada giliran tertentu');
    expect(translate('en', 'editor.scn.condition.at')).toBe('At a given turn');
  });

  it('builds each kind blank as the engine accepts it, and its number ranges are the engine\'s', () => {
    for (const union of allUnions) {
      for (const k of kindsOf(union)) {
        const blank = blankItem(union, k.type, ctx);
        expect(schemas[union].safeParse(blank).success, `${union}.${k.type}`).toBe(true);
        expect(formCovers(union, blank)).toBe(true);
        for (const f of k.fields) {
          if (f.kind !== 'number') continue;
          const at = (v: number) => schemas[union].safeParse({ ...blank, [f.key]: v }).success;
          expect([at(f.min), at(f.max), at(f.min - f.step), at(f.max + f.step)], `${union}.${k.type}.${f.key}`).toEqual([true, true, false, false]);
          if (f.int) expect(at(f.min + 0.5), `${union}.${k.type}.${f.key} whole`).toBe(false);
        }
      }
    }
  });

  it('shows every trigger, effect, objective and AI plan step of the shipped scenarios in the form and rebuilds them unchanged', () => {
    let count = 0;
    for (const [id, raw] of Object.entries(bundledScenarios)) {
      const scenario = structuredClone(raw) as ScenarioInput;
      const events = (scenario.events ?? []).map((e) => ({
        ...e,
        when: e.when.map((c) => { count += 1; expect(formCovers('condition', c), `${id} ${e.id}`).toBe(true); return rebuild('condition', c as Record<string, unknown>); }),
        effects: e.effects.map((x) => { count += 1; expect(formCovers('effect', x), `${id} ${e.id}`).toBe(true); return rebuild('effect', x as Record<string, unknown>); }),
      }));
      const rules = scenario.objectives.rules;
      const crowd = rules?.crowd?.map((o) => { count += 1; expect(formCovers('objective', o), id).toBe(true); return rebuild('objective', o as Record<string, unknown>); });
      const aiPlans = scenario.aiPlans?.map((plan) => ({
        ...plan,
        steps: plan.steps.map((step) => {
          count += 1 + (step.when?.length ?? 0);
          expect(formCovers('order', step.order), `${id} ${plan.id}`).toBe(true);
          const when = step.when?.map((c) => { expect(formCovers('trigger', c), `${id} ${plan.id}`).toBe(true); return rebuild('trigger', c as Record<string, unknown>); });
          return { ...step, order: rebuild('order', step.order as Record<string, unknown>), ...(when ? { when } : {}) };
        }),
      }));
      const back = { ...scenario, events, objectives: { ...scenario.objectives, ...(rules ? { rules: { ...rules, ...(crowd ? { crowd } : {}) } } : {}) }, ...(aiPlans ? { aiPlans } : {}) };
      expect(back, id).toEqual(raw);
      const v = getVenue(scenario.venueId);
      expect(v, scenario.venueId).not.toBeNull();
      expect(scenarioIssues(back as ScenarioInput, v), id).toEqual([]);
    }
    expect(count).toBeGreaterThan(60);
  });

  it('edits as JSON what the form cannot show (a crowd order with a start time)', () => {
    const effect = { type: 'order', order: { type: 'orasi', groupId: 'massa-1', start: { atSecond: 30 } } };
    expect(formCovers('effect', effect)).toBe(false);
    expect(formCovers('effect', { type: 'order', order: { type: 'orasi', groupId: 'massa-1' } })).toBe(true);
    expect(formCovers('condition', { type: 'someday' })).toBe(false);
  });

  it('keeps the fields two kinds share when the kind changes, and shows a left-out field at its default', () => {
    const active = { type: 'active_share', groupId: 'massa-2', atLeast: 0.3 };
    expect(changeKind('condition', active, 'appeals_heard', ctx)).toEqual({ type: 'appeals_heard', groupId: 'massa-2', atLeast: 3 });
    expect(changeKind('condition', active, 'manual', ctx)).toEqual({ type: 'manual' });
    // A gate and a building are both ids but not the same thing: the reference does not carry over.
    expect(changeKind('objective', { type: 'breach', gateId: 'gerbang' }, 'enter_building', ctx)).toEqual({ type: 'enter_building', endsGame: false });
    const at = specOf('condition', { type: 'at' })!;
    expect(shownValue(at.fields[1]!, { type: 'at', turn: 2 })).toBe(0);
  });

  it('moves list entries up and down, and not past either end', () => {
    const list = ['a', 'b', 'c'];
    moveItem(list, 0, 1);
    expect(list).toEqual(['b', 'a', 'c']);
    moveItem(list, 2, -1);
    expect(list).toEqual(['b', 'c', 'a']);
    moveItem(list, 0, -1);
    moveItem(list, 2, 1);
    expect(list).toEqual(['b', 'c', 'a']);
  });

  it('offers the scenario\'s groups, units and events and the venue\'s gates, buildings and people', () => {
    const draft = newScenario(exampleYardVenue(), 'aksi-baru', 'Aksi baru');
    const c = formContext(draft, venue, (t) => t.en);
    expect(c.choices.group).toEqual([{ id: 'massa-1', name: 'Crowd 1' }]);
    expect(c.choices.unit.map((u) => u.id)).toEqual(['dalmas-awal-1']);
    expect(c.choices.reserveUnit).toEqual([]);
    expect(c.choices.vehicle).toEqual([]);
    const more = { ...draft, police: [...draft.police, { id: 'wc-1', type: 'water_cannon' as const, name: 'AWC 1', staging: 'siaga', role: 'danki-dalmas', reserve: true }] };
    const m = formContext(more, venue, (t) => t.en);
    expect([m.choices.reserveUnit, m.choices.vehicle]).toEqual([[{ id: 'wc-1', name: 'AWC 1' }], [{ id: 'wc-1', name: 'AWC 1' }]]);
    expect(c.choices.gate.length).toBeGreaterThan(0);
    expect(c.point).toEqual(draft.crowd[0]!.behaviour.rally);
  });

  it('builds a timed event through the form that the game accepts, and places a wrong value at its field in both languages', () => {
    const draft = newScenario(exampleYardVenue(), 'aksi-baru', 'Aksi baru');
    const c = formContext(draft, venue, (t) => t.id);
    const when = blankItem('condition', 'at', c);
    setField(when, 'turn', 2);
    const effect = changeKind('effect', blankItem('effect', 'agitate', c), 'order', c);
    const order = changeKind('order', effect.order as Record<string, unknown>, 'throw', c);
    setField(effect, 'order', order);
    const event = { id: 'lempar', label: { id: 'Lempar batu', en: 'Stones' }, when: [when], effects: [effect] };
    expect(scenarioIssues({ ...draft, events: [event as never] }, venue)).toEqual([]);
    setField(when, 'turn', 700);
    const issues = scenarioIssues({ ...draft, events: [event as never] }, venue);
    const issue = issues.find((i) => i.path === 'events.0.when.0.turn')!;
    expect(translate('id', issue.key, issue.params)).toBe('Paling besar 600.');
    expect(translate('en', issue.key, issue.params)).toBe('At most 600.');
  });

  it('places the engine\'s script problems at their event, in both languages', () => {
    const draft = newScenario(exampleYardVenue(), 'aksi-baru', 'Aksi baru');
    const c = formContext(draft, venue, (t) => t.id);
    const timed = { id: 'satu', label: { id: 'Satu', en: 'One' }, when: [blankItem('condition', 'at', c)], effects: [blankItem('effect', 'agitate', c)] };
    // Reserves arrive: the unit ticked is not a reserve.
    const arrive = { id: 'dua', label: { id: 'Dua', en: 'Two' }, when: [blankItem('condition', 'manual', c)], effects: [{ ...blankItem('effect', 'arrive', c), unitIds: ['dalmas-awal-1'] }] };
    const issues = scenarioIssues({ ...draft, events: [timed, arrive] as never }, venue);
    expect(issues.map((i) => [i.path, i.key])).toEqual([['events.1', 'editor.scn.issue.notReserve']]);
    expect(translate('id', issues[0]!.key, issues[0]!.params)).toBe('"dalmas-awal-1" bukan cadangan; centang "Cadangan" pada satuan atau kelompok itu.');
    expect(translate('en', issues[0]!.key, issues[0]!.params)).toBe('"dalmas-awal-1" is not a reserve; tick "Reserve" on that unit or group.');
    // A manual trigger with another trigger, and a second event with the same code.
    const mixed = { ...timed, id: 'tiga', when: [blankItem('condition', 'manual', c), blankItem('condition', 'at', c)] };
    expect(scenarioIssues({ ...draft, events: [mixed] as never }, venue).map((i) => [i.path, i.key])).toEqual([['events.0', 'editor.scn.issue.manualAlone']]);
    expect(scenarioIssues({ ...draft, events: [timed, timed] as never }, venue).map((i) => [i.path, i.key])).toEqual([['events.1.id', 'editor.scn.issue.duplicate']]);
    const gate = { ...timed, when: [{ type: 'gate_breached', gateId: 'entah' }] };
    expect(scenarioIssues({ ...draft, events: [gate] as never }, venue).map((i) => [i.path, i.key, i.params])).toEqual([['events.0', 'editor.scn.issue.unknownRef', { id: 'entah' }]]);
  });
});
