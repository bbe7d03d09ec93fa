import { metricIds, type MetricId } from '../../../../shared/debrief/metrics';
import type { MessageKey } from '../../../../shared/i18n/messages';

/**
 * Which metrics each debrief chart draws, on which scale and in which colour. Three small charts side
 * by side: the situation (level, legitimacy, active share), injuries and arrests, damage and the score
 * per side. Plain data; MetricChart turns a spec into uPlot options.
 */

/** A y scale of a chart: its key, the side its axis sits on, a fixed range if any, how ticks read. */
export interface ChartScale {
  key: string;
  side: 'left' | 'right';
  range?: [number, number];
  /** 'share' shows 0..1 as percent; 'level' shows 0/1/2 as hijau/kuning/merah; 'count' plain numbers. */
  format: 'share' | 'level' | 'count';
}

/** One line of a chart. */
export interface ChartLine {
  metric: MetricId;
  /** Index of the metric in the worker's arrays (`metricIds`). */
  index: number;
  scale: string;
  colour: string;
  /** Drawn as steps (the level changes in jumps). */
  stepped?: boolean;
}

/** One chart. */
export interface ChartSpec {
  id: 'situation' | 'casualties' | 'damageScore';
  title: MessageKey;
  scales: ChartScale[];
  lines: ChartLine[];
}

const line = (metric: MetricId, scale: string, colour: string, stepped = false): ChartLine => ({ metric, index: metricIds.indexOf(metric), scale, colour, stepped });

/** The three debrief charts. */
export const debriefCharts: readonly ChartSpec[] = [
  {
    id: 'situation',
    title: 'debrief.chart.situation',
    scales: [
      { key: 'share', side: 'left', range: [0, 1], format: 'share' },
      { key: 'level', side: 'right', range: [-0.15, 2.15], format: 'level' },
    ],
    lines: [line('level', 'level', '#f2b541', true), line('legitimacy', 'share', '#7fc8ff'), line('activeShare', 'share', '#ff8a5c')],
  },
  {
    id: 'casualties',
    title: 'debrief.chart.casualties',
    scales: [{ key: 'people', side: 'left', format: 'count' }],
    lines: [
      line('injuredOfficers', 'people', '#4da3ff'), line('injuredProtesters', 'people', '#ff6a4d'),
      line('injuredProtected', 'people', '#d58cff'), line('arrests', 'people', '#c8d26a'),
    ],
  },
  {
    id: 'damageScore',
    title: 'debrief.chart.damageScore',
    scales: [
      { key: 'damage', side: 'left', format: 'count' },
      { key: 'score', side: 'right', format: 'count' },
    ],
    lines: [line('damage', 'damage', '#c9a36a'), line('policeScore', 'score', '#4da3ff'), line('crowdScore', 'score', '#ff6a4d')],
  },
];
