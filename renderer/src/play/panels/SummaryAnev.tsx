import type { LogEntry } from '../../../../shared/debrief/timeline';
import { describeEntry, describeJudgement, entryTime, groupName, unitName, type EntryContext } from '../../debrief/side/describeEntry';
import type { FailureLine, TurnSummary } from '../turnSummary';

/**
 * The Anev part of the turn summary: the judgements to discuss (violations, then questionable ones),
 * the proper ones, the routine presence measures as one line, and the orders that did not come off.
 * Every verdict shows its rule, citation and the facts it rests on, worded by the debrief's describeEntry.
 */
export function SummaryAnev({ summary, ctx }: { summary: TurnSummary; ctx: EntryContext }) {
  const { t } = ctx;
  const none = summary.concerns.length + summary.proper.length + summary.routine.count === 0;
  return (
    <section className="summary-anev" aria-label={t('summary.judgements')}>
      <h3>{t('summary.judgements')}</h3>
      {none ? <p>{t('summary.noJudgements')}</p> : (
        <>
          <h4>{t('summary.concerns')}</h4>
          {summary.concerns.length === 0 ? <p className="summary-detail" data-testid="summary-no-concerns">{t('summary.noConcerns')}</p> : (
            <ul className="summary-judgements" data-testid="summary-concerns">
              {summary.concerns.map((entry) => <Judgement key={entry.index} entry={entry} ctx={ctx} open />)}
            </ul>
          )}
          {summary.proper.length + summary.routine.count > 0 && <h4>{t('summary.proper')}</h4>}
          <ul className="summary-judgements" data-testid="summary-judgements">
            {summary.proper.map((entry) => <Judgement key={entry.index} entry={entry} ctx={ctx} open={false} />)}
            {summary.routine.count > 0 && (
              <li className="judgement verdict-proper judgement-routine" data-testid="summary-routine" data-count={summary.routine.count}>
                <span className="verdict-chip">{t('verdict.proper')}</span>
                {t('summary.routine', {
                  count: summary.routine.count,
                  orders: summary.routine.orders.map((line) => `${t(`order.${line.order}`)} ×${line.count}`).join(', '),
                })}
                <span className="judgement-rule">{t('rule.presence')}{summary.routine.citation ? ` — ${summary.routine.citation}` : ''}</span>
              </li>
            )}
          </ul>
        </>
      )}
      {summary.failures.length > 0 && (
        <>
          <h4>{t('summary.failures')}</h4>
          <ul className="summary-lines summary-failures" data-testid="summary-failures">
            {summary.failures.map((line, index) => (
              <li key={`${line.tick}-${index}`} data-kind={line.kind}>
                <span>{failureText(line, ctx)}</span>
                <span className="summary-count">{ctx.t('summary.at', { time: entryTime({ fromTick: line.tick, toTick: line.tick }, ctx) })}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** One judgement: verdict, who did what (stage, level, when, whose order), rule and citation, the facts. */
function Judgement({ entry, ctx, open }: { entry: LogEntry; ctx: EntryContext; open: boolean }) {
  const { t } = ctx;
  const words = describeEntry(entry, ctx);
  const judged = describeJudgement(entry, ctx);
  if (!judged) return null;
  const rejudged = entry.event.type === 'measure_judged' && entry.event.standing === true;
  const what = [words.order, judged.stage && t('summary.stageOf', { stage: judged.stage }), judged.level, rejudged && t('summary.rejudged')].filter(Boolean).join(' · ');
  return (
    <li className={`judgement verdict-${entry.verdict}`} data-verdict={entry.verdict} data-order={entry.event.type === 'measure_judged' ? entry.event.order : entry.type}>
      <span className="verdict-chip">{judged.verdict}</span>
      <span className="judgement-what">
        <strong>{words.who}</strong>{what ? `: ${what}` : ''} · {words.time}{words.player ? ` · ${t('summary.orderedBy', { player: words.player })}` : ''}
      </span>
      <span className="judgement-rule">{judged.rule} — {judged.citation}</span>
      {judged.issues.length > 0 && <span className="judgement-rule">{t('summary.issues', { rules: judged.issues.join(', ') })}</span>}
      {words.detail && entry.type === 'conduct_judged' && <span className="judgement-rule">{words.detail}</span>}
      {judged.facts.length > 0 && (
        <details className="judgement-facts" open={open}>
          <summary>{t('summary.facts')}</summary>
          <dl>
            {judged.facts.map((fact) => (
              <div key={fact.fact} data-fact={fact.fact}>
                <dt>{fact.label}</dt>
                <dd>{fact.value}</dd>
              </div>
            ))}
          </dl>
        </details>
      )}
    </li>
  );
}

/** One failed order in words: whose order, what, and why it did not come off. */
export function failureText(line: FailureLine, ctx: EntryContext): string {
  const { t } = ctx;
  const unit = unitName(ctx, line.unitId) ?? '';
  const byPlayer = line.playerId && ctx.players.get(line.playerId) ? ` (${t('summary.orderedBy', { player: ctx.players.get(line.playerId)! })})` : '';
  switch (line.kind) {
    case 'negotiation_failed':
      return t('summary.failure.negotiation_failed', { unit, group: groupName(ctx, line.groupId) ?? '' }) + byPlayer;
    case 'order_blocked':
      return t('summary.failure.order_blocked', {
        unit, order: line.order ? t(`order.${line.order}`) : t('event.order_blocked'), reason: line.reason ? t(`debriefSide.blocked.${line.reason}`) : '',
      }) + byPlayer;
    case 'no_arrest':
      return t('summary.failure.no_arrest', { unit }) + byPlayer;
    case 'no_evacuation':
      return t('summary.failure.no_evacuation', { unit }) + byPlayer;
  }
}
