/**
 * The debrief charts' data: the worker's per-tick metric arrays thinned to at most a couple of
 * thousand points (uPlot draws them in well under a millisecond) in uPlot's column layout, with NaN
 * (a tick not simulated yet) turned into null so the line shows a gap there.
 */

/** Most points one chart draws per series. */
export const MAX_CHART_POINTS = 2000;

/** Columns for uPlot: `ticks` on x, then one array per series (null where not known). */
export interface ChartColumns {
  ticks: number[];
  series: (number | null)[][];
}

/** The ticks drawn out of `length` (0..length-1): every `stride`-th, the last always included. */
export function sampledTicks(length: number, maxPoints = MAX_CHART_POINTS): number[] {
  if (length <= 0) return [];
  const limit = Math.max(2, Math.floor(maxPoints));
  if (length <= limit) return Array.from({ length }, (_, i) => i);
  const stride = Math.ceil((length - 1) / (limit - 1));
  const ticks: number[] = [];
  for (let t = 0; t < length - 1; t += stride) ticks.push(t);
  ticks.push(length - 1);
  return ticks;
}

/** Thins `values` (one array per series, indexed by tick) to the sampled ticks; NaN becomes null. */
export function chartColumns(values: readonly Float32Array[], maxPoints = MAX_CHART_POINTS): ChartColumns {
  const length = values[0]?.length ?? 0;
  const ticks = sampledTicks(length, maxPoints);
  const series = values.map((column) =>
    ticks.map((tick) => {
      const v = column[tick];
      return v === undefined || Number.isNaN(v) ? null : v;
    }),
  );
  return { ticks, series };
}

/** Share 0..1 of the ticks known in `column` (not NaN): how far the worker has filled the charts. */
export function knownShare(column: Float32Array | undefined): number {
  if (!column || column.length === 0) return 0;
  let known = 0;
  for (let i = 0; i < column.length; i++) if (!Number.isNaN(column[i]!)) known++;
  return known / column.length;
}
