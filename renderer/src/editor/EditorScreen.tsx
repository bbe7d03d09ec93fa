import { useCallback, useEffect, useState } from 'react';
import { contentFileBytesMax, type ScenarioEntry, type VenueEntry } from '../../../shared/contract/editor';
import { formatByteSize } from '../../../shared/contract/limits';
import type { ScenarioInput } from '../../../shared/scenario/schema';
import { venueSchema, type VenueFile } from '../../../shared/venue/schema';
import { registerVenue, type CompiledVenue } from '../../../shared/venue/index';
import { host } from '../host/hostClient';
import { textIn, useLanguage, useT } from '../i18n/useT';
import { downloadSessionFile, readSessionFile } from '../library/sessionFiles';
import { reportError } from '../state/actions';
import { ScreenFrame } from '../ui/ScreenFrame';
import { newScenario } from './scenario/scenarioDraft';
import { ScenarioEditor } from './scenario/ScenarioEditor';
import { copyOfVenue } from './venue/venueDoc';
import { VenueEditor } from './venue/VenueEditor';
import { emptyVenue, openVenue, useVenueEditor } from './venue/venueEditorStore';
import './editor.css';

type Mode = { kind: 'library' } | { kind: 'venue' } | { kind: 'scenario'; initial: ScenarioInput; venues: PlayableVenue[] };

/** A venue a scenario can be played on, compiled for the scenario checks. */
interface PlayableVenue {
  id: string;
  name: string;
  venue: CompiledVenue;
}

/** An id made from a name: lower case, digits and dashes. */
function slug(name: string, fallback: string): string {
  return name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || fallback;
}

/** Every venue (templates and stored) compiled, for the scenario editor's venue choice and checks. */
async function playableVenues(entries: readonly VenueEntry[]): Promise<PlayableVenue[]> {
  const out: PlayableVenue[] = [];
  for (const entry of entries) {
    const { venue } = await host.getVenueFile(entry.id);
    const reg = registerVenue(venue);
    if (reg.ok) out.push({ id: entry.id, name: entry.name, venue: reg.venue });
  }
  return out;
}

/**
 * "Editor venue & skenario": the shipped venues and scenarios as read-only templates next to the
 * user's own (open, copy, export, delete), a new venue from a template or a new scenario on a venue,
 * file import, and the two editors themselves.
 */
export default function EditorScreen() {
  const t = useT();
  const language = useLanguage();
  const [mode, setMode] = useState<Mode>({ kind: 'library' });
  const [venues, setVenues] = useState<VenueEntry[]>([]);
  const [scenarios, setScenarios] = useState<ScenarioEntry[]>([]);
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);
  const [newVenueFrom, setNewVenueFrom] = useState('');
  const [newVenueName, setNewVenueName] = useState('');
  const [newScenarioOn, setNewScenarioOn] = useState('');
  const [newScenarioName, setNewScenarioName] = useState('');

  const refresh = useCallback(async () => {
    try {
      const [v, s] = await Promise.all([host.listVenues(), host.listScenarioFiles()]);
      setVenues(v);
      setScenarios(s);
    } catch (error) {
      reportError(error);
    }
  }, []);
  useEffect(() => void refresh(), [refresh]);

  const openVenueEditor = async (entry: VenueEntry | null, asCopy: { name: string } | null) => {
    try {
      const base = entry ? venueSchema.parse((await host.getVenueFile(entry.id)).venue) : emptyVenue();
      const file: VenueFile = asCopy ? copyOfVenue(base, slug(asCopy.name, 'venue-baru'), asCopy.name) : base;
      openVenue(file, asCopy ? null : (entry?.id ?? null));
      setMode({ kind: 'venue' });
    } catch (error) {
      reportError(error);
    }
  };
  const openScenarioEditor = async (initial: ScenarioInput | { from: ScenarioEntry; copyName: string | null }) => {
    try {
      const playable = await playableVenues(venues);
      let draft: ScenarioInput;
      if ('from' in initial) {
        const raw = structuredClone((await host.getScenarioFile(initial.from.id)).scenario) as ScenarioInput;
        draft = initial.copyName ? { ...raw, id: slug(initial.copyName, 'skenario-baru'), name: { id: initial.copyName, en: initial.copyName } } : raw;
      } else {
        draft = initial;
      }
      setMode({ kind: 'scenario', initial: draft, venues: playable });
    } catch (error) {
      reportError(error);
    }
  };
  const exportOne = async (kind: 'venue' | 'scenario', id: string) => {
    try {
      downloadSessionFile(await host.exportContent(kind, id));
    } catch (error) {
      reportError(error);
    }
  };
  const remove = async (kind: 'venue' | 'scenario', id: string, name: string) => {
    if (!window.confirm(t('editor.confirmDelete', { name }))) return;
    try {
      if (kind === 'venue') await host.deleteVenue(id);
      else await host.deleteScenario(id);
    } catch (error) {
      reportError(error);
    }
    await refresh();
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > contentFileBytesMax) {
      setMessage({ ok: false, text: t('editor.importFailed', { message: t('editor.import.tooLarge', { size: formatByteSize(file.size, language), limit: formatByteSize(contentFileBytesMax, language) }) }) });
      return;
    }
    try {
      const result = await host.importContent((await readSessionFile(file)).base64);
      if (result.ok) setMessage({ ok: true, text: t('editor.imported', { what: [result.venueId, result.scenarioId].filter(Boolean).join(', ') }) });
      else setMessage({ ok: false, text: t('editor.importFailed', { message: result.messages[language] }) });
    } catch (error) {
      reportError(error);
    }
    await refresh();
  };
  const leave = (next: Mode) => {
    if (mode.kind === 'venue' && useVenueEditor.getState().dirty && !window.confirm(t('editor.unsaved'))) return;
    setMode(next);
    void refresh();
  };

  if (mode.kind === 'venue') {
    return (
      <ScreenFrame title={t('editor.title')} testId="screen-editor" className="screen-wide screen-editor">
        <VenueEditor onClose={() => leave({ kind: 'library' })} onSaved={() => void refresh()} />
      </ScreenFrame>
    );
  }
  if (mode.kind === 'scenario') {
    return (
      <ScreenFrame title={t('editor.title')} testId="screen-editor" className="screen-wide screen-editor">
        <ScenarioEditor initial={mode.initial} venues={mode.venues} onClose={() => leave({ kind: 'library' })} onSaved={() => void refresh()} />
      </ScreenFrame>
    );
  }
  const sourceLabel = (source: 'template' | 'stored') => <span className={`badge badge-${source}`}>{t(source === 'template' ? 'editor.template' : 'editor.stored')}</span>;
  return (
    <ScreenFrame title={t('editor.title')} testId="screen-editor" className="screen-wide screen-editor">
      <div className="editor-library">
        <section className="panel" aria-labelledby="editor-venues">
          <h2 id="editor-venues">{t('editor.venues')}</h2>
          <ul className="content-list" data-testid="venue-list">
            {venues.map((v) => (
              <li key={v.id} data-testid={`venue-entry-${v.id}`}>
                <span className="content-name">{v.name}</span> {sourceLabel(v.source)}
                <span className="content-actions">
                  {v.source === 'stored' && <button type="button" className="button button-small" data-testid={`edit-venue-${v.id}`} onClick={() => void openVenueEditor(v, null)}>{t('editor.edit')}</button>}
                  {v.source === 'template' && <button type="button" className="button button-small" onClick={() => void openVenueEditor(v, { name: `${v.name} (salinan)` })}>{t('editor.copy')}</button>}
                  {v.source === 'stored' && <button type="button" className="button button-small" onClick={() => void exportOne('venue', v.id)}>{t('editor.export')}</button>}
                  {v.source === 'stored' && <button type="button" className="button button-small button-danger" onClick={() => void remove('venue', v.id, v.name)}>{t('editor.delete')}</button>}
                </span>
              </li>
            ))}
          </ul>
          <form className="new-form" onSubmit={(e) => { e.preventDefault(); void openVenueEditor(venues.find((v) => v.id === newVenueFrom) ?? null, { name: newVenueName.trim() || t('editor.newVenue') }); }}>
            <h3>{t('editor.newVenue')}</h3>
            <label>{t('editor.newFrom')}
              <select value={newVenueFrom} data-testid="new-venue-from" onChange={(e) => setNewVenueFrom(e.target.value)}>
                <option value="">{t('editor.blank')}</option>
                {venues.map((v) => <option key={v.id} value={v.id}>{v.name}</option>)}
              </select>
            </label>
            <label>{t('editor.newName')} <input type="text" value={newVenueName} maxLength={120} data-testid="new-venue-name" onChange={(e) => setNewVenueName(e.target.value)} /></label>
            <button type="submit" className="button button-primary button-small" data-testid="new-venue-create">{t('editor.create')}</button>
          </form>
        </section>
        <section className="panel" aria-labelledby="editor-scenarios">
          <h2 id="editor-scenarios">{t('editor.scenarios')}</h2>
          <ul className="content-list" data-testid="scenario-list">
            {scenarios.map((s) => (
              <li key={s.id} data-testid={`scenario-entry-${s.id}`}>
                <span className="content-name">{textIn(language, s.name)}</span> {sourceLabel(s.source)}
                <span className="content-actions">
                  {s.source === 'stored' && <button type="button" className="button button-small" onClick={() => void openScenarioEditor({ from: s, copyName: null })}>{t('editor.edit')}</button>}
                  {s.source === 'template' && <button type="button" className="button button-small" onClick={() => void openScenarioEditor({ from: s, copyName: `${textIn('id', s.name)} (salinan)` })}>{t('editor.copy')}</button>}
                  {s.source === 'stored' && <button type="button" className="button button-small" data-testid={`export-scenario-${s.id}`} onClick={() => void exportOne('scenario', s.id)}>{t('editor.export')}</button>}
                  {s.source === 'stored' && <button type="button" className="button button-small button-danger" data-testid={`delete-scenario-${s.id}`} onClick={() => void remove('scenario', s.id, textIn(language, s.name))}>{t('editor.delete')}</button>}
                </span>
              </li>
            ))}
          </ul>
          <form className="new-form" onSubmit={(e) => {
            e.preventDefault();
            const on = venues.find((v) => v.id === newScenarioOn) ?? venues[0];
            if (!on) return;
            void host.getVenueFile(on.id).then(({ venue }) => {
              const name = newScenarioName.trim() || t('editor.newScenario');
              return openScenarioEditor(newScenario(venueSchema.parse(venue), slug(name, 'skenario-baru'), name));
            }).catch(reportError);
          }}>
            <h3>{t('editor.newScenario')}</h3>
            <label>{t('editor.scn.venue')}
              <select value={newScenarioOn} data-testid="new-scenario-venue" onChange={(e) => setNewScenarioOn(e.target.value)}>
                {venues.map((v) => <option key={v.id} value={v.id}>{v.name}</option>)}
              </select>
            </label>
            <label>{t('editor.newName')} <input type="text" value={newScenarioName} maxLength={120} data-testid="new-scenario-name" onChange={(e) => setNewScenarioName(e.target.value)} /></label>
            <button type="submit" className="button button-primary button-small" data-testid="new-scenario-create">{t('editor.create')}</button>
          </form>
        </section>
      </div>
      <div className="editor-import">
        <label className="button file-button">
          {t('editor.import')}
          <input type="file" accept=".json,application/json" data-testid="content-import" onChange={(e) => { const f = e.target.files?.[0]; e.target.value = ''; void importFile(f); }} />
        </label>
        {message && <p className={message.ok ? 'editor-ok' : 'editor-bad'} role="status" data-testid="import-message">{message.text}</p>}
      </div>
    </ScreenFrame>
  );
}
