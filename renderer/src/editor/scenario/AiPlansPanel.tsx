import type { Draft } from 'immer';
import { memo, useCallback, useState } from 'react';
import type { ScenarioInput } from '../../../../shared/scenario/schema';
import { useT } from '../../i18n/useT';
import { RowButtons } from './EventsPanel';
import { KindForm } from './KindForm';
import type { FieldIssue } from './scenarioDraft';
import { BilingualInput, Field, useText } from './scenarioFields';
import { blankItem, moveItem, setField, type FormContext } from './scriptForm';

type Recipe = (recipe: (d: Draft<ScenarioInput>) => void) => void;
type Item = Record<string, unknown>;
interface Step { order: Item; when?: Item[]; label?: { id: string; en: string } }
interface Plan { id: string; name: { id: string; en: string }; steps: Step[] }

/** Props of one plan's form. */
interface PlanRowProps {
  plan: Plan;
  p: number;
  count: number;
  issues: readonly FieldIssue[];
  ctx: FormContext;
  change: Recipe;
  structural: Recipe;
}

const plansOf = (d: Draft<ScenarioInput>) => ((d as { aiPlans?: Plan[] }).aiPlans ??= []);
const stepsOf = (d: Draft<ScenarioInput>, p: number) => plansOf(d)[p]!.steps;
const whenOf = (d: Draft<ScenarioInput>, p: number, s: number) => (stepsOf(d, p)[s]!.when ??= []);

/** One AI plan's form; memoised so that typing in one plan does not redraw the others. */
const PlanRow = memo(function PlanRow({ plan, p, count, issues, ctx, change, structural }: PlanRowProps) {
  const t = useT();
  const text = useText();
  return (
    <div className="scn-event" data-testid={`plan-${p}`}>
      <div className="scn-event-head">
        <strong>{t('editor.scn.plan', { n: p + 1 })}: {text(plan.name)}</strong>
        <RowButtons index={p} count={count} testId={`plan-${p}`} onMove={(by) => structural((d) => moveItem(plansOf(d), p, by))} onRemove={() => structural((d) => { plansOf(d).splice(p, 1); })} />
      </div>
      <div className="scn-row">
        <Field label={t('editor.scn.planId')} path={`aiPlans.${p}.id`} issues={issues}><input type="text" value={plan.id} onChange={(e) => change((d) => { plansOf(d)[p]!.id = e.target.value; })} /></Field>
        <Field label={t('editor.scn.planName')} path={`aiPlans.${p}.name`} issues={issues}><BilingualInput value={plan.name} onChange={(v) => change((d) => { plansOf(d)[p]!.name = v; })} /></Field>
      </div>
      <Field label="" path={`aiPlans.${p}.steps`} issues={issues}><span /></Field>
      {plan.steps.map((step, s) => (
        <div className="scn-sublist" key={s} data-testid={`plan-${p}-step-${s}`}>
          <div className="scn-event-head">
            <span>{t('editor.scn.step', { n: s + 1 })}</span>
            <RowButtons index={s} count={plan.steps.length} onMove={(by) => structural((d) => moveItem(stepsOf(d, p), s, by))} onRemove={() => structural((d) => { stepsOf(d, p).splice(s, 1); })} />
          </div>
          <div className="scn-row scn-subrow">
            <KindForm union="order" item={step.order} path={`aiPlans.${p}.steps.${s}.order`} issues={issues} ctx={ctx} testId={`plan-${p}-step-${s}-order`}
              onReplace={(next) => change((d) => { stepsOf(d, p)[s]!.order = next; })}
              onField={(key, v) => change((d) => setField(stepsOf(d, p)[s]!.order, key, v))} />
          </div>
          <Field label={t('editor.scn.stepWhen')} path={`aiPlans.${p}.steps.${s}.when`} issues={issues}><span /></Field>
          {(step.when ?? []).map((trigger, c) => (
            <div className="scn-row scn-subrow" key={c}>
              <KindForm union="trigger" item={trigger} path={`aiPlans.${p}.steps.${s}.when.${c}`} issues={issues} ctx={ctx} testId={`plan-${p}-step-${s}-when-${c}`}
                onReplace={(next) => change((d) => { whenOf(d, p, s)[c] = next; })}
                onField={(key, v) => change((d) => setField(whenOf(d, p, s)[c]!, key, v))} />
              <RowButtons index={c} count={(step.when ?? []).length} onMove={(by) => structural((d) => moveItem(whenOf(d, p, s), c, by))} onRemove={() => structural((d) => { whenOf(d, p, s).splice(c, 1); })} />
            </div>
          ))}
          <div className="scn-buttons">
            <button type="button" className="button button-small" onClick={() => structural((d) => { whenOf(d, p, s).push(blankItem('trigger', 'after_turn', ctx)); })}>{t('editor.scn.addTrigger')}</button>
            {!step.label && <button type="button" className="button button-small" onClick={() => change((d) => { stepsOf(d, p)[s]!.label = { id: `Langkah ${s + 1}`, en: `Step ${s + 1}` }; })}>{t('editor.scn.addStepLabel')}</button>}
          </div>
          {step.label && (
            <div className="scn-row">
              <Field label={t('editor.scn.stepLabel')} path={`aiPlans.${p}.steps.${s}.label`} issues={issues}><BilingualInput value={step.label} onChange={(v) => change((d) => { stepsOf(d, p)[s]!.label = v; })} /></Field>
              <button type="button" className="button button-small" onClick={() => change((d) => { delete stepsOf(d, p)[s]!.label; })}>{t('editor.scn.remove')}</button>
            </div>
          )}
        </div>
      ))}
      <button type="button" className="button button-small" data-testid={`plan-${p}-add-step`} onClick={() => structural((d) => { stepsOf(d, p).push({ order: blankItem('order', 'march', ctx), when: [] }); })}>{t('editor.scn.addStep')}</button>
      <details className="scn-json">
        <summary>{t('editor.scn.asJson')}</summary>
        <pre>{JSON.stringify(plan, null, 2)}</pre>
      </details>
    </div>
  );
});

/**
 * The AI crowd commander's plans as forms: each plan's code and bilingual name, and its steps, each a
 * crowd order (kind and fields), the conditions that start it and an optional note. Plans, steps and
 * conditions can be added, removed and reordered; a read-only JSON view is kept for power users.
 */
export function AiPlansPanel({ draft, change, issues, ctx }: { draft: ScenarioInput; change: Recipe; issues: readonly FieldIssue[]; ctx: FormContext }) {
  const t = useT();
  const [rev, setRev] = useState(0);
  const structural = useCallback((recipe: (d: Draft<ScenarioInput>) => void) => { change(recipe); setRev((n) => n + 1); }, [change]);
  const plans = ((draft as { aiPlans?: unknown }).aiPlans ?? []) as Plan[];

  return (
    <fieldset className="panel" data-testid="ai-plans-panel">
      <legend>{t('editor.scn.aiPlans')}</legend>
      <p className="editor-note">{t('editor.scn.aiPlansHint')}</p>
      {plans.map((plan, p) => <PlanRow key={`${rev}-${p}`} plan={plan} p={p} count={plans.length} issues={issues} ctx={ctx} change={change} structural={structural} />)}
      <Field label="" path="aiPlans" issues={issues}><span /></Field>
      {plans.length < 5 && (
        <button type="button" className="button button-small" data-testid="add-plan" onClick={() => structural((d) => {
          const list = plansOf(d);
          const used = new Set(list.map((x) => x.id));
          let n = list.length + 1;
          while (used.has(`rencana-${n}`)) n += 1;
          list.push({ id: `rencana-${n}`, name: { id: `Rencana ${n}`, en: `Plan ${n}` }, steps: [{ order: blankItem('order', 'march', ctx), when: [] }] });
        })}>{t('editor.scn.addPlan')}</button>
      )}
    </fieldset>
  );
}
