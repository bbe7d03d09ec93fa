import { produce, type Draft } from 'immer';
import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { unitTypeIds } from '../../../../shared/engine/forces';
import { tempers } from '../../../../shared/engine/scriptSchema';
import type { MessageKey } from '../../../../shared/i18n/messages';
import type { ScenarioInput } from '../../../../shared/scenario/schema';
import type { CompiledVenue } from '../../../../shared/venue/compile';
import { host } from '../../host/hostClient';
import { textIn, useLanguage, useT } from '../../i18n/useT';
import { describeError } from '../../state/actions';
import { AiPlansPanel } from './AiPlansPanel';
import { EventsPanel } from './EventsPanel';
import { ObjectivesPanel } from './ObjectivesPanel';
import { sameIssues, scenarioIssues, type FieldIssue } from './scenarioDraft';
import { BilingualInput, Field, NumberField, useStableValue } from './scenarioFields';
import { formContext } from './scriptForm';

/** Props of {@link ScenarioEditor}. */
export interface ScenarioEditorProps {
  initial: ScenarioInput;
  /** The venues the scenario may be played on: id, name and the compiled venue. */
  venues: readonly { id: string; name: string; venue: CompiledVenue }[];
  onClose(): void;
  onSaved(id: string): void;
}

type Group = ScenarioInput['crowd'][number];
type Unit = ScenarioInput['police'][number];

/**
 * The scenario editor: a form over the scenario file (venue, date and time, briefing texts in both
 * languages, turns, roles, police units with staging and role, crowd groups with their make-up and
 * behaviour, script events, objective rules, AI plans, each a form), checked as it is typed with the game's own
 * parser on the chosen venue; each problem shows at its field. "Simpan" stores it once it is valid.
 */
export function ScenarioEditor({ initial, venues, onClose, onSaved }: ScenarioEditorProps) {
  const t = useT();
  const [draft, setDraft] = useState<ScenarioInput>(initial);
  const [status, setStatus] = useState<string | null>(null);
  const venue = venues.find((v) => v.id === draft.venueId)?.venue ?? null;
  const [issues, setIssues] = useState<FieldIssue[]>(() => scenarioIssues(initial, venue));
  useEffect(() => {
    // The same problems keep the same array, so that the memoised event and plan forms are not redrawn.
    const timer = setTimeout(() => { const next = scenarioIssues(draft, venue); setIssues((prev) => (sameIssues(prev, next) ? prev : next)); }, 200);
    return () => clearTimeout(timer);
  }, [draft, venue]);
  // Esc does not leave the form (the screen frame's Esc would drop unsaved work); leaving asks when unsaved.
  const [savedDraft, setSavedDraft] = useState<ScenarioInput>(initial);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') e.preventDefault();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
  const close = () => {
    if (draft !== savedDraft && !window.confirm(t('editor.unsaved'))) return;
    onClose();
  };
  const change = useCallback((recipe: (d: Draft<ScenarioInput>) => void) => setDraft((current) => produce(current, recipe)), []);
  const staging = useMemo(() => venue?.file.policeStaging ?? [], [venue]);
  const arrival = useMemo(() => venue?.file.crowdArrival ?? [], [venue]);
  const gates = venue?.file.gates ?? [];
  const roles = draft.roles.police;
  const language = useLanguage();
  // Deferred: a renamed event or group redraws the other forms in an interruptible background render, not in the keystroke's task.
  const ctx = useDeferredValue(useStableValue(formContext(draft, venue, (x) => textIn(language, x))));

  const save = async () => {
    if (issues.length > 0) {
      setStatus(t('editor.scn.problems', { count: issues.length }));
      return;
    }
    try {
      const entry = await host.saveScenario(draft);
      setSavedDraft(draft);
      setStatus(t('editor.saved'));
      onSaved(entry.id);
    } catch (error) {
      const d = describeError(error);
      setStatus(t('editor.saveFailed', { reason: t(d.messageKey, d.params) }));
    }
  };
  const unitRow = (u: Unit, k: number) => (
    <div className="scn-row" key={k} data-testid={`unit-${k}`}>
      <Field label={t('editor.field.id')} path={`police.${k}.id`} issues={issues}><input type="text" value={u.id} onChange={(e) => change((d) => { d.police[k]!.id = e.target.value; })} /></Field>
      <Field label={t('editor.scn.unitType')} path={`police.${k}.type`} issues={issues}>
        <select value={u.type} data-testid={`unit-type-${k}`} onChange={(e) => change((d) => { d.police[k]!.type = e.target.value as Unit['type']; })}>{unitTypeIds.map((id) => <option key={id} value={id}>{t(`unit.${id}` as MessageKey)}</option>)}</select>
      </Field>
      <Field label={t('editor.field.name')} path={`police.${k}.name`} issues={issues}><input type="text" value={u.name} data-testid={`unit-name-${k}`} onChange={(e) => change((d) => { d.police[k]!.name = e.target.value; })} /></Field>
      <Field label={t('editor.scn.staging')} path={`police.${k}.staging`} issues={issues}>
        <select value={typeof u.staging === 'string' ? u.staging : ''} onChange={(e) => change((d) => { d.police[k]!.staging = e.target.value; })}>
          {typeof u.staging === 'string' && !staging.some((z) => z.id === u.staging) && <option value={u.staging}>{u.staging}</option>}
          {staging.map((z) => <option key={z.id} value={z.id}>{z.name}</option>)}
        </select>
      </Field>
      <Field label={t('editor.scn.role')} path={`police.${k}.role`} issues={issues}>
        <select value={u.role} onChange={(e) => change((d) => { d.police[k]!.role = e.target.value; })}>{roles.map((r) => <option key={r.id} value={r.id}>{r.title.id}</option>)}</select>
      </Field>
      <Field label={t('editor.scn.strength')} path={`police.${k}.strength`} issues={issues}><NumberField value={u.strength} min={0} max={200} testId={`unit-strength-${k}`} onChange={(v) => change((d) => { d.police[k]!.strength = Math.round(v); })} /></Field>
      <label className="prop-check"><input type="checkbox" checked={Boolean(u.reserve)} data-testid={`unit-reserve-${k}`} onChange={(e) => change((d) => { d.police[k]!.reserve = e.target.checked; })} />{t('editor.scn.reserve')}</label>
      <button type="button" className="button button-small" onClick={() => change((d) => { d.police.splice(k, 1); })}>{t('editor.scn.remove')}</button>
    </div>
  );
  const groupRow = (g: Group, k: number) => {
    const num = (field: 'size' | 'orators' | 'provocateurs' | 'sajam', min: number, max: number) => (
      <Field label={t(`editor.scn.${field}` as MessageKey)} path={`crowd.${k}.${field}`} issues={issues}>
        <NumberField value={g[field]} min={min} max={max} testId={`group-${field}-${k}`} onChange={(v) => change((d) => { d.crowd[k]![field] = Math.round(v); })} />
      </Field>
    );
    return (
      <div className="scn-row" key={k} data-testid={`group-${k}`}>
        <Field label={t('editor.field.id')} path={`crowd.${k}.id`} issues={issues}><input type="text" value={g.id} onChange={(e) => change((d) => { d.crowd[k]!.id = e.target.value; })} /></Field>
        <Field label={t('editor.field.name')} path={`crowd.${k}.name`} issues={issues}><BilingualInput value={g.name} onChange={(v) => change((d) => { d.crowd[k]!.name = v; })} /></Field>
        <Field label={t('editor.scn.arrival')} path={`crowd.${k}.arrival`} issues={issues}>
          <select value={g.arrival} onChange={(e) => change((d) => { d.crowd[k]!.arrival = e.target.value; })}>
            {!arrival.some((z) => z.id === g.arrival) && <option value={g.arrival}>{g.arrival}</option>}
            {arrival.map((z) => <option key={z.id} value={z.id}>{z.name}</option>)}
          </select>
        </Field>
        {num('size', 10, 20000)}
        {num('orators', 0, 50)}
        {num('provocateurs', 0, 200)}
        {num('sajam', 0, 200)}
        <Field label={t('editor.scn.bystanders')} path={`crowd.${k}.bystanderShare`} issues={issues}><NumberField value={g.bystanderShare} step={0.05} min={0} max={1} onChange={(v) => change((d) => { d.crowd[k]!.bystanderShare = v; })} /></Field>
        <Field label={t('editor.scn.agitation')} path={`crowd.${k}.agitation`} issues={issues}><NumberField value={g.agitation} step={0.05} min={-1} max={1} onChange={(v) => change((d) => { d.crowd[k]!.agitation = v; })} /></Field>
        <Field label={t('editor.scn.temper')} path={`crowd.${k}.behaviour.temper`} issues={issues}>
          <select value={g.behaviour.temper} data-testid={`group-temper-${k}`} onChange={(e) => change((d) => { d.crowd[k]!.behaviour.temper = e.target.value as Group['behaviour']['temper']; })}>{tempers.map((x) => <option key={x} value={x}>{t(`editor.scn.temper.${x}` as MessageKey)}</option>)}</select>
        </Field>
        <Field label={t('editor.scn.rally')} path={`crowd.${k}.behaviour.rally`} issues={issues}>
          <span className="pair">
            <NumberField value={g.behaviour.rally.x} onChange={(v) => change((d) => { d.crowd[k]!.behaviour.rally.x = v; })} />
            <NumberField value={g.behaviour.rally.y} onChange={(v) => change((d) => { d.crowd[k]!.behaviour.rally.y = v; })} />
          </span>
        </Field>
        <Field label={t('editor.scn.escalate')} path={`crowd.${k}.behaviour.escalateFromTurn`} issues={issues}><NumberField value={g.behaviour.escalateFromTurn ?? 0} min={0} onChange={(v) => change((d) => { d.crowd[k]!.behaviour.escalateFromTurn = Math.round(v); })} /></Field>
        <Field label={t('editor.scn.breachGate')} path={`crowd.${k}.behaviour.breachGateId`} issues={issues}>
          <select value={g.behaviour.breachGateId ?? ''} onChange={(e) => change((d) => { if (e.target.value) d.crowd[k]!.behaviour.breachGateId = e.target.value; else delete d.crowd[k]!.behaviour.breachGateId; })}>
            <option value="">{t('editor.scn.none')}</option>
            {gates.map((gate) => <option key={gate.id} value={gate.id}>{gate.name}</option>)}
          </select>
        </Field>
        <label className="prop-check"><input type="checkbox" checked={Boolean(g.mobilKomando)} onChange={(e) => change((d) => { d.crowd[k]!.mobilKomando = e.target.checked; })} />{t('editor.scn.mobilKomando')}</label>
        <label className="prop-check"><input type="checkbox" checked={Boolean(g.reserve)} onChange={(e) => change((d) => { d.crowd[k]!.reserve = e.target.checked; })} />{t('editor.scn.reserve')}</label>
        <p className="editor-note">{t('editor.scn.korlap')}</p>
        <button type="button" className="button button-small" onClick={() => change((d) => { d.crowd.splice(k, 1); })}>{t('editor.scn.remove')}</button>
      </div>
    );
  };

  return (
    <div className="scenario-editor" data-testid="scenario-editor">
      <div className="editor-actions">
        <button type="button" className="button button-small" onClick={close} data-testid="editor-close">{t('editor.back')}</button>
        <span className={issues.length === 0 ? 'editor-ok' : 'editor-bad'} data-testid="scenario-state">{issues.length === 0 ? t('editor.scn.valid') : t('editor.scn.problems', { count: issues.length })}</span>
        <button type="button" className="button button-primary button-small" onClick={() => void save()} data-testid="scenario-save">{t('editor.save')}</button>
        {status && <span className="editor-status" role="status" data-testid="editor-status">{status}</span>}
      </div>
      <div className="scenario-form">
        <fieldset className="panel">
          <legend>{t('editor.scn.general')}</legend>
          <Field label={t('editor.scn.id')} path="id" issues={issues}><input type="text" value={draft.id} data-testid="scenario-id" onChange={(e) => change((d) => { d.id = e.target.value.toLowerCase(); })} /></Field>
          <Field label={t('editor.field.name')} path="name" issues={issues}><BilingualInput value={draft.name} testId="scenario-name" onChange={(v) => change((d) => { d.name = v; })} /></Field>
          <Field label={t('editor.scn.venue')} path="venueId" issues={issues}>
            <select value={draft.venueId} data-testid="scenario-venue" onChange={(e) => change((d) => { d.venueId = e.target.value; })}>
              {!venues.some((v) => v.id === draft.venueId) && <option value={draft.venueId}>{draft.venueId}</option>}
              {venues.map((v) => <option key={v.id} value={v.id}>{v.name}</option>)}
            </select>
          </Field>
          <Field label={t('editor.scn.date')} path="date" issues={issues}><input type="date" value={draft.date ?? ''} onChange={(e) => change((d) => { if (e.target.value) d.date = e.target.value; else delete d.date; })} /></Field>
          <Field label={t('editor.scn.time')} path="startTime" issues={issues}><input type="time" value={draft.startTime ?? ''} onChange={(e) => change((d) => { if (e.target.value) d.startTime = e.target.value; else delete d.startTime; })} /></Field>
          <Field label={t('editor.scn.turnLimit')} path="turnLimit" issues={issues}><NumberField value={draft.turnLimit} min={1} max={600} testId="scenario-turns" onChange={(v) => change((d) => { d.turnLimit = Math.round(v); })} /></Field>
          <Field label={t('editor.scn.secondsPerTurn')} path="secondsPerTurn" issues={issues}><NumberField value={draft.secondsPerTurn} min={10} max={300} step={10} testId="scenario-seconds" onChange={(v) => change((d) => { d.secondsPerTurn = Math.round(v); })} /></Field>
          <Field label={t('editor.scn.legitimacy')} path="legitimacy" issues={issues}><NumberField value={draft.legitimacy} min={0} max={1} step={0.05} onChange={(v) => change((d) => { d.legitimacy = v; })} /></Field>
        </fieldset>
        <fieldset className="panel">
          <legend>{t('editor.scn.texts')}</legend>
          <Field label={t('editor.scn.situation')} path="situation" issues={issues}><BilingualInput multiline value={draft.situation} testId="scenario-situation" onChange={(v) => change((d) => { d.situation = v; })} /></Field>
          <Field label={t('editor.scn.briefing')} path="briefing" issues={issues}><BilingualInput multiline value={draft.briefing} onChange={(v) => change((d) => { d.briefing = v; })} /></Field>
          <Field label={t('editor.scn.objectives')} path="objectives.text" issues={issues}><BilingualInput multiline value={draft.objectives.text} onChange={(v) => change((d) => { d.objectives.text = v; })} /></Field>
        </fieldset>
        <fieldset className="panel">
          <legend>{t('editor.scn.roles')}</legend>
          {roles.map((r, k) => (
            <div className="scn-row" key={k}>
              <Field label={t('editor.field.id')} path={`roles.police.${k}`} issues={issues}><input type="text" value={r.id} onChange={(e) => change((d) => { d.roles.police[k]!.id = e.target.value; })} /></Field>
              <Field label={t('editor.scn.roleTitle')} path={`roles.police.${k}.title`} issues={issues}><BilingualInput value={r.title} onChange={(v) => change((d) => { d.roles.police[k]!.title = v; })} /></Field>
              {roles.length > 1 && <button type="button" className="button button-small" onClick={() => change((d) => { d.roles.police.splice(k, 1); })}>{t('editor.scn.remove')}</button>}
            </div>
          ))}
          <button type="button" className="button button-small" onClick={() => change((d) => { d.roles.police.push({ id: `peran-${d.roles.police.length + 1}`, title: { id: 'Kapolres', en: 'Kapolres' } }); })}>{t('editor.scn.addRole')}</button>
          <Field label={t('editor.scn.crowdRole')} path="roles.crowd" issues={issues}><BilingualInput value={draft.roles.crowd} onChange={(v) => change((d) => { d.roles.crowd = v; })} /></Field>
          <Field label={t('editor.scn.instructorRole')} path="roles.instructor" issues={issues}><BilingualInput value={draft.roles.instructor} onChange={(v) => change((d) => { d.roles.instructor = v; })} /></Field>
        </fieldset>
        <fieldset className="panel">
          <legend>{t('editor.scn.police')}</legend>
          {draft.police.map(unitRow)}
          <button type="button" className="button button-small" data-testid="add-unit" onClick={() => change((d) => { d.police.push({ id: `satuan-${d.police.length + 1}`, type: 'dalmas_awal', name: `Ton ${d.police.length + 1}`, staging: staging[0]?.id ?? '', role: roles[0]?.id ?? '' }); })}>{t('editor.scn.addUnit')}</button>
        </fieldset>
        <fieldset className="panel">
          <legend>{t('editor.scn.crowd')}</legend>
          {draft.crowd.map(groupRow)}
          <button type="button" className="button button-small" data-testid="add-group" onClick={() => change((d) => { const first = d.crowd[0]; d.crowd.push({ id: `massa-${d.crowd.length + 1}`, name: { id: `Massa ${d.crowd.length + 1}`, en: `Crowd ${d.crowd.length + 1}` }, arrival: arrival[0]?.id ?? '', size: 100, orators: 1, provocateurs: 0, sajam: 0, bystanderShare: 0.2, hardship: [0, 0.3], agitation: 0, behaviour: { temper: 'peaceful', rally: first ? { ...first.behaviour.rally } : { x: 0, y: 0 } } }); })}>{t('editor.scn.addGroup')}</button>
        </fieldset>
        <EventsPanel draft={draft} change={change} issues={issues} ctx={ctx} />
        <ObjectivesPanel draft={draft} change={change} issues={issues} ctx={ctx} />
        <AiPlansPanel draft={draft} change={change} issues={issues} ctx={ctx} />
      </div>
    </div>
  );
}
