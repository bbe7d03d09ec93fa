import type { DensityBandId } from '../debrief/heatGrid';
import type { MetricId } from '../debrief/metrics';

/**
 * Strings of the debrief's charts under the timeline, its heat maps and its trails. Indonesian first;
 * the English table must have every key (a missing one is a type error).
 */

type MetricKeys = `debrief.metric.${MetricId}`;
type BandKeys = `debrief.density.${DensityBandId}`;

const metricId: Record<MetricKeys, string> = {
  'debrief.metric.level': 'Tingkat situasi',
  'debrief.metric.legitimacy': 'Legitimasi',
  'debrief.metric.activeShare': 'Massa aktif',
  'debrief.metric.active': 'Massa aktif (orang)',
  'debrief.metric.present': 'Massa di lokasi',
  'debrief.metric.injuredOfficers': 'Petugas luka',
  'debrief.metric.injuredProtesters': 'Massa luka',
  'debrief.metric.injuredProtected': 'Orang dilindungi luka',
  'debrief.metric.arrests': 'Ditangkap',
  'debrief.metric.damage': 'Kerusakan',
  'debrief.metric.fires': 'Api',
  'debrief.metric.policeScore': 'Skor polisi',
  'debrief.metric.crowdScore': 'Skor massa',
};
const metricEn: Record<MetricKeys, string> = {
  'debrief.metric.level': 'Situation level',
  'debrief.metric.legitimacy': 'Legitimacy',
  'debrief.metric.activeShare': 'Active crowd',
  'debrief.metric.active': 'Active crowd (people)',
  'debrief.metric.present': 'Crowd present',
  'debrief.metric.injuredOfficers': 'Officers injured',
  'debrief.metric.injuredProtesters': 'Protesters injured',
  'debrief.metric.injuredProtected': 'Protected persons injured',
  'debrief.metric.arrests': 'Arrests',
  'debrief.metric.damage': 'Damage',
  'debrief.metric.fires': 'Fires',
  'debrief.metric.policeScore': 'Police score',
  'debrief.metric.crowdScore': 'Crowd score',
};
const bandId: Record<BandKeys, string> = {
  'debrief.density.free': 'bebas (< 2)',
  'debrief.density.restricted': 'terbatas (2–3,5)',
  'debrief.density.contact': 'bersentuhan, dorong (3,5–5)',
  'debrief.density.dangerous': 'berbahaya (5–7)',
  'debrief.density.crush': 'risiko terhimpit (> 7)',
};
const bandEn: Record<BandKeys, string> = {
  'debrief.density.free': 'free (< 2)',
  'debrief.density.restricted': 'restricted (2–3.5)',
  'debrief.density.contact': 'contact, pushing (3.5–5)',
  'debrief.density.dangerous': 'dangerous (5–7)',
  'debrief.density.crush': 'crush risk (> 7)',
};

/** Indonesian strings of the debrief's charts, heat maps and trails. */
export const debriefChartMessagesId = {
  ...metricId,
  ...bandId,
  'debrief.chart.situation': 'Situasi',
  'debrief.chart.casualties': 'Korban luka & penangkapan',
  'debrief.chart.damageScore': 'Kerusakan & skor',
  'debrief.chart.label': 'Grafik {title}: klik untuk melompat ke momen itu',
  'debrief.axis.share': '%',
  'debrief.axis.people': 'orang',
  'debrief.axis.damage': 'kerusakan',
  'debrief.axis.score': 'skor',
  'debrief.heatLegend.density': 'Kepadatan massa (orang/m², sel {cell} m)',
  'debrief.heatLegend.injuries': 'Korban luka per sel {cell} m, {minutes} menit terakhir',
  'debrief.heatLegend.injuryScale': '1 … {max} orang',
  'debrief.heatLegend.none': 'tidak ada korban dalam rentang ini',
  'debrief.heatWindow.minutes': '{minutes} menit',
  'debrief.trails.legend': 'Jejak 30 detik: polisi biru, massa merah',
} as const;

/** English strings of the debrief's charts, heat maps and trails. */
export const debriefChartMessagesEn: Record<keyof typeof debriefChartMessagesId, string> = {
  ...metricEn,
  ...bandEn,
  'debrief.chart.situation': 'Situation',
  'debrief.chart.casualties': 'Injuries & arrests',
  'debrief.chart.damageScore': 'Damage & score',
  'debrief.chart.label': '{title} chart: click to jump to that moment',
  'debrief.axis.share': '%',
  'debrief.axis.people': 'people',
  'debrief.axis.damage': 'damage',
  'debrief.axis.score': 'score',
  'debrief.heatLegend.density': 'Crowd density (people/m², {cell} m cells)',
  'debrief.heatLegend.injuries': 'Injuries per {cell} m cell, last {minutes} minutes',
  'debrief.heatLegend.injuryScale': '1 … {max} people',
  'debrief.heatLegend.none': 'no injuries in this window',
  'debrief.heatWindow.minutes': '{minutes} minutes',
  'debrief.trails.legend': '30-second trails: police blue, crowd red',
};
