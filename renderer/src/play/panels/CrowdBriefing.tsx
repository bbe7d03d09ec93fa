import { crowdScoreOf } from '../../../../shared/debrief/crowdScore';
import { textIn, useLanguage, useT } from '../../i18n/useT';
import { presetById } from '../../new-session/presets';
import { crowdGroupsOf, objectiveText, standingText } from '../crowdBriefing';
import { useGameStore } from '../gameStore';
import { currentPlay } from '../playSession';

/**
 * The crowd player's own briefing on its hand-off (never the police briefing): its role, its objectives
 * with their points and progress, how the crowd score is earned, the score now and at the last turn
 * end, its groups (later arrivals with when they come), and the situation.
 */
export function CrowdBriefing({ playerId }: { playerId: string }) {
  const t = useT();
  const language = useLanguage();
  const scenarioId = useGameStore((s) => s.scenarioId);
  useGameStore((s) => s.turn);
  const game = currentPlay()?.mirror.game;
  if (!game) return null;
  const scenario = presetById(scenarioId)?.scenario;
  const score = crowdScoreOf(game);
  const groups = crowdGroupsOf(game, playerId, t);
  return (
    <section className="crowd-briefing" data-testid="crowd-briefing" aria-label={t('crowdBrief.title')}>
      <h3>{t('crowdBrief.title')}</h3>
      <p className="summary-detail">{t('crowdBrief.secret')}</p>
      {scenario?.roles.crowd && <p>{t('crowdBrief.role', { role: textIn(language, scenario.roles.crowd) })}</p>}
      <h4>{t('crowdBrief.objectives')}</h4>
      <ul className="crowd-objectives" data-testid="crowd-objectives">
        {score.objectives.map((o) => (
          <li key={o.index} className={o.met ? 'objective-met' : undefined}>
            <span>{objectiveText(o.objective, game, t)}{o.endsGame ? ` (${t('crowdObj.endsGame')})` : ''}</span>
            <span className="summary-detail">{standingText(o, t)}</span>
          </li>
        ))}
      </ul>
      <p className="summary-detail">{t('crowdBrief.howScored')} {t(score.winsWhen === 'all' ? 'crowdBrief.winsAll' : 'crowdBrief.winsAny')}</p>
      <p data-testid="crowd-score"><strong>{t('crowdBrief.score', { total: score.total })}</strong>
        {score.lastTurnTotal !== null && <> · {t('crowdBrief.lastTurn', { total: score.lastTurnTotal })}</>}</p>
      <h4>{t('crowdBrief.groups')}</h4>
      <ul data-testid="crowd-briefing-groups">
        {groups.map((g) => (
          <li key={g.id}>{g.arrives ? t('crowdBrief.arrives', { name: g.name, people: g.people, when: g.arrives }) : t('crowdBrief.people', { name: g.name, people: g.people })}</li>
        ))}
      </ul>
      {scenario && (
        <>
          <h4>{t('crowdBrief.situation')}</h4>
          <p>{textIn(language, scenario.situation)}</p>
        </>
      )}
    </section>
  );
}
