import { useMemo } from 'react';
import { useT } from '../../i18n/useT';
import { currentDebrief } from '../debriefSession';
import { useDebriefStore } from '../debriefStore';
import { knownShare } from './chartData';
import { debriefCharts } from './chartSpecs';
import { MetricChart } from './MetricChart';

/** Canvas height of each chart (the titles and legends add about 30 px). */
const CHART_HEIGHT = 108;

/**
 * The charts under the timeline: how the situation developed over the whole session, with a line at
 * the moment shown; a click on a chart shows that moment. While the worker is still simulating ticks
 * in the background the unknown stretches are gaps and the header says how far it has got.
 */
export function DebriefCharts() {
  const t = useT();
  const metricsVersion = useDebriefStore((state) => state.metricsVersion);
  const done = useDebriefStore((state) => state.metricsDone);
  const percent = useMemo(() => Math.floor(knownShare(currentDebrief()?.metrics[0]) * 100), [metricsVersion]);

  return (
    <section className="debrief-charts" data-testid="debrief-charts" data-metrics-version={metricsVersion}>
      {!done && (
        <p className="debrief-charts-loading" role="status">
          {t('debrief.chartsLoading', { percent })}
        </p>
      )}
      {debriefCharts.map((spec) => (
        <figure key={spec.id} className="metric-chart" data-testid={`chart-${spec.id}`} aria-label={t('debrief.chart.label', { title: t(spec.title) })}>
          <figcaption>
            <strong>{t(spec.title)}</strong>
            {spec.lines.map((line) => (
              <span key={line.metric} className="metric-chart-key">
                <span className="metric-chart-swatch" style={{ background: line.colour }} />
                {t(`debrief.metric.${line.metric}`)}
              </span>
            ))}
          </figcaption>
          <MetricChart spec={spec} height={CHART_HEIGHT} t={t} />
        </figure>
      ))}
    </section>
  );
}
