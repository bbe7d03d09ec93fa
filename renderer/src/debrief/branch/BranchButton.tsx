import { useState } from 'react';
import './branch.css';
import { useT } from '../../i18n/useT';
import { pause } from '../debriefFlow';
import { useDebriefStore } from '../debriefStore';
import { branchAndPlay, turnEndAt } from './branchFlow';

/**
 * "Lanjutkan dari sini" in the debrief's header: enabled when the moment shown is a turn's end (its
 * title says why not otherwise); asks for confirmation with the new session's proposed name.
 */
export function BranchButton() {
  const t = useT();
  const tick = useDebriefStore((state) => state.tick);
  const turnEnds = useDebriefStore((state) => state.turnEnds);
  const name = useDebriefStore((state) => state.sessionName);
  const ready = useDebriefStore((state) => state.status === 'ready');
  const turn = turnEndAt(turnEnds, tick);
  const [asking, setAsking] = useState<{ turn: number; name: string } | null>(null);
  const [working, setWorking] = useState(false);
  const enabled = ready && turn >= 0;

  const confirm = async () => {
    if (!asking || !asking.name.trim()) return;
    setWorking(true);
    const done = await branchAndPlay(asking.turn, asking.name.trim());
    if (!done) setWorking(false);
  };

  return (
    <>
      <button
        type="button" className="button button-small" disabled={!enabled} data-testid="debrief-branch" data-turn={turn}
        title={enabled ? t('debrief.branchHint', { turn }) : t('debrief.branchOnlyAtTurnEnd')}
        onClick={() => {
          pause();
          setAsking({ turn, name: t('debrief.branchName', { name, turn }) });
        }}
      >
        {t('debrief.branch')}
      </button>
      {asking && (
        <div className="branch-dialog-backdrop">
          <form
            className="panel branch-dialog" role="dialog" aria-modal="true" aria-labelledby="branch-dialog-title" data-testid="branch-dialog"
            onSubmit={(event) => {
              event.preventDefault();
              void confirm();
            }}
          >
            <h2 id="branch-dialog-title">{t('branch.confirmTitle', { turn: asking.turn })}</h2>
            <p>{t('branch.confirmText', { turn: asking.turn })}</p>
            <label className="branch-name">
              {t('branch.nameLabel')}
              <input value={asking.name} maxLength={200} onChange={(event) => setAsking({ ...asking, name: event.target.value })} data-testid="branch-name" autoFocus />
            </label>
            <div className="button-row">
              <button type="submit" className="button button-primary" disabled={working || !asking.name.trim()} data-testid="branch-confirm">
                {working ? t('branch.working') : t('branch.confirm')}
              </button>
              <button type="button" className="button" onClick={() => setAsking(null)} disabled={working} data-testid="branch-cancel">{t('branch.cancel')}</button>
            </div>
          </form>
        </div>
      )}
    </>
  );
}
