import type { MessageKey } from '../../../../shared/i18n/messages';
import { useT } from '../../i18n/useT';
import type { FieldIssue } from './scenarioDraft';
import { Field, JsonArea, NumberField } from './scenarioFields';
import { changeKind, fieldLabel, fieldNumber, formCovers, kindsOf, shownValue, specOf, type FieldSpec, type FormContext, type UnionName } from './scriptForm';

/** Props of {@link KindForm}. */
export interface KindFormProps {
  union: UnionName;
  item: Record<string, unknown>;
  /** Dotted path of the item in the scenario (`events.0.when.1`), where its problems are found. */
  path: string;
  issues: readonly FieldIssue[];
  ctx: FormContext;
  /** Replaces the whole item (a new kind, or JSON for an item the form does not cover). */
  onReplace(item: Record<string, unknown>): void;
  /** Sets one field of the item; `undefined` removes it. */
  onField(key: string, value: unknown): void;
  testId?: string;
}

/**
 * One item of a discriminated union (a trigger, an effect, a crowd order, an objective) as a form: its
 * kind from a select and the kind's fields as inputs (scriptForm.ts says which). An item holding what
 * the form cannot show is edited as JSON instead, so nothing in a file is lost.
 */
export function KindForm({ union, item, path, issues, ctx, onReplace, onField, testId }: KindFormProps) {
  const t = useT();
  const spec = specOf(union, item);
  if (!spec || !formCovers(union, item)) {
    return (
      <Field label={t('editor.scn.jsonOnly')} path={path} issues={issues}>
        <JsonArea value={item} label={t('editor.scn.jsonOnly')} testId={testId ? `${testId}-json` : undefined} onChange={(v) => { if (typeof v === 'object' && v !== null) onReplace(v as Record<string, unknown>); }} />
      </Field>
    );
  }
  return (
    <span className="kind-form">
      <Field label={t(union === 'order' ? 'editor.scn.orderKind' : 'editor.scn.kind')} path={`${path}.type`} issues={issues}>
        <select value={spec.type} data-testid={testId ? `${testId}-kind` : undefined} onChange={(e) => onReplace(changeKind(union, item, e.target.value, ctx))}>
          {kindsOf(union).map((k) => <option key={k.type} value={k.type}>{t(k.label)}</option>)}
        </select>
      </Field>
      {spec.fields.filter((f) => !f.hidden).map((field) => (
        <FieldInput key={field.key} field={field} item={item} path={`${path}.${field.key}`} issues={issues} ctx={ctx} onField={onField} testId={testId ? `${testId}-${field.key}` : undefined} />
      ))}
    </span>
  );
}

function FieldInput({ field, item, path, issues, ctx, onField, testId }: { field: FieldSpec; item: Record<string, unknown>; path: string; issues: readonly FieldIssue[]; ctx: FormContext; onField(key: string, value: unknown): void; testId?: string }) {
  const t = useT();
  const value = shownValue(field, item);
  const label = t(fieldLabel(field));
  const set = (v: unknown) => onField(field.key, v);
  switch (field.kind) {
    case 'number':
      return <Field label={label} path={path} issues={issues}><NumberField value={value as number} min={field.min} max={field.max} step={field.step} testId={testId} onChange={(v) => set(fieldNumber(field, v))} /></Field>;
    case 'bool':
      return <label className="prop-check"><input type="checkbox" checked={Boolean(value)} data-testid={testId} onChange={(e) => set(e.target.checked)} />{label}</label>;
    case 'choice':
      return (
        <Field label={label} path={path} issues={issues}>
          <select value={String(value)} data-testid={testId} onChange={(e) => set(e.target.value)}>
            {field.options.map((o) => <option key={o} value={o}>{t(`${field.prefix}${o}` as MessageKey)}</option>)}
          </select>
        </Field>
      );
    case 'ref': {
      const choices = ctx.choices[field.ref];
      const current = typeof value === 'string' ? value : '';
      return (
        <Field label={label} path={path} issues={issues}>
          <select value={current} data-testid={testId} onChange={(e) => set(e.target.value === '' && field.optional ? undefined : e.target.value)}>
            {(field.optional || current === '') && <option value="">{t(field.optional ? `editor.scn.anyRef.${field.ref}` as MessageKey : 'editor.scn.choose')}</option>}
            {current !== '' && !choices.some((c) => c.id === current) && <option value={current}>{current}</option>}
            {choices.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
          </select>
        </Field>
      );
    }
    case 'refs': {
      const chosen = (value as string[] | undefined) ?? [];
      const all = [...ctx.choices[field.ref], ...chosen.filter((id) => !ctx.choices[field.ref].some((c) => c.id === id)).map((id) => ({ id, name: id }))];
      return (
        <Field label={label} path={path} issues={issues}>
          <span className="ref-checks" data-testid={testId}>
            {all.length === 0 && <em>{t(field.ref === 'group' ? 'editor.scn.none' : 'editor.scn.noReserves')}</em>}
            {all.map((c) => (
              <label key={c.id} className="prop-check">
                <input type="checkbox" checked={chosen.includes(c.id)} onChange={(e) => set(e.target.checked ? [...chosen, c.id] : chosen.filter((id) => id !== c.id))} />
                {c.name}
              </label>
            ))}
          </span>
        </Field>
      );
    }
    case 'point': {
      const p = value as { x: number; y: number } | undefined;
      return (
        <Field label={label} path={path} issues={issues}>
          {p ? (
            <span className="pair">
              <NumberField value={p.x} testId={testId ? `${testId}-x` : undefined} onChange={(x) => set({ ...p, x })} />
              <NumberField value={p.y} testId={testId ? `${testId}-y` : undefined} onChange={(y) => set({ ...p, y })} />
              {field.optional && <button type="button" className="button button-small" title={t('editor.scn.remove')} onClick={() => set(undefined)}>×</button>}
            </span>
          ) : (
            <button type="button" className="button button-small" onClick={() => set({ ...ctx.point })}>{t('editor.scn.addPoint')}</button>
          )}
        </Field>
      );
    }
    case 'order': {
      const order = item[field.key] as Record<string, unknown>;
      return (
        <span className="nested-form">
          <KindForm union="order" item={order} path={path} issues={issues} ctx={ctx} testId={testId}
            onReplace={(next) => set(next)}
            onField={(key, v) => { const next = { ...order }; if (v === undefined) delete next[key]; else next[key] = v; set(next); }} />
        </span>
      );
    }
  }
}
