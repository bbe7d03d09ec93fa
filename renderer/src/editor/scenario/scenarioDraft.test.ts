import { describe, expect, it } from 'vitest';
import { translate } from '../../../../shared/i18n/messages';
import { registerVenue } from '../../../../shared/venue/venues';
import { exampleYardVenue } from '../../../../shared/venue/validateFixtures';
import { eventTemplates, issuesAt, newScenario, scenarioIssues, toFieldIssue } from './scenarioDraft';

const reg = registerVenue(exampleYardVenue());
if (!reg.ok) throw new Error(reg.issues.join('; '));
const venue = reg.venue;

describe('the scenario editor model', () => {
  it('makes a new scenario the game accepts on a user venue, with each event template too', () => {
    const draft = newScenario(exampleYardVenue(), 'aksi-baru', 'Aksi baru');
    expect(scenarioIssues(draft, venue)).toEqual([]);
    const withReserve = { ...draft, police: [...draft.police, { id: 'brimob-1', type: 'brimob_sekat' as const, name: 'Ton Brimob 1', staging: 'siaga', role: 'danki-dalmas', reserve: true }] };
    const templates = eventTemplates(withReserve);
    for (const [kind, event] of Object.entries(templates)) {
      // Burning tyres follows the stone throwing (its trigger names that event).
      const events = kind === 'burn' ? [templates.throw, event] : [event];
      expect(scenarioIssues({ ...withReserve, events: events as never }, venue)).toEqual([]);
    }
  });

  it('places the parser problems at their fields with a message in both languages', () => {
    const draft = newScenario(exampleYardVenue(), 'aksi-baru', 'Aksi baru');
    const bad = { ...draft, crowd: [{ ...draft.crowd[0]!, arrival: 'entah', provocateurs: 1, sajam: 2 }] };
    const issues = scenarioIssues(bad, venue);
    expect(issuesAt(issues, 'crowd.0').map((i) => i.key)).toEqual(expect.arrayContaining(['editor.scn.issue.noArrival', 'editor.scn.issue.sajam']));
    const arrival = issues.find((i) => i.path === 'crowd.0.arrival')!;
    expect(translate('id', arrival.key, arrival.params)).toBe('Zona kedatangan "entah" tidak ada di venue ini.');
    expect(translate('en', arrival.key, arrival.params)).toBe('There is no arrival zone "entah" at this venue.');
  });

  it('words a range problem with its bound, and an unknown parser line as an invalid entry at its field', () => {
    expect(scenarioIssues({ ...newScenario(exampleYardVenue(), 'x', 'X'), turnLimit: 9999 }, venue)).toEqual([
      { path: 'turnLimit', key: 'editor.scn.issue.tooBig', params: { max: '600' }, detail: 'turnLimit: Too big: expected number to be <=600' },
    ]);
    expect(toFieldIssue('name.id: Invalid input')).toEqual({ path: 'name.id', key: 'editor.scn.issue.invalid', params: { field: 'name.id' }, detail: 'name.id: Invalid input' });
    expect(scenarioIssues({ ...newScenario(exampleYardVenue(), 'x', 'X'), venueId: 'hilang' }, null)[0]).toMatchObject({ path: 'venueId', key: 'editor.scn.issue.noVenue' });
  });
});
