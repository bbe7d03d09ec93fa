import type { Draft } from 'immer';
import { useState } from 'react';
import { defaultCrowdObjectives } from '../../../../shared/engine/objectives';
import type { ScenarioInput } from '../../../../shared/scenario/schema';
import { useT } from '../../i18n/useT';
import { RowButtons } from './EventsPanel';
import { KindForm } from './KindForm';
import type { FieldIssue } from './scenarioDraft';
import { Field, NumberField } from './scenarioFields';
import { blankItem, moveItem, setField, type FormContext } from './scriptForm';

type Recipe = (recipe: (d: Draft<ScenarioInput>) => void) => void;
type Item = Record<string, unknown>;
type Rules = NonNullable<ScenarioInput['objectives']['rules']>;

/**
 * The objective rules as a form: without rules of its own a scenario plays the defaults (a hostage held
 * two minutes ends the game, ten people in the pleno hall are scored); "Atur sendiri" copies them to be
 * edited. The crowd objectives (kind and fields, added, removed, reordered), when the crowd wins, the
 * protected people and the police side's end conditions.
 */
export function ObjectivesPanel({ draft, change, issues, ctx }: { draft: ScenarioInput; change: Recipe; issues: readonly FieldIssue[]; ctx: FormContext }) {
  const t = useT();
  const [rev, setRev] = useState(0);
  const structural = (recipe: (d: Draft<ScenarioInput>) => void) => { change(recipe); setRev((n) => n + 1); };
  const rules = draft.objectives.rules;
  const path = 'objectives.rules';
  const rulesOf = (d: Draft<ScenarioInput>) => d.objectives.rules as Draft<Rules>;
  const crowdOf = (d: Draft<ScenarioInput>) => ((rulesOf(d).crowd ??= []) as unknown as Item[]);
  const police = rules?.police ?? {};
  const setPolice = (key: 'protect' | 'peacefulCalmSeconds' | 'dispersedShare', v: unknown) => change((d) => { const r = rulesOf(d); r.police ??= {}; setField(r.police as Item, key, v); });

  return (
    <fieldset className="panel" data-testid="objectives-panel">
      <legend>{t('editor.scn.rules')}</legend>
      {!rules ? (
        <>
          <p className="editor-note">{t('editor.scn.rulesDefault')}</p>
          <button type="button" className="button button-small" data-testid="rules-custom" onClick={() => structural((d) => { d.objectives.rules = { crowd: structuredClone(defaultCrowdObjectives), crowdWinsWhen: 'any' }; })}>{t('editor.scn.rulesCustom')}</button>
        </>
      ) : (
        <>
          <div className="scn-buttons">
            <button type="button" className="button button-small" data-testid="rules-reset" onClick={() => { if (window.confirm(t('editor.scn.rulesResetConfirm'))) structural((d) => { delete d.objectives.rules; }); }}>{t('editor.scn.rulesReset')}</button>
          </div>
          <Field label={t('editor.scn.crowdObjectives')} path={`${path}.crowd`} issues={issues}><span /></Field>
          {((rules.crowd ?? []) as Item[]).map((item, k) => (
            <div className="scn-row scn-subrow" key={`${rev}-${k}`} data-testid={`objective-${k}`}>
              <KindForm union="objective" item={item} path={`${path}.crowd.${k}`} issues={issues} ctx={ctx} testId={`objective-${k}`}
                onReplace={(next) => change((d) => { crowdOf(d)[k] = next; })}
                onField={(key, v) => change((d) => setField(crowdOf(d)[k]!, key, v))} />
              <RowButtons index={k} count={(rules.crowd ?? []).length} onMove={(by) => structural((d) => moveItem(crowdOf(d), k, by))} onRemove={() => structural((d) => { crowdOf(d).splice(k, 1); })} />
            </div>
          ))}
          <button type="button" className="button button-small" data-testid="add-objective" onClick={() => structural((d) => { crowdOf(d).push(blankItem('objective', 'breach', ctx)); })}>{t('editor.scn.addObjective')}</button>
          <div className="scn-row">
            <Field label={t('editor.scn.crowdWinsWhen')} path={`${path}.crowdWinsWhen`} issues={issues}>
              <select value={rules.crowdWinsWhen ?? 'any'} onChange={(e) => change((d) => { rulesOf(d).crowdWinsWhen = e.target.value as 'any' | 'all'; })}>
                <option value="any">{t('editor.scn.winsAny')}</option>
                <option value="all">{t('editor.scn.winsAll')}</option>
              </select>
            </Field>
            <Field label={t('editor.scn.peacefulCalm')} path={`${path}.police.peacefulCalmSeconds`} issues={issues}>
              <NumberField value={police.peacefulCalmSeconds ?? 120} min={10} max={3600} step={10} onChange={(v) => setPolice('peacefulCalmSeconds', Math.round(v))} />
            </Field>
            <Field label={t('editor.scn.dispersedShare')} path={`${path}.police.dispersedShare`} issues={issues}>
              <NumberField value={police.dispersedShare ?? 0.1} min={0} max={1} step={0.05} onChange={(v) => setPolice('dispersedShare', v)} />
            </Field>
          </div>
          <Field label={t('editor.scn.protect')} path={`${path}.police.protect`} issues={issues}>
            <span className="ref-checks">
              {ctx.choices.person.length === 0 && <em>{t('editor.scn.none')}</em>}
              {ctx.choices.person.map((p) => {
                const chosen = police.protect ?? [];
                return (
                  <label key={p.id} className="prop-check">
                    <input type="checkbox" checked={chosen.includes(p.id)} onChange={(e) => { const next = e.target.checked ? [...chosen, p.id] : chosen.filter((id) => id !== p.id); setPolice('protect', next.length > 0 ? next : undefined); }} />
                    {p.name}
                  </label>
                );
              })}
            </span>
          </Field>
        </>
      )}
    </fieldset>
  );
}
