import { lazy, Suspense, useEffect, useRef, useState, type ChangeEvent } from 'react';
import type { MessageKey } from '../../../../shared/i18n/messages';
import { groundKinds } from '../../../../shared/venue/schema';
import { venueSaveable, type VenueProblem } from '../../../../shared/venue/validate';
import { host } from '../../host/hostClient';
import { useT } from '../../i18n/useT';
import { describeError } from '../../state/actions';
import { checkVenue, navImageOf, type VenueCheckResult } from './navPreview';
import { PlanCanvas } from './PlanCanvas';
import { applyScale, cancelDrawing, finishDrawing, select } from './toolActions';
import { chooseTool, lineTools, polygonTools, redoVenue, undoVenue, useVenueEditor, venueTools, type VenueTool } from './venueEditorStore';
import { VenueProperties } from './VenueProperties';

// three.js loads only when the 3D preview is first shown.
const VenuePreview3D = lazy(() => import('./VenuePreview3D'));

/** Props of {@link VenueEditor}. */
export interface VenueEditorProps {
  onClose(): void;
  onSaved(id: string): void;
}

/** How long the checks wait after the last edit before they run (they build the navigation grid). */
const CHECK_DELAY_MS = 250;

function hintKey(tool: VenueTool): MessageKey {
  if (tool === 'select') return 'editor.venue.hint.select';
  if (tool === 'room') return 'editor.venue.hint.room';
  if (polygonTools.has(tool)) return 'editor.venue.hint.polygon';
  if (lineTools.has(tool)) return 'editor.venue.hint.line';
  if (tool === 'gate') return 'editor.venue.hint.gate';
  if (tool === 'door') return 'editor.venue.hint.door';
  if (tool === 'scale') return 'editor.venue.hint.scale';
  if (tool === 'barrier') return 'editor.venue.hint.two';
  return 'editor.venue.hint.point';
}

/** Starts the check worker (a module worker bundled by Vite), or null where workers are unavailable. */
function startCheckWorker(): Worker | null {
  return typeof Worker === 'undefined' ? null : new Worker(new URL('./checkWorker.ts', import.meta.url), { type: 'module', name: 'sispamkota-venue-checks' });
}

/**
 * The problems of the venue and, when asked, the navigation preview image: recomputed in the check
 * worker a moment after the last edit; an answer to an older request is dropped.
 */
function useChecks(withNav: boolean): { problems: VenueProblem[]; navImage: string | null; pending: boolean } {
  const venue = useVenueEditor((s) => s.doc.venue);
  const [result, setResult] = useState<{ problems: VenueProblem[]; navImage: string | null }>({ problems: [], navImage: null });
  const [pending, setPending] = useState(true);
  const worker = useRef<Worker | null>(null);
  const seq = useRef(0);
  useEffect(() => {
    worker.current = startCheckWorker();
    const take = (answer: VenueCheckResult) => {
      if (answer.seq !== seq.current) return;
      setResult({ problems: answer.problems, navImage: answer.nav ? navImageOf(answer.nav) : null });
      setPending(false);
    };
    if (worker.current) worker.current.onmessage = (event: MessageEvent<VenueCheckResult>) => take(event.data);
    return () => worker.current?.terminate();
  }, []);
  useEffect(() => {
    setPending(true);
    const timer = setTimeout(() => {
      seq.current += 1;
      if (worker.current) worker.current.postMessage({ seq: seq.current, venue, withNav });
      else {
        const answer = checkVenue(venue, seq.current, withNav);
        setResult({ problems: answer.problems, navImage: answer.nav ? navImageOf(answer.nav) : null });
        setPending(false);
      }
    }, CHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [venue, withNav]);
  return { ...result, pending };
}

/** Reads an image file from disk into a data URL and its pixel size (never leaves this PC). */
function readImage(file: File): Promise<{ dataUrl: string; width: number; height: number }> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.onload = () => {
      const dataUrl = String(reader.result);
      const image = new Image();
      image.onload = () => resolve({ dataUrl, width: image.naturalWidth, height: image.naturalHeight });
      image.onerror = () => reject(new Error('not an image'));
      image.src = dataUrl;
    };
    reader.readAsDataURL(file);
  });
}

/**
 * The venue editor: tools on the left, the 2D plan (or the live 3D preview) in the middle, the
 * property form and the checks on the right. Ctrl+Z / Ctrl+Y undo and redo, Enter finishes a shape,
 * Esc cancels it. "Simpan" stores the venue once the checks find no error.
 */
export function VenueEditor({ onClose, onSaved }: VenueEditorProps) {
  const t = useT();
  const venue = useVenueEditor((s) => s.doc.venue);
  const canUndo = useVenueEditor((s) => s.doc.past.length > 0);
  const canRedo = useVenueEditor((s) => s.doc.future.length > 0);
  const tool = useVenueEditor((s) => s.tool);
  const drawing = useVenueEditor((s) => s.drawing);
  const groundKind = useVenueEditor((s) => s.groundKind);
  const snap = useVenueEditor((s) => s.snap);
  const showNav = useVenueEditor((s) => s.showNav);
  const view = useVenueEditor((s) => s.view);
  const background = useVenueEditor((s) => s.background);
  const dirty = useVenueEditor((s) => s.dirty);
  const [askScale, setAskScale] = useState(false);
  const [metres, setMetres] = useState('10');
  const [status, setStatus] = useState<string | null>(null);
  const { problems, navImage, pending } = useChecks(showNav);
  // A message about the last save no longer holds once the venue changes.
  useEffect(() => setStatus(null), [venue]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const typing = e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement || e.target instanceof HTMLSelectElement;
      if (e.key === 'Escape') {
        // Handled here, so the screen frame does not leave the editor.
        e.preventDefault();
        if (useVenueEditor.getState().drawing.length > 0) cancelDrawing();
        else select(null);
      } else if (typing) {
        return;
      } else if (e.key === 'Enter') {
        finishDrawing();
      } else if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z') {
        e.preventDefault();
        if (e.shiftKey) redoVenue();
        else undoVenue();
      } else if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'y') {
        e.preventDefault();
        redoVenue();
      }
    };
    // Capture phase: ahead of the screen frame's Escape, which would leave the editor.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);

  const save = async () => {
    if (pending) return;
    if (!venueSaveable(problems)) {
      setStatus(t('editor.saveFailed', { reason: t(`editor.check.${problems[0]!.key}` as MessageKey, problems[0]!.params) }));
      return;
    }
    try {
      const entry = await host.saveVenue(venue);
      useVenueEditor.setState({ storedId: entry.id, dirty: false });
      setStatus(t('editor.saved'));
      onSaved(entry.id);
    } catch (error) {
      const described = describeError(error);
      setStatus(t('editor.saveFailed', { reason: t(described.messageKey, described.params) }));
    }
  };
  const onBackground = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    const image = await readImage(file).catch(() => null);
    if (!image) return;
    const b = venue.bounds;
    const metresPerPixel = (b.maxX - b.minX) / image.width;
    useVenueEditor.setState({ background: { ...image, x: b.minX, y: b.maxY, metresPerPixel, opacity: 0.5 } });
  };
  const errors = problems.filter((p) => p.severity === 'error').length;

  return (
    <div className="venue-editor" data-testid="venue-editor">
      <div className="editor-toolbar" role="toolbar" aria-label={t('editor.title')}>
        {venueTools.map((tl) => (
          <button key={tl} type="button" className={`button button-small tool-button${tool === tl ? ' active' : ''}`} aria-pressed={tool === tl} data-testid={`tool-${tl}`} onClick={() => chooseTool(tl)}>
            {t(`editor.tool.${tl}` as MessageKey)}
          </button>
        ))}
        {tool === 'ground' && (
          <select value={groundKind} aria-label={t('editor.field.kind')} data-testid="ground-kind" onChange={(e) => useVenueEditor.setState({ groundKind: e.target.value as typeof groundKind })}>
            {groundKinds.map((k) => <option key={k} value={k}>{t(`editor.ground.${k}` as MessageKey)}</option>)}
          </select>
        )}
      </div>
      <div className="editor-centre">
        <div className="editor-actions">
          <button type="button" className="button button-small" onClick={onClose} data-testid="editor-close">{t('editor.back')}</button>
          <button type="button" className="button button-small" disabled={!canUndo} onClick={undoVenue} data-testid="undo">{t('editor.venue.undo')}</button>
          <button type="button" className="button button-small" disabled={!canRedo} onClick={redoVenue} data-testid="redo">{t('editor.venue.redo')}</button>
          <button type="button" className={`button button-small${view === 'plan' ? ' active' : ''}`} onClick={() => useVenueEditor.setState({ view: 'plan' })} data-testid="view-plan">{t('editor.venue.plan')}</button>
          <button type="button" className={`button button-small${view === '3d' ? ' active' : ''}`} onClick={() => useVenueEditor.setState({ view: '3d' })} data-testid="view-3d">{t('editor.venue.preview3d')}</button>
          <label className="prop-check"><input type="checkbox" checked={showNav} data-testid="toggle-nav" onChange={(e) => useVenueEditor.setState({ showNav: e.target.checked })} />{t('editor.venue.nav')}</label>
          <label className="prop-check">
            {t('editor.venue.snap')}
            <select value={snap} onChange={(e) => useVenueEditor.setState({ snap: Number(e.target.value) })}>
              <option value={0}>{t('editor.venue.snapOff')}</option>
              <option value={0.5}>0,5 m</option>
              <option value={1}>1 m</option>
              <option value={5}>5 m</option>
            </select>
          </label>
          <label className="button button-small file-button">
            {t('editor.venue.background')}
            <input type="file" accept="image/*" data-testid="background-input" onChange={(e) => void onBackground(e)} />
          </label>
          <button type="button" className="button button-primary button-small" disabled={pending} onClick={() => void save()} data-testid="venue-save">{t('editor.save')}{dirty ? ' *' : ''}</button>
        </div>
        <p className="editor-hint" role="status">{t(hintKey(tool))}</p>
        {drawing.length > 0 && (polygonTools.has(tool) || lineTools.has(tool)) && (
          <div className="editor-drawing-actions">
            <button type="button" className="button button-small" onClick={finishDrawing} data-testid="finish-shape">{t('editor.venue.finish')}</button>
            <button type="button" className="button button-small" onClick={cancelDrawing}>{t('editor.venue.cancel')}</button>
          </div>
        )}
        {askScale && (
          <form className="editor-scale" onSubmit={(e) => { e.preventDefault(); applyScale(Number(metres.replace(',', '.'))); setAskScale(false); }}>
            <label>{t('editor.venue.scaleAsk')} <input type="text" inputMode="decimal" value={metres} data-testid="scale-metres" onChange={(e) => setMetres(e.target.value)} /></label>
            <button type="submit" className="button button-small" data-testid="scale-apply">{t('editor.venue.scaleApply')}</button>
            <button type="button" className="button button-small" onClick={() => { cancelDrawing(); setAskScale(false); }}>{t('editor.venue.cancel')}</button>
          </form>
        )}
        {view === 'plan' ? (
          <PlanCanvas navImage={navImage} onAskScale={() => setAskScale(true)} />
        ) : (
          <div className="editor-3d" data-testid="editor-3d">
            <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
              <VenuePreview3D venue={venue} problems={errors} />
            </Suspense>
          </div>
        )}
        {showNav && <p className="editor-legend">{t('editor.venue.navLegend')}</p>}
        {background && (
          <div className="editor-background">
            <label>{t('editor.venue.backgroundOpacity')} <input type="range" min={0.1} max={1} step={0.05} value={background.opacity} onChange={(e) => useVenueEditor.setState({ background: { ...background, opacity: Number(e.target.value) } })} /></label>
            <button type="button" className="button button-small" onClick={() => useVenueEditor.setState({ background: null })}>{t('editor.venue.backgroundRemove')}</button>
            <span className="editor-note">{t('editor.venue.backgroundNote')}</span>
          </div>
        )}
      </div>
      <aside className="editor-side">
        {status && <p className="editor-status" role="status" data-testid="editor-status">{status}</p>}
        <VenueProperties />
        <div className="prop-group" data-testid="venue-problems">
          <h3>{t('editor.problems', { count: problems.length })}</h3>
          {pending ? (
            <p className="editor-note" data-testid="checks-pending">{t('editor.checking')}</p>
          ) : problems.length === 0 ? (
            <p className="editor-ok">{t('editor.noProblems')}</p>
          ) : (
            <ul className="problem-list">
              {problems.slice(0, 30).map((p, k) => (
                <li key={k} className={`problem problem-${p.severity}`}>
                  <button type="button" className="link-button" onClick={() => p.target && select({ list: p.target.list, key: p.target.id })}>
                    {t(`editor.check.${p.key}` as MessageKey, p.params)}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      </aside>
    </div>
  );
}
