import { useEffect, useMemo, useState } from 'react';
import type { SessionDetail } from '../../../../shared/contract/sessions';
import type { MessageKey } from '../../../../shared/i18n/messages';
import { host } from '../../host/hostClient';
import { useT } from '../../i18n/useT';
import { describeError } from '../../state/actions';
import { useDebriefStore } from '../debriefStore';
import { keyNumbersByTurn, type EventRow, type KeyNumbers } from '../report/keyNumbers';
import { turnOfTick } from '../../../../shared/debrief/timeline';
import { compareSessions, type ComparedNumber } from './compareSessions';
import './branch.css';

/**
 * The side panel's "Bandingkan" tab of a what-if branch: the branch's and the original's key numbers
 * side by side at the turn the debrief shows and at the end of each. Both sessions' numbers are read
 * from the host's turn records and events (one turn's events per request, so no response is large).
 */

/** Event types the key numbers read. */
const NEEDED = new Set(['turn_scored', 'measure_judged', 'conduct_judged']);

/** The key numbers of a stored session, loaded turn by turn. */
export async function loadKeyNumbers(sessionId: string): Promise<KeyNumbers[]> {
  const detail: SessionDetail = await host.openSession(sessionId);
  const rows: EventRow[] = [];
  let from = 0;
  for (const record of detail.turns) {
    const events = await host.listEvents(sessionId, from, record.endTick);
    for (const row of events) if (row.turn === record.turn && NEEDED.has(row.type)) rows.push(row);
    from = record.endTick;
  }
  return keyNumbersByTurn(detail.turns, rows);
}

const labels: Record<ComparedNumber, MessageKey> = {
  level: 'report.numbers.level', legitimacy: 'report.numbers.legitimacy', injuredOfficers: 'report.numbers.injuredOfficers',
  injuredProtesters: 'report.numbers.injuredProtesters', injuredProtected: 'compare.injuredProtected', arrests: 'report.numbers.arrests',
  damage: 'report.numbers.damage', policeScore: 'report.numbers.policeScore', proper: 'compare.proper', questionable: 'compare.questionable', violation: 'compare.violation',
};

/** The comparison of the branch in the debrief with its original (nothing when the debrief shows no branch). */
export function CompareTab() {
  const t = useT();
  const sessionId = useDebriefStore((state) => state.sessionId);
  const branchOf = useDebriefStore((state) => state.branchOf);
  const turn = useDebriefStore((state) => turnOfTick(state.tick, state.turnEnds));
  const [loaded, setLoaded] = useState<{ original: KeyNumbers[]; branch: KeyNumbers[] } | { failed: string } | null>(null);

  useEffect(() => {
    if (!sessionId || !branchOf) return;
    let stale = false;
    setLoaded(null);
    Promise.all([loadKeyNumbers(branchOf.id), loadKeyNumbers(sessionId)]).then(
      ([original, branch]) => !stale && setLoaded({ original, branch }),
      (error: unknown) => !stale && setLoaded({ failed: describeError(error).detail }),
    );
    return () => {
      stale = true;
    };
  }, [sessionId, branchOf]);

  const comparison = useMemo(() => (loaded && 'original' in loaded ? compareSessions(loaded.original, loaded.branch, turn) : null), [loaded, turn]);
  if (!branchOf) return null;
  if (branchOf.name === null) return <p className="compare-tab" data-testid="compare-tab">{t('compare.originalMissing')}</p>;
  if (!loaded) return <p className="compare-tab" role="status" data-testid="compare-tab">{t('compare.loading')}</p>;
  if ('failed' in loaded) return <p className="compare-tab" role="alert" data-testid="compare-tab">{t('compare.failed', { message: loaded.failed })}</p>;
  if (!comparison) return null;

  const show = (id: ComparedNumber, value: number | string | null) =>
    value === null ? t('compare.notPlayed') : id === 'level' ? t(`level.${value as 'hijau'}`) : id === 'legitimacy' ? `${value}%` : String(value);
  return (
    <div className="compare-tab" data-testid="compare-tab" data-turn={comparison.turn}>
      <h3>{t('compare.title')}</h3>
      <p>{t('debrief.branchOf', { name: branchOf.name, turn: branchOf.turn })}</p>
      <table className="compare-table" data-testid="compare-table">
        <thead>
          <tr>
            <th rowSpan={2}>{t('compare.metric')}</th>
            <th colSpan={2}>{t('compare.atTurn', { turn: comparison.turn })}</th>
            <th colSpan={2}>{t('compare.atEnd')}</th>
          </tr>
          <tr>
            <th>{t('compare.original')}</th>
            <th>{t('compare.branch')}</th>
            <th>{t('compare.original')}</th>
            <th>{t('compare.branch')}</th>
          </tr>
        </thead>
        <tbody>
          {comparison.rows.map((row) => (
            <tr key={row.id} data-number={row.id}>
              <td>{t(labels[row.id])}</td>
              <td>{show(row.id, row.original.atTurn)}</td>
              <td className={row.branch.atTurn !== row.original.atTurn ? 'compare-differs' : undefined}>{show(row.id, row.branch.atTurn)}</td>
              <td>{show(row.id, row.original.atEnd)}</td>
              <td className={row.branch.atEnd !== row.original.atEnd ? 'compare-differs' : undefined}>{show(row.id, row.branch.atEnd)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="plan-hint">{t('compare.endTurns', { original: comparison.originalEndTurn, branch: comparison.branchEndTurn })}</p>
    </div>
  );
}
