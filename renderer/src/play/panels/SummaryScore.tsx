import type { Translate } from '../../i18n/useT';
import type { TurnScore } from '../engineFacade';
import type { TurnSummary } from '../turnSummary';

/**
 * The score part of the turn summary, with the figures of the turn and of the whole session apart:
 * the session's score at the end of the turn (each police part against its maximum, and every change
 * since the turn before), then this turn's judgements and incidents, then the session's running facts.
 */

/** The police score's parts and their maxima (doctrine/score.ts: 30 + 15 + 20 + 10 + 25 = 100). */
export const SCORE_PARTS = [
  { part: 'protection', max: 30 }, { part: 'property', max: 15 }, { part: 'injuries', max: 20 }, { part: 'arrests', max: 10 }, { part: 'compliance', max: 25 },
] as const;

/** A change as "+3", "−2" or "±0". */
export function signed(delta: number): string {
  const rounded = Math.round(delta);
  return rounded > 0 ? `+${rounded}` : rounded < 0 ? `−${-rounded}` : '±0';
}

/** The score section of the summary (nothing when the engine sent no score). */
export function SummaryScore({ summary, t }: { summary: TurnSummary; t: Translate }) {
  const score = summary.score;
  if (!score) return null;
  const before = summary.previousScore;
  // The first turn has nothing to compare with: it says so once, not on every line.
  const change = (now: number, was: number | undefined) => {
    if (was === undefined) return null;
    const d = signed(now - was);
    return <span className={`score-delta${d.startsWith('−') ? ' score-down' : ''}`} title={t('summary.delta', { delta: d })}>{d}</span>;
  };
  const round = Math.round;
  const incidents = summary.lines.length;
  return (
    <section className="summary-score" data-testid="summary-score">
      <h3>{t('summary.score', { turn: summary.turn + 1 })}</h3>
      <p className="score-totals">
        <strong>{t('summary.scorePolice', { total: round(score.police.total) })}</strong> {change(score.police.total, before?.police.total)}
        {' · '}{t('summary.scoreCrowd', { total: round(score.crowd.total) })} {change(score.crowd.total, before?.crowd.total)}
        {!before && <span className="summary-detail"> ({t('summary.noDelta')})</span>}
      </p>
      <table className="score-parts" data-testid="summary-score-parts">
        <tbody>
          {SCORE_PARTS.map(({ part, max }) => (
            <tr key={part} data-part={part}>
              <th scope="row">{t(`summary.part.${part}`)}</th>
              <td>{t('summary.partValue', { value: round(score.police[part]), max })}</td>
              <td>{change(score.police[part], before?.police[part])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="summary-detail" data-testid="summary-this-turn">
        <strong>{t('summary.thisTurn')}:</strong> {t('summary.thisTurnFacts', { ...score.thisTurn, incidents })}
      </p>
      <SessionFacts score={score} t={t} />
    </section>
  );
}

function SessionFacts({ score, t }: { score: TurnScore; t: Translate }) {
  const f = score.facts;
  return (
    <p className="summary-detail" data-testid="summary-session">
      <strong>{t('summary.session')}:</strong>{' '}
      {t('summary.sessionInjuries', { officers: f.injuredOfficers, protesters: f.injuredProtesters, protected: f.injuredProtected, damage: Math.round(f.propertyDamage) })}
      {' · '}{t('summary.sessionArrests', { provocateurs: f.provocateurArrests, peaceful: f.peacefulArrests })}
      {' · '}{t('summary.sessionVerdicts', { proper: f.proper, questionable: f.questionable, violation: f.violation, conduct: f.conduct })}
    </p>
  );
}
