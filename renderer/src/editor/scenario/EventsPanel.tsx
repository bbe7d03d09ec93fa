import type { Draft } from 'immer';
import { memo, useCallback, useState } from 'react';
import type { MessageKey } from '../../../../shared/i18n/messages';
import type { ScenarioInput } from '../../../../shared/scenario/schema';
import type { ScriptEventInput } from '../../../../shared/engine/scriptSchema';
import { useT } from '../../i18n/useT';
import { KindForm } from './KindForm';
import { eventTemplates, type FieldIssue } from './scenarioDraft';
import { BilingualInput, Field, FieldIssues, useText } from './scenarioFields';
import { blankItem, moveItem, setField, type FormContext } from './scriptForm';

type Recipe = (recipe: (d: Draft<ScenarioInput>) => void) => void;
type Item = Record<string, unknown>;

/** Up, down and remove buttons of a list entry. */
export function RowButtons({ index, count, onMove, onRemove, testId }: { index: number; count: number; onMove(by: -1 | 1): void; onRemove(): void; testId?: string }) {
  const t = useT();
  return (
    <span className="row-buttons">
      <button type="button" className="button button-small" disabled={index === 0} title={t('editor.scn.moveUp')} aria-label={t('editor.scn.moveUp')} onClick={() => onMove(-1)}>↑</button>
      <button type="button" className="button button-small" disabled={index === count - 1} title={t('editor.scn.moveDown')} aria-label={t('editor.scn.moveDown')} onClick={() => onMove(1)}>↓</button>
      <button type="button" className="button button-small" data-testid={testId ? `${testId}-remove` : undefined} onClick={onRemove}>{t('editor.scn.remove')}</button>
    </span>
  );
}

/** Props of one event's form. */
interface EventRowProps {
  event: ScriptEventInput;
  k: number;
  count: number;
  issues: readonly FieldIssue[];
  ctx: FormContext;
  change: Recipe;
  structural: Recipe;
}

/** One script event's form; memoised so that typing in one event does not redraw the others. */
const EventRow = memo(function EventRow({ event, k, count, issues, ctx, change, structural }: EventRowProps) {
  const t = useT();
  const text = useText();
  const list = (part: 'when' | 'effects') => (d: Draft<ScenarioInput>) => d.events![k]![part] as unknown as Item[];
  return (
    <div className="scn-event" data-testid={`event-${k}`}>
      <div className="scn-event-head">
        <strong>{t('editor.scn.event', { n: k + 1 })}: {text(event.label)}</strong>
        <RowButtons index={k} count={count} testId={`event-${k}`} onMove={(by) => structural((d) => moveItem(d.events!, k, by))} onRemove={() => structural((d) => { d.events!.splice(k, 1); })} />
      </div>
      <FieldIssues issues={issues} path={`events.${k}`} />
      <div className="scn-row">
        <Field label={t('editor.scn.eventId')} path={`events.${k}.id`} issues={issues}><input type="text" value={event.id} data-testid={`event-${k}-id`} onChange={(e) => change((d) => { d.events![k]!.id = e.target.value; })} /></Field>
        <Field label={t('editor.scn.eventLabel')} path={`events.${k}.label`} issues={issues}><BilingualInput value={event.label} testId={`event-${k}-label`} onChange={(v) => change((d) => { d.events![k]!.label = v; })} /></Field>
        <label className="prop-check"><input type="checkbox" checked={Boolean(event.repeatable)} onChange={(e) => change((d) => { d.events![k]!.repeatable = e.target.checked; })} />{t('editor.scn.repeatable')}</label>
      </div>
      {(['when', 'effects'] as const).map((part) => {
        const items = event[part] as unknown as Item[];
        const union = part === 'when' ? 'condition' : 'effect';
        return (
          <div className="scn-sublist" key={part}>
            <Field label={t(part === 'when' ? 'editor.scn.when' : 'editor.scn.effects')} path={`events.${k}.${part}`} issues={issues}><span /></Field>
            {items.map((item, c) => (
              <div className="scn-row scn-subrow" key={c}>
                <KindForm union={union} item={item} path={`events.${k}.${part}.${c}`} issues={issues} ctx={ctx} testId={`event-${k}-${part}-${c}`}
                  onReplace={(next) => change((d) => { list(part)(d)[c] = next; })}
                  onField={(key, v) => change((d) => setField(list(part)(d)[c]!, key, v))} />
                <RowButtons index={c} count={items.length} onMove={(by) => structural((d) => moveItem(list(part)(d), c, by))} onRemove={() => structural((d) => { list(part)(d).splice(c, 1); })} />
              </div>
            ))}
            <button type="button" className="button button-small" data-testid={`event-${k}-add-${part}`} onClick={() => structural((d) => { list(part)(d).push(blankItem(union, part === 'when' ? 'at' : 'agitate', ctx)); })}>
              {t(part === 'when' ? 'editor.scn.addCondition' : 'editor.scn.addEffect')}
            </button>
          </div>
        );
      })}
      <details className="scn-json">
        <summary>{t('editor.scn.asJson')}</summary>
        <pre>{JSON.stringify(event, null, 2)}</pre>
      </details>
    </div>
  );
});

/**
 * The scenario's script events as forms: each with its code, bilingual name, whether the instructor
 * may inject it again, its triggers (all must hold) and its effects, each a kind picked from a select
 * with that kind's fields. Events, triggers and effects can be added, removed and reordered; ready-made
 * examples add a whole event. A read-only JSON view is kept for power users.
 */
export function EventsPanel({ draft, change, issues, ctx }: { draft: ScenarioInput; change: Recipe; issues: readonly FieldIssue[]; ctx: FormContext }) {
  const t = useT();
  // Bumped on structural changes (add, remove, move) so that JSON boxes (kept as text) restart from the moved items.
  const [rev, setRev] = useState(0);
  const structural = useCallback((recipe: (d: Draft<ScenarioInput>) => void) => { change(recipe); setRev((n) => n + 1); }, [change]);
  const events = draft.events ?? [];
  const templates = eventTemplates(draft);

  return (
    <fieldset className="panel" data-testid="events-panel">
      <legend>{t('editor.scn.events')}</legend>
      <p className="editor-note">{t('editor.scn.eventsHint')}</p>
      {events.map((event, k) => (
        <EventRow key={`${rev}-${k}`} event={event} k={k} count={events.length} issues={issues} ctx={ctx} change={change} structural={structural} />
      ))}
      <Field label="" path="events" issues={issues}><span /></Field>
      <div className="scn-buttons">
        <button type="button" className="button button-small" data-testid="add-event-blank" onClick={() => structural((d) => {
          const used = new Set((d.events ?? []).map((e) => e.id));
          let n = (d.events ?? []).length + 1;
          while (used.has(`kejadian-${n}`)) n += 1;
          (d.events ??= []).push({ id: `kejadian-${n}`, label: { id: `Kejadian ${n}`, en: `Event ${n}` }, when: [blankItem('condition', 'at', ctx) as never], effects: [blankItem('effect', 'agitate', ctx) as never] });
        })}>{t('editor.scn.addEvent.blank')}</button>
        {(Object.keys(templates) as (keyof typeof templates)[]).map((kind) => (
          <button key={kind} type="button" className="button button-small" data-testid={`add-event-${kind}`} onClick={() => structural((d) => { (d.events ??= []).push(structuredClone(templates[kind]) as never); })}>
            {t(`editor.scn.addEvent.${kind}` as MessageKey)}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
