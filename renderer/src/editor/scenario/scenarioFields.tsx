import { useRef, useState, type ReactNode } from 'react';
import { textIn, useLanguage, useT } from '../../i18n/useT';
import { issuesAt, type FieldIssue } from './scenarioDraft';

/**
 * Small form pieces of the scenario editor: a labelled field that shows the problems found at its path
 * (in the UI language, the parser's own line as a tooltip), bilingual text inputs and a JSON text area
 * that only passes on text that parses.
 */

/** The problems at `path`, shown under a field. */
export function FieldIssues({ issues, path }: { issues: readonly FieldIssue[]; path: string }) {
  const t = useT();
  const here = issues.filter((i) => i.path === path);
  if (here.length === 0) return null;
  return (
    <ul className="field-issues" data-testid={`issues-${path}`}>
      {here.map((i, k) => <li key={k} title={i.detail}>{t(i.key, i.params)}</li>)}
    </ul>
  );
}

/** A labelled field with its problems. */
export function Field({ label, path, issues, children }: { label: string; path: string; issues: readonly FieldIssue[]; children: ReactNode }) {
  const invalid = issuesAt(issues, path).length > 0;
  return (
    <div className={`scn-field${invalid ? ' invalid' : ''}`}>
      <label>
        <span>{label}</span>
        {children}
      </label>
      <FieldIssues issues={issues} path={path} />
    </div>
  );
}

/** Two inputs for a bilingual text (Bahasa Indonesia first). */
export function BilingualInput({ value, onChange, multiline, testId }: { value: { id: string; en: string }; onChange(v: { id: string; en: string }): void; multiline?: boolean; testId?: string }) {
  const t = useT();
  const input = (lang: 'id' | 'en') =>
    multiline ? (
      <textarea rows={3} value={value[lang]} aria-label={t(lang === 'id' ? 'editor.scn.langId' : 'editor.scn.langEn')} data-testid={testId ? `${testId}-${lang}` : undefined} onChange={(e) => onChange({ ...value, [lang]: e.target.value })} />
    ) : (
      <input type="text" value={value[lang]} aria-label={t(lang === 'id' ? 'editor.scn.langId' : 'editor.scn.langEn')} data-testid={testId ? `${testId}-${lang}` : undefined} onChange={(e) => onChange({ ...value, [lang]: e.target.value })} />
    );
  return (
    <span className="bilingual">
      {input('id')}
      {input('en')}
    </span>
  );
}

/** A number input passing on finite numbers only. */
export function NumberField({ value, onChange, step = 1, min, max, testId }: { value: number | undefined; onChange(v: number): void; step?: number; min?: number; max?: number; testId?: string }) {
  return <input type="number" value={value ?? ''} step={step} min={min} max={max} data-testid={testId} onChange={(e) => { const v = Number(e.target.value); if (e.target.value !== '' && Number.isFinite(v)) onChange(v); }} />;
}

/** A JSON text area: edits are kept as text until they parse, then passed on; a syntax error is shown. */
export function JsonArea({ value, onChange, rows = 6, label, testId }: { value: unknown; onChange(v: unknown): void; rows?: number; label: string; testId?: string }) {
  const t = useT();
  const [text, setText] = useState(() => JSON.stringify(value, null, 2) ?? '');
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="json-area">
      <textarea
        rows={rows}
        value={text}
        spellCheck={false}
        aria-label={label}
        data-testid={testId}
        onChange={(e) => {
          setText(e.target.value);
          try {
            const parsed = e.target.value.trim() === '' ? undefined : (JSON.parse(e.target.value) as unknown);
            setError(null);
            onChange(parsed);
          } catch (err) {
            setError(err instanceof Error ? err.message : String(err));
          }
        }}
      />
      {error && <p className="field-issues">{t('editor.scn.jsonError', { error })}</p>}
    </div>
  );
}

/** The name of a bilingual label in the UI language. */
export function useText(): (text: { id: string; en: string }) => string {
  const language = useLanguage();
  return (text) => textIn(language, text);
}

/**
 * The value, or the one returned last time when it has the same content: keeps a derived object (the
 * form context) the same between renders so that memoised forms are not redrawn for nothing.
 */
export function useStableValue<T>(value: T): T {
  const last = useRef<{ value: T; json: string } | null>(null);
  const json = JSON.stringify(value);
  if (last.current?.json !== json) last.current = { value, json };
  return last.current.value;
}
