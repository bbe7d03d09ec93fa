import { useT } from '../../i18n/useT';
import { crowdLegendLines } from '../crowdLegend';
import type { OrderTool, PlanUnit } from '../orderTools';

/** The crowd player's legend in the planning panel, in place of the police gesture legend and keys. */
export function CrowdLegend({ unit, tool }: { unit: PlanUnit | null; tool: OrderTool | undefined }) {
  const t = useT();
  return (
    <section className="gesture-legend" aria-label={t('crowdLegend.title')} data-testid="crowd-legend">
      <h3>{t('crowdLegend.title')}</h3>
      <ul>
        {crowdLegendLines(t, unit, tool).map((line) => <li key={line}>{line}</li>)}
      </ul>
    </section>
  );
}
