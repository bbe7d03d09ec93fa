import { parseScenario } from '../../../../shared/scenario/parse';
import type { ScenarioInput } from '../../../../shared/scenario/schema';
import type { MessageKey } from '../../../../shared/i18n/messages';
import type { CompiledVenue } from '../../../../shared/venue/compile';
import type { VenueFile } from '../../../../shared/venue/schema';

/**
 * The scenario editor's model: the scenario as written in a file (`ScenarioInput`), checked with the
 * game's own parser on its venue, and each problem placed at its field with a message in both
 * languages. Pure: no React, no DOM.
 */

/** A problem placed at a field: `path` is the dotted path of the field (`crowd.0.arrival`). */
export interface FieldIssue {
  path: string;
  key: MessageKey;
  params: Record<string, string | number>;
  /** The parser's own line, for the technical detail. */
  detail: string;
}

/** Known parser lines and the message that says them in both languages. */
const known: { pattern: RegExp; key: MessageKey; params: (m: RegExpMatchArray) => Record<string, string> }[] = [
  { pattern: /no staging zone (\S+)/, key: 'editor.scn.issue.noStaging', params: (m) => ({ zone: m[1]! }) },
  { pattern: /no arrival zone (\S+)/, key: 'editor.scn.issue.noArrival', params: (m) => ({ zone: m[1]! }) },
  { pattern: /no police role (\S+)/, key: 'editor.scn.issue.noRole', params: (m) => ({ role: m[1]! }) },
  { pattern: /duplicate id (\S+)/, key: 'editor.scn.issue.duplicate', params: (m) => ({ id: m[1]! }) },
  { pattern: /role (\S+) commands no unit/, key: 'editor.scn.issue.roleIdle', params: (m) => ({ role: m[1]! }) },
  { pattern: /point outside the venue/, key: 'editor.scn.issue.outside', params: () => ({}) },
  { pattern: /more sajam carriers than provocateurs/, key: 'editor.scn.issue.sajam', params: () => ({}) },
  { pattern: /low end above high end/, key: 'editor.scn.issue.hardship', params: () => ({}) },
  { pattern: /no venue (\S+)/, key: 'editor.scn.issue.noVenue', params: (m) => ({ venue: m[1]! }) },
  { pattern: /duplicate script event (\S+)/, key: 'editor.scn.issue.duplicate', params: (m) => ({ id: m[1]! }) },
  { pattern: /a manual event has no other condition/, key: 'editor.scn.issue.manualAlone', params: () => ({}) },
  { pattern: /(\S+) is not a reserve/, key: 'editor.scn.issue.notReserve', params: (m) => ({ id: m[1]! }) },
  { pattern: /(\S+) is not a vehicle/, key: 'editor.scn.issue.notVehicle', params: (m) => ({ id: m[1]! }) },
  { pattern: /unknown (?:crowd group|group or unit|group|gate|event|building|protected person) (\S+)/, key: 'editor.scn.issue.unknownRef', params: (m) => ({ id: m[1]! }) },
  { pattern: /Too big: expected \S+ to (?:be|have) <=?\s*([\d.]+)/, key: 'editor.scn.issue.tooBig', params: (m) => ({ max: m[1]! }) },
  { pattern: /Too small: expected \S+ to (?:be|have) >=?\s*([\d.]+)/, key: 'editor.scn.issue.tooSmall', params: (m) => ({ min: m[1]! }) },
];

/** Turns one parser line (`path: what`) into a field issue. */
export function toFieldIssue(line: string): FieldIssue {
  const colon = line.indexOf(': ');
  const path = (colon > 0 ? line.slice(0, colon) : '').replace(/^setup\./, '');
  const what = colon > 0 ? line.slice(colon + 2) : line;
  for (const k of known) {
    const m = what.match(k.pattern);
    if (m) return { path, key: k.key, params: k.params(m), detail: line };
  }
  return { path, key: 'editor.scn.issue.invalid', params: { field: path || '—' }, detail: line };
}

/** Every problem of the scenario on its venue; empty when the game accepts it. */
export function scenarioIssues(draft: ScenarioInput, venue: CompiledVenue | null): FieldIssue[] {
  if (!venue) return [{ path: 'venueId', key: 'editor.scn.issue.noVenue', params: { venue: draft.venueId }, detail: `venueId: no venue ${draft.venueId}` }];
  const parsed = parseScenario(draft, venue);
  return parsed.ok ? [] : parsed.issues.map(toFieldIssue).map((issue) => atScriptEvent(issue, draft));
}

/** A problem the engine's script check reports for an event (`events: script event x: …`) moved to that event. */
function atScriptEvent(issue: FieldIssue, draft: ScenarioInput): FieldIssue {
  if (issue.path !== 'events') return issue;
  const duplicate = issue.detail.match(/duplicate script event (\S+)/);
  const named = duplicate ?? issue.detail.match(/script event (\S+?): /);
  if (!named) return issue;
  const ids = (draft.events ?? []).map((e) => e.id);
  // A duplicate is marked at its second use.
  const k = duplicate ? ids.lastIndexOf(named[1]!) : ids.indexOf(named[1]!);
  if (k < 0) return issue;
  return { ...issue, path: duplicate ? `events.${k}.id` : `events.${k}` };
}

/** Whether two lists of problems say the same (same paths, messages and details, in order). */
export function sameIssues(a: readonly FieldIssue[], b: readonly FieldIssue[]): boolean {
  return a.length === b.length && a.every((x, k) => x.path === b[k]!.path && x.detail === b[k]!.detail && x.key === b[k]!.key);
}

/** The issues at a field or inside it (`police.0` holds `police.0.staging`). */
export function issuesAt(issues: readonly FieldIssue[], path: string): FieldIssue[] {
  return issues.filter((i) => i.path === path || i.path.startsWith(`${path}.`));
}

/** A new scenario on a venue: one role, one Dalmas Awal platoon at the first staging zone, one peaceful group at the first arrival zone. */
export function newScenario(venue: VenueFile, id: string, name: string): ScenarioInput {
  const staging = venue.policeStaging[0]?.id ?? '';
  const arrival = venue.crowdArrival[0]?.id ?? '';
  const b = venue.bounds;
  const text = (value: string) => ({ id: value, en: value });
  return {
    formatVersion: 1, id, venueId: venue.id, name: text(name),
    situation: { id: 'Massa datang untuk menyampaikan aspirasi.', en: 'A crowd comes to voice its demands.' },
    briefing: { id: 'Amankan objek vital, layani penyampaian pendapat.', en: 'Secure the protected places, facilitate the protest.' },
    objectives: { text: { id: 'Aksi berakhir aman dan damai.', en: 'The protest ends safely and peacefully.' } },
    turnLimit: 10, secondsPerTurn: 60, legitimacy: 0.8,
    roles: {
      police: [{ id: 'danki-dalmas', title: { id: 'Danki Dalmas', en: 'Danki Dalmas' } }],
      crowd: { id: 'Korlap', en: 'Korlap' },
      instructor: { id: 'Direktur Latihan', en: 'Exercise director' },
    },
    police: [{ id: 'dalmas-awal-1', type: 'dalmas_awal', name: 'Ton Dalmas Awal 1', staging, role: 'danki-dalmas' }],
    crowd: [{
      id: 'massa-1', name: { id: 'Massa 1', en: 'Crowd 1' }, arrival, size: 100, orators: 1, provocateurs: 0, sajam: 0,
      bystanderShare: 0.2, hardship: [0, 0.3], agitation: 0,
      behaviour: { temper: 'peaceful', rally: { x: Math.round((b.minX + b.maxX) / 2), y: Math.round((b.minY + b.maxY) / 2) } },
    }],
    events: [],
  };
}

/** Ready-made script events the editor offers to add (then edited as text). */
export function eventTemplates(draft: ScenarioInput): Record<'arrive' | 'order' | 'agitate' | 'manual' | 'throw' | 'burn', unknown> {
  const group = draft.crowd[0]?.id ?? 'massa-1';
  const rally = draft.crowd[0]?.behaviour.rally ?? { x: 0, y: 0 };
  const reserveUnits = draft.police.filter((u) => u.reserve).map((u) => u.id);
  return {
    order: { id: 'perintah-kapolda', label: { id: 'Perintah Kapolda: cadangan masuk', en: "The Kapolda's order: the reserve goes in" }, when: [{ type: 'manual' }], effects: [{ type: 'arrive', unitIds: reserveUnits, groupIds: [] }] },
    arrive: { id: 'bantuan-tiba', label: { id: 'Pasukan cadangan tiba', en: 'The reserve arrives' }, when: [{ type: 'at', turn: 2 }], effects: [{ type: 'arrive', unitIds: reserveUnits, groupIds: [] }] },
    agitate: { id: 'massa-memanas', label: { id: 'Massa memanas', en: 'The crowd heats up' }, when: [{ type: 'at', turn: 3 }], effects: [{ type: 'agitate', groupIds: [group], amount: 0.2 }] },
    manual: { id: 'inject-direktur', label: { id: 'Inject Direktur Latihan', en: 'Exercise director inject' }, when: [{ type: 'manual' }], repeatable: true, effects: [{ type: 'agitate', amount: 0.15 }] },
    throw: { id: 'lempar-batu', label: { id: 'Massa melempar batu', en: 'The crowd throws stones' }, when: [{ type: 'situation_at_least', level: 'kuning' }], effects: [{ type: 'order', order: { type: 'throw', groupId: group, at: rally }, holdSeconds: 120 }] },
    burn: { id: 'bakar-ban', label: { id: 'Massa membakar ban', en: 'The crowd burns tyres' }, when: [{ type: 'event_fired', eventId: 'lempar-batu', afterSeconds: 60 }], effects: [{ type: 'order', order: { type: 'burn_tyres', groupId: group, at: rally }, holdSeconds: 120 }] },
  };
}
