import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { scenarioClock } from '../../../../shared/debrief/timeline';
import type { Translate } from '../../i18n/useT';
import { seekTo } from '../debriefFlow';
import { currentDebrief } from '../debriefSession';
import { useDebriefStore } from '../debriefStore';
import { chartColumns } from './chartData';
import type { ChartScale, ChartSpec } from './chartSpecs';

/** Props of {@link MetricChart}. */
export interface MetricChartProps {
  spec: ChartSpec;
  /** Canvas height in CSS pixels. */
  height: number;
  t: Translate;
}

const AXIS_COLOUR = '#b4bcaa';
const GRID_COLOUR = 'rgba(255,255,255,0.07)';
const TURN_COLOUR = 'rgba(255,255,255,0.18)';
const FONT = '10px system-ui, sans-serif';

/** The chart's data now: ticks and one column per line from the worker's arrays (empty before the first metrics). */
function dataOf(spec: ChartSpec): uPlot.AlignedData {
  const metrics = currentDebrief()?.metrics ?? [];
  const columns = chartColumns(spec.lines.map((line) => metrics[line.index] ?? new Float32Array(0)));
  return [columns.ticks, ...columns.series] as unknown as uPlot.AlignedData;
}

function axisValues(scale: ChartScale, t: Translate): uPlot.Axis['values'] {
  if (scale.format === 'share') return (_u, splits) => splits.map((v) => `${Math.round(v * 100)}%`);
  if (scale.format === 'level') {
    const names = (['hijau', 'kuning', 'merah'] as const).map((level) => t(`level.${level}`).split(' ')[0]!);
    return (_u, splits) => splits.map((v) => names[v] ?? '');
  }
  // Counts are whole: a split between two whole numbers stays unlabelled.
  return (_u, splits) => splits.map((v) => (!Number.isInteger(v) ? '' : Math.abs(v) >= 1000 ? `${Math.round(v / 100) / 10}k` : String(v)));
}

/** uPlot options for `spec`: x fixed to the whole session, no legend, no zoom, turn ends as faint lines. */
function optionsOf(spec: ChartSpec, width: number, height: number, t: Translate): uPlot.Options {
  const { totalTicks, turnEnds, tickSeconds } = useDebriefStore.getState();
  const scales: uPlot.Scales = { x: { time: false, range: () => [0, Math.max(1, totalTicks)] } };
  for (const scale of spec.scales) scales[scale.key] = scale.range ? { range: () => scale.range! } : { range: (_u, min, max) => [Math.min(0, min ?? 0), Math.max(1, max ?? 1)] };
  const axes: uPlot.Axis[] = [
    {
      stroke: AXIS_COLOUR, font: FONT, size: 18, gap: 2, ticks: { size: 3, stroke: GRID_COLOUR }, grid: { show: false },
      values: (_u, splits) => splits.map((v) => scenarioClock(v, tickSeconds).slice(0, 5)),
    },
    ...spec.scales.map((scale): uPlot.Axis => ({
      scale: scale.key, side: scale.side === 'left' ? 3 : 1, stroke: AXIS_COLOUR, font: FONT, size: scale.format === 'level' ? 44 : 34, gap: 2,
      ticks: { size: 3, stroke: GRID_COLOUR }, grid: { show: scale.side === 'left', stroke: GRID_COLOUR, width: 1 },
      splits: scale.format === 'level' ? () => [0, 1, 2] : undefined,
      values: axisValues(scale, t),
    })),
  ];
  const series: uPlot.Series[] = [
    {},
    ...spec.lines.map((line): uPlot.Series => ({
      label: t(`debrief.metric.${line.metric}`), scale: line.scale, stroke: line.colour, width: 1.5, spanGaps: false,
      paths: line.stepped ? uPlot.paths.stepped!({ align: 1 }) : undefined,
    })),
  ];
  return {
    width, height, scales, axes, series,
    legend: { show: false },
    cursor: { drag: { x: false, y: false, setScale: false }, points: { show: false }, y: false },
    padding: [6, 4, 0, 4],
    hooks: {
      drawAxes: [
        (u) => {
          const ctx = u.ctx;
          ctx.save();
          ctx.strokeStyle = TURN_COLOUR;
          ctx.lineWidth = 1;
          ctx.beginPath();
          for (const end of turnEnds.slice(1, -1)) {
            const x = Math.round(u.valToPos(end, 'x', true)) + 0.5;
            ctx.moveTo(x, u.bbox.top);
            ctx.lineTo(x, u.bbox.top + u.bbox.height);
          }
          ctx.stroke();
          ctx.restore();
        },
      ],
    },
  };
}

/**
 * One small uPlot chart of the debrief: made once (again only when the language or the session
 * changes), refilled with `setData` when new metrics arrive, its playhead moved when the moment shown
 * changes — a store subscription, no React render. A click seeks to the moment under the pointer.
 */
export function MetricChart({ spec, height, t }: MetricChartProps) {
  const host = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const placeHead = useRef<() => void>(() => undefined);
  const metricsVersion = useDebriefStore((state) => state.metricsVersion);
  const totalTicks = useDebriefStore((state) => state.totalTicks);
  const turnEnds = useDebriefStore((state) => state.turnEnds);

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const u = new uPlot(optionsOf(spec, Math.max(120, element.clientWidth), height, t), dataOf(spec), element);
    plot.current = u;
    const head = document.createElement('div');
    head.className = 'chart-playhead';
    u.over.appendChild(head);
    placeHead.current = () => {
      const x = u.valToPos(useDebriefStore.getState().tick, 'x');
      head.style.transform = `translateX(${Number.isFinite(x) ? x : -10}px)`;
    };
    placeHead.current();
    const unsubscribe = useDebriefStore.subscribe((state, previous) => {
      if (state.tick !== previous.tick) placeHead.current();
    });
    const onClick = (event: MouseEvent) => seekTo(u.posToVal(event.offsetX, 'x'));
    u.over.addEventListener('click', onClick);
    const resize = new ResizeObserver(() => {
      if (element.clientWidth > 0 && element.clientWidth !== u.width) {
        u.setSize({ width: element.clientWidth, height });
        placeHead.current();
      }
    });
    resize.observe(element);
    return () => {
      unsubscribe();
      resize.disconnect();
      u.over.removeEventListener('click', onClick);
      u.destroy();
      plot.current = null;
    };
  }, [spec, height, t, totalTicks, turnEnds]);

  useEffect(() => {
    const u = plot.current;
    if (!u || metricsVersion === 0) return;
    u.setData(dataOf(spec));
    placeHead.current();
  }, [metricsVersion, spec]);

  return <div ref={host} className="metric-chart-plot" />;
}
