import type { MarkerKind } from '../../../shared/debrief/timeline';

/** One colour per key-moment kind, shared by the timeline, the legend, the log and the report. */
const COLOURS: Record<MarkerKind, string> = {
  level: '#e0b000',
  violation: '#d63a2f',
  questionable: '#e88a1a',
  proper: '#3aa35a',
  injury: '#c2185b',
  arrest: '#4a7fd6',
  breach: '#8e44ad',
  fire: '#ff5a1f',
  hostage: '#7a0019',
  override: '#d0d0d0',
  inject: '#9fd4ff',
  objective: '#b58b00',
  note: '#f3e7c9',
  bookmark: '#ffd34d',
};

/** The colour of a key-moment kind. */
export function markerColour(kind: MarkerKind): string {
  return COLOURS[kind];
}
