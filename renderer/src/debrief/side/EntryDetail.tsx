import type { LogEntry } from '../../../../shared/debrief/timeline';
import { describeEntry, describeJudgement, type EntryContext } from './describeEntry';

/**
 * The selected log entry in full: time, place, who, order and player; for a judgement its verdict,
 * force stage, situation level, rule, citation, other findings and every fact the verdict rests on.
 */
export function EntryDetail({ entry, ctx }: { entry: LogEntry; ctx: EntryContext }) {
  const { t } = ctx;
  const words = describeEntry(entry, ctx);
  const judgement = describeJudgement(entry, ctx);
  const rows: [string, string | null][] = [
    [t('debriefSide.time'), words.count ? `${words.time} (${words.count})` : words.time],
    [t('debriefSide.place'), words.place],
    [t('debriefSide.who'), words.who],
    [t('debriefSide.order'), words.order],
    [t('debriefSide.player'), words.player],
    [t('debriefSide.amount'), judgement ? null : words.detail],
  ];
  if (judgement) {
    rows.push(
      [t('debriefSide.verdict'), judgement.verdict],
      [t('debriefSide.stage'), judgement.stage],
      [t('debriefSide.level'), judgement.level],
      [t('debriefSide.rule'), judgement.rule],
      [t('debriefSide.citation'), judgement.citation],
      [t('debriefSide.issues'), judgement.issues.length ? judgement.issues.join('; ') : null],
    );
    if (entry.event.type === 'conduct_judged') rows.push([t('debriefSide.amount'), words.detail]);
  }
  return (
    <div data-testid="entry-detail" data-verdict={entry.verdict ?? undefined}>
      <h3 className="side-subtitle">{words.title}</h3>
      <dl className="side-facts">
        {rows.filter((row): row is [string, string] => Boolean(row[1])).map(([label, value]) => (
          <div key={label} className="side-fact">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {judgement && judgement.facts.length > 0 && (
        <>
          <h4 className="side-subtitle">{t('debriefSide.facts')}</h4>
          <dl className="side-facts" data-testid="judgement-facts">
            {judgement.facts.map((fact) => (
              <div key={fact.fact} className="side-fact" data-fact={fact.fact}>
                <dt>{fact.label}</dt>
                <dd>{fact.value}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </div>
  );
}
