import { useState } from 'react';
import { useLabel, useT } from '../../i18n/useT';
import { useGameStore } from '../gameStore';
import { currentPlay } from '../playSession';
import { rejectReasons, situationLevels } from '../engineFacade';
import { sendInstructorCommand } from '../gameFlow';

/**
 * The Direktur Latihan's controls between turns, shown only in sessions with an instructor: override
 * the situation level (or hand it back to the assessment) and inject one of the scenario's events.
 * Both are commands in the session log, so the debrief shows who changed what and when.
 */
export function InstructorPanel() {
  const t = useT();
  const label = useLabel();
  const instructor = useGameStore((state) => state.players.find((player) => player.role === 'instructor'));
  const hud = useGameStore((state) => state.hud);
  const [reason, setReason] = useState('');
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const game = currentPlay()?.mirror.game;
  if (!instructor || !game || game.state.phase !== 'planning') return null;
  const fired = game.state.script?.fired ?? {};
  const pending = new Set((game.state.script?.pending ?? []).map((entry) => entry.eventId));
  const events = (game.setup.script?.events ?? []).filter((event) => event.repeatable || !Object.prototype.hasOwnProperty.call(fired, event.id));

  const run = async (command: Parameters<typeof sendInstructorCommand>[0], done: string) => {
    setBusy(true);
    const result = await sendInstructorCommand(command);
    setBusy(false);
    if (result.ok) return setNotice({ ok: true, text: done });
    const known = rejectReasons.find((reason) => reason === result.reason);
    setNotice({ ok: false, text: t('instructor.refused', { message: known ? t(`reject.${known}`) : result.message }) });
  };

  return (
    <details className="instructor-panel" data-testid="instructor-panel">
      <summary>{t('instructor.title', { name: instructor.name })}</summary>
      <p className="summary-detail">{t('instructor.hint')}</p>
      <h4>{t('instructor.level')}</h4>
      <label className="form-row">
        <span>{t('instructor.reason')}</span>
        <input value={reason} maxLength={200} onChange={(e) => setReason(e.target.value)} data-testid="instructor-reason" />
      </label>
      <div className="button-row">
        {situationLevels.map((level) => (
          <button key={level} type="button" className={`button level-${level}${hud?.level === level && hud.levelOverridden ? ' button-active' : ''}`} disabled={busy}
            title={t(`levelMeaning.${level}`)} data-testid={`instructor-level-${level}`}
            onClick={() => void run({ type: 'setSituationLevel', playerId: instructor.id, level, ...(reason.trim() ? { reason: reason.trim() } : {}) }, t('instructor.levelSet', { level: t(`level.${level}`) }))}>
            {t(`level.${level}`)}
          </button>
        ))}
        <button type="button" className="button" disabled={busy || !hud?.levelOverridden} data-testid="instructor-level-auto"
          onClick={() => void run({ type: 'setSituationLevel', playerId: instructor.id, level: null }, t('instructor.levelAuto'))}>
          {t('instructor.auto')}
        </button>
      </div>
      <h4>{t('instructor.events')}</h4>
      {events.length === 0 ? <p>{t('instructor.noEvents')}</p> : (
        <ul className="summary-lines">
          {events.map((event) => (
            <li key={event.id}>
              <span>{label(event.label)}</span>
              <button type="button" className="button" disabled={busy || pending.has(event.id)} data-testid={`instructor-inject-${event.id}`}
                onClick={() => void run({ type: 'injectEvent', playerId: instructor.id, eventId: event.id }, t('instructor.injected', { event: label(event.label) }))}>
                {pending.has(event.id) ? t('instructor.pending') : t('instructor.inject')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {notice && <p role="status" className={notice.ok ? 'notice' : 'notice notice-error'}>{notice.text}</p>}
    </details>
  );
}
