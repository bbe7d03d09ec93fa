import { turnOfTick } from '../../../../shared/debrief/timeline';
import { useMemo, useState, type FormEvent } from 'react';
import { sessionLimits } from '../../../../shared/contract/limits';
import { scenarioClock } from '../../../../shared/debrief/timeline';
import { useT } from '../../i18n/useT';
import { addAnnotation, deleteAnnotation, seekTo, updateAnnotation } from '../debriefFlow';
import { useDebriefStore, type DebriefAnnotation } from '../debriefStore';
import { markerColour } from '../markerColours';
import { rememberAuthor, rememberedAuthor } from './noteAuthor';

type Kind = DebriefAnnotation['kind'];

/**
 * Notes and bookmarks pinned to moments: a form that adds one at the moment shown (the author is
 * remembered on this computer), and the list in time order; each can be shown (the replay jumps
 * there), edited (text, kind, moved to the moment shown) and deleted after a confirmation.
 */
export function NotesTab() {
  const t = useT();
  const annotations = useDebriefStore((state) => state.annotations);
  const tick = useDebriefStore((state) => state.tick);
  const tickSeconds = useDebriefStore((state) => state.tickSeconds);
  const turnEnds = useDebriefStore((state) => state.turnEnds);
  const [kind, setKind] = useState<Kind>('note');
  const [author, setAuthor] = useState(rememberedAuthor);
  const [text, setText] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const sorted = useMemo(() => [...annotations].sort((a, b) => a.tick - b.tick || a.id - b.id), [annotations]);
  const clock = scenarioClock(tick, tickSeconds);
  const turn = turnOfTick(tick, turnEnds);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!text.trim() || busy) return;
    setBusy(true);
    rememberAuthor(author.trim());
    const ok = await addAnnotation(kind, text.trim(), author.trim(), tick);
    setBusy(false);
    if (ok) {
      setText('');
      setTried(false);
    }
  };

  return (
    <div className="side-notes side-scroll" data-testid="side-notes">
      <form className="note-form" noValidate onSubmit={onSubmit} aria-labelledby="note-form-title" data-testid="note-form">
        <h3 id="note-form-title" className="side-subtitle">{t('debriefSide.notes.new')}</h3>
        <KindChoice value={kind} onChange={setKind} name="note-kind-new" />
        <label className="side-field">
          {t('debriefSide.notes.author')}
          <input value={author} maxLength={sessionLimits.noteAuthorMax} onChange={(e) => setAuthor(e.target.value)} autoComplete="name" data-testid="note-author" />
        </label>
        <label className="side-field">
          {t('debriefSide.notes.text')}
          <textarea
            value={text}
            rows={3}
            maxLength={sessionLimits.noteTextMax}
            required
            aria-invalid={tried && !text.trim()}
            aria-describedby="note-text-help"
            onChange={(e) => setText(e.target.value)}
            data-testid="note-text"
          />
        </label>
        <p id="note-text-help" className="side-hint" role={tried && !text.trim() ? 'alert' : undefined}>
          {tried && !text.trim() ? t('debriefSide.notes.textRequired') : t('debriefSide.notes.length', { n: text.length, max: sessionLimits.noteTextMax })}
        </p>
        <div className="note-actions">
          <span className="side-hint">{t('debriefSide.notes.at', { clock, turn })}</span>
          <button type="submit" className="button button-small button-primary" disabled={busy} data-testid="note-add">{t('debriefSide.notes.add')}</button>
        </div>
      </form>
      <section aria-labelledby="notes-list-title">
        <h3 id="notes-list-title" className="side-subtitle">{t('debriefSide.notes.list')}</h3>
        {sorted.length === 0 && <p className="side-empty">{t('debriefSide.notes.empty')}</p>}
        <ul className="note-list" data-testid="note-list">
          {sorted.map((note) => <NoteItem key={note.id} note={note} />)}
        </ul>
      </section>
    </div>
  );
}

/** The note / bookmark choice, as two radio buttons. */
function KindChoice({ value, onChange, name }: { value: Kind; onChange: (kind: Kind) => void; name: string }) {
  const t = useT();
  return (
    <fieldset className="note-kind">
      <legend>{t('debriefSide.notes.kind')}</legend>
      {(['note', 'bookmark'] as const).map((kind) => (
        <label key={kind}>
          <input type="radio" name={name} value={kind} checked={value === kind} onChange={() => onChange(kind)} data-testid={`${name}-${kind}`} />
          <span className="legend-swatch" style={{ background: markerColour(kind) }} aria-hidden="true" />
          {t(`debrief.marker.${kind}`)}
        </label>
      ))}
    </fieldset>
  );
}

/** One note or bookmark: shown, edited or waiting for the delete confirmation. */
function NoteItem({ note }: { note: DebriefAnnotation }) {
  const t = useT();
  const tick = useDebriefStore((state) => state.tick);
  const tickSeconds = useDebriefStore((state) => state.tickSeconds);
  const [mode, setMode] = useState<'view' | 'edit' | 'confirm'>('view');
  const [text, setText] = useState(note.text);
  const [kind, setKind] = useState<Kind>(note.kind);
  const [busy, setBusy] = useState(false);
  const clock = scenarioClock(note.tick, tickSeconds);
  const kindLabel = t(`debrief.marker.${note.kind}`);

  const run = async (action: () => Promise<boolean>, after: 'view' | null = 'view') => {
    setBusy(true);
    const ok = await action();
    setBusy(false);
    if (ok && after) setMode(after);
  };
  const startEdit = () => {
    setText(note.text);
    setKind(note.kind);
    setMode('edit');
  };

  return (
    <li className={`note-item note-${note.kind}`} data-testid="note-item" data-tick={note.tick} data-kind={note.kind}>
      <div className="note-head">
        <button type="button" className="side-link log-time" onClick={() => seekTo(note.tick)} aria-label={t('debriefSide.notes.seek', { clock })} data-testid="note-seek">
          {clock}
        </button>
        <span className="legend-swatch" style={{ background: markerColour(note.kind) }} aria-hidden="true" />
        <span className="note-kind-label">{kindLabel}</span>
        <span className="note-author">{note.author || t('debriefSide.notes.noAuthor')}</span>
      </div>
      {mode === 'edit' ? (
        <form
          className="note-edit"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (text.trim()) void run(() => updateAnnotation(note.id, { text: text.trim(), kind }));
          }}
        >
          <KindChoice value={kind} onChange={setKind} name={`note-kind-${note.id}`} />
          <label className="side-field">
            {t('debriefSide.notes.text')}
            <textarea value={text} rows={3} maxLength={sessionLimits.noteTextMax} required onChange={(e) => setText(e.target.value)} data-testid="note-edit-text" />
          </label>
          <div className="note-actions">
            <button type="submit" className="button button-small button-primary" disabled={busy || !text.trim()} data-testid="note-save">{t('debriefSide.notes.save')}</button>
            <button type="button" className="button button-small" onClick={() => setMode('view')}>{t('debriefSide.notes.cancel')}</button>
          </div>
        </form>
      ) : (
        <p className="note-text">{note.text}</p>
      )}
      {mode === 'view' && (
        <div className="note-actions">
          <button type="button" className="button button-small" onClick={startEdit} data-testid="note-edit">{t('debriefSide.notes.edit')}</button>
          <button type="button" className="button button-small" disabled={busy || note.tick === tick} onClick={() => void run(() => updateAnnotation(note.id, { tick }), null)} data-testid="note-move">
            {t('debriefSide.notes.moveHere', { clock: scenarioClock(tick, tickSeconds) })}
          </button>
          <button type="button" className="button button-small button-danger" onClick={() => setMode('confirm')} data-testid="note-delete">{t('debriefSide.notes.delete')}</button>
        </div>
      )}
      {mode === 'confirm' && (
        <div className="note-actions" role="alertdialog" aria-label={t('debriefSide.notes.confirmDelete', { kind: kindLabel.toLowerCase() })}>
          <span className="side-hint">{t('debriefSide.notes.confirmDelete', { kind: kindLabel.toLowerCase() })}</span>
          <button type="button" className="button button-small button-danger" disabled={busy} onClick={() => void run(() => deleteAnnotation(note.id), null)} data-testid="note-confirm-delete" autoFocus>
            {t('debriefSide.notes.confirm')}
          </button>
          <button type="button" className="button button-small" onClick={() => setMode('view')}>{t('debriefSide.notes.cancel')}</button>
        </div>
      )}
    </li>
  );
}
