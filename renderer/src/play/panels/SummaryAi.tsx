import { describeIntent } from '../../../../shared/ai/describe';
import { intentFromRecord } from '../../../../shared/ai/intent';
import type { AiIntentRecord } from '../../../../shared/engine/orders';
import { useLanguage, useT } from '../../i18n/useT';
import { aiIntentsOf } from '../aiTurn';
import { currentPlay } from '../playSession';

/**
 * The AI crowd's intent in the turn summary: the plan it follows and its level, then per group what
 * it was told and why (plan step, trigger, the weakness it went for), as the engine recorded it
 * (`ai_intent`, so a resumed session shows it too), else as this sitting computed it. Nothing when
 * the AI did not play the turn.
 */
export function SummaryAi({ turn, recorded = [] }: { turn: number; recorded?: readonly AiIntentRecord[] }) {
  const t = useT();
  const language = useLanguage();
  const game = currentPlay()?.mirror.game;
  const fromRecord = recorded.filter((r) => r.side === 'crowd').map(intentFromRecord).find((i) => i !== null);
  const intent = fromRecord ?? aiIntentsOf(turn).find((i) => i.side === 'crowd');
  if (!game || !intent) return null;
  const names = new Map(game.state.groups.map((g) => [g.id, g.name]));
  const words = describeIntent(intent, game.setup, names, language);
  return (
    <section className="summary-ai" data-testid="summary-ai">
      <h3>{t('ai.summary.title')}</h3>
      <p className="summary-detail" data-testid="summary-ai-plan">{words.heading}</p>
      <ul className="summary-incidents">
        {words.lines.map((line, k) => <li key={k} data-testid="summary-ai-line">{line}</li>)}
      </ul>
    </section>
  );
}
