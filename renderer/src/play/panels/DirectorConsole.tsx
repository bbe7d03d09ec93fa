import { useState } from 'react';
import { useLabel, useT } from '../../i18n/useT';
import { situationLevels, type SituationLevel } from '../engineFacade';
import { directorOf, finishDirector, openDirectorConsole, queueDirectorAction, withdrawDirectorAction } from '../directorFlow';
import { useGameStore, type DirectorAction } from '../gameStore';
import { usePlayEntryContext } from '../playEntryContext';
import { currentPlay } from '../playSession';
import { ConfirmDialog } from './ConfirmDialog';
import { DirectorInjects } from './DirectorInjects';
import { DirectorPlans } from './DirectorPlans';

/**
 * The Direktur Latihan's own screen between turns, reached through its own hand-off after the
 * players' summary and never shown to them: the situation level (override or back to automatic), the
 * scenario's injects in a stable list, the queue of what will be sent (each withdrawable) and both
 * sides' plans of the turn just played. Every decision is confirmed before it is queued; "Selesai"
 * sends the queue and hands the device to the players (directorFlow.ts).
 */

/** The director's hand-off: hides everything until the director confirms being at the device. */
export function DirectorHandoff() {
  const t = useT();
  const director = useGameStore((state) => directorOf(state.players));
  const turn = useGameStore((state) => state.turn);
  const name = director?.name ?? '';
  return (
    <section className="handoff panel" data-testid="director-handoff" aria-live="assertive">
      <p className="handoff-turn">{t('director.before', { turn: turn + 1 })}</p>
      <h2 data-testid="handoff-title">{t('director.handoff')}</h2>
      <p className="handoff-role">{t('director.handoffName', { name })}</p>
      <p>{t('director.handoffInstruction')}</p>
      <button type="button" className="button button-primary" data-testid="director-ready" onClick={openDirectorConsole} autoFocus>
        {t('director.ready', { name })}
      </button>
    </section>
  );
}

/** A decision waiting for its confirmation. */
type Asked = { message: string; action: DirectorAction };

/** The console itself. */
export function DirectorConsole() {
  const t = useT();
  const label = useLabel();
  const players = useGameStore((state) => state.players);
  const queue = useGameStore((state) => state.directorQueue);
  const sending = useGameStore((state) => state.directorSending);
  const notice = useGameStore((state) => state.notice);
  const turn = useGameStore((state) => state.turn);
  const hud = useGameStore((state) => state.hud);
  const ctx = usePlayEntryContext();
  const [reason, setReason] = useState('');
  const [asked, setAsked] = useState<Asked | null>(null);
  const director = directorOf(players);
  const game = currentPlay()?.mirror.game;
  if (!director || !ctx || !game) return null;
  const next = turn + 1;
  const eventLabel = (eventId: string) => {
    const event = game.setup.script?.events.find((e) => e.id === eventId);
    return event ? label(event.label) : eventId;
  };
  const askLevel = (level: SituationLevel | null) => setAsked({
    message: level ? t('director.confirmLevel', { level: t(`level.${level}`), turn: next }) : t('director.confirmAuto', { turn: next }),
    action: { kind: 'level', level, reason },
  });
  const queuedText = (action: DirectorAction) => action.kind === 'inject'
    ? t('director.queueInject', { event: eventLabel(action.eventId) })
    : action.level ? t('director.queueLevel', { level: t(`level.${action.level}`) }) : t('director.queueAuto');
  return (
    <section className="director-console panel" data-testid="director-console">
      <header className="director-header">
        <h2>{t('director.title', { name: director.name })}</h2>
        <p className="summary-detail">{t('director.before', { turn: next })} · {t('director.hint', { turn: next })}</p>
      </header>
      <div className="director-columns">
        <div className="director-column">
          <h3>{t('director.level')}</h3>
          {hud && (
            <p className={`level-${hud.level}`} data-testid="director-level-now">
              {t('director.levelNow', { level: t(`level.${hud.level}`), how: t(hud.levelOverridden ? 'director.levelHow.override' : 'director.levelHow.auto') })}
            </p>
          )}
          <label className="form-row">
            <span>{t('director.reason')}</span>
            <input value={reason} maxLength={200} onChange={(e) => setReason(e.target.value)} data-testid="instructor-reason" disabled={sending} />
          </label>
          <div className="button-row">
            {situationLevels.map((level) => (
              <button key={level} type="button" className={`button level-${level}`} disabled={sending} title={t(`levelMeaning.${level}`)}
                data-testid={`instructor-level-${level}`} onClick={() => askLevel(level)}>
                {t(`level.${level}`)}
              </button>
            ))}
            <button type="button" className="button" disabled={sending || !hud?.levelOverridden} data-testid="instructor-level-auto" onClick={() => askLevel(null)}>
              {t('director.auto')}
            </button>
          </div>
          <h3>{t('director.injects')}</h3>
          <DirectorInjects queue={queue} busy={sending}
            onInject={(eventId) => setAsked({ message: t('director.confirmInject', { event: eventLabel(eventId), turn: next }), action: { kind: 'inject', eventId } })} />
        </div>
        <div className="director-column">
          <h3>{t('director.queue')}</h3>
          {queue.length === 0 ? <p className="summary-detail">{t('director.queueEmpty')}</p> : (
            <ol className="director-queue" data-testid="director-queue">
              {queue.map((action, index) => (
                <li key={`${action.kind}-${index}`} data-kind={action.kind}>
                  <span>{queuedText(action)}{action.kind === 'level' && action.reason.trim() ? ` (${t('director.queueReason', { reason: action.reason.trim() })})` : ''}</span>
                  <button type="button" className="button button-small" disabled={sending} aria-label={t('director.withdrawLabel', { what: queuedText(action) })}
                    data-testid={`director-withdraw-${index}`} onClick={() => withdrawDirectorAction(index)}>
                    {t('director.withdraw')}
                  </button>
                </li>
              ))}
            </ol>
          )}
          <DirectorPlans players={players} ctx={ctx} />
        </div>
      </div>
      <footer className="director-footer">
        {notice && <p role="alert" className="notice notice-error" data-testid="director-notice">{t(notice.key, { ...notice.params, ...Object.fromEntries(Object.entries(notice.keyParams ?? {}).map(([k, key]) => [k, t(key)])) })}</p>}
        {sending && <p role="status">{t('director.sending')}</p>}
        <button type="button" className="button button-primary" disabled={sending} data-testid="director-finish" onClick={() => void finishDirector()}>
          {queue.length > 0 ? t('director.finishQueued', { count: queue.length }) : t('director.finish')}
        </button>
      </footer>
      {asked && (
        <ConfirmDialog testId="director-confirm" message={asked.message} confirmLabel={t('director.confirmYes')}
          onCancel={() => setAsked(null)}
          onConfirm={() => {
            queueDirectorAction(asked.action);
            setAsked(null);
          }} />
      )}
    </section>
  );
}
