import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatchHostCall } from '../../shared/contract/dispatch';
import { defaultChoices, parseScenario, scenarioToSetup } from '../../shared/scenario/index';
import { registerVenue, venueRevisionId } from '../../shared/venue/venues';
import { exampleYardScenario, exampleYardVenue } from '../../shared/venue/validateFixtures';
import { startHost, type RunningHost } from './bootstrap';
import { importAndWait, readDocument, rewrite } from '../../tests/support/transferFixtures';

let folder: string;
let host: RunningHost;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'sispamkota-editor-'));
  host = startHost({ dataDirectory: folder, mode: 'browser', backupOnStart: false });
});
afterEach(() => {
  host.close();
  rmSync(folder, { recursive: true, force: true });
});

const call = (method: string, ...args: unknown[]) => dispatchHostCall(host.services, { method, args });
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('venues and scenarios in the database', () => {
  it('lists the shipped venues and scenarios as templates and stores a user venue and scenario', async () => {
    const venues = await host.services.listVenues();
    expect(venues.filter((v) => v.source === 'template').map((v) => v.id)).toEqual(['kpu-office', 'lapangan-agathis']);
    expect((await host.services.listScenarioFiles()).every((s) => s.source === 'template')).toBe(true);
    const saved = await host.services.saveVenue(exampleYardVenue());
    expect(saved).toMatchObject({ id: 'halaman-uji', source: 'stored', name: 'Halaman uji' });
    await host.services.saveScenario(exampleYardScenario());
    expect((await host.services.listScenarioFiles()).find((s) => s.id === 'aksi-halaman-uji')).toMatchObject({ source: 'stored', venueId: 'halaman-uji' });
    expect((await host.services.getVenueFile('halaman-uji')).venue).toEqual(exampleYardVenue());
    expect((await host.services.getVenueFile('kpu-office')).source).toBe('template');
  });

  it('refuses an invalid venue, a template id and a scenario the game parser refuses, storing nothing', async () => {
    const offFence = exampleYardVenue();
    offFence.gates[0] = { ...offFence.gates[0]!, a: [28, 14], b: [32, 14] };
    const refused = await call('saveVenue', offFence);
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_arguments' } });
    expect(!refused.ok && refused.error.message).toContain('Gate "Gerbang" is not on the line of fence "Pagar"');
    expect(await call('saveVenue', { ...exampleYardVenue(), id: 'kpu-office' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await host.services.saveVenue(exampleYardVenue());
    const badScenario = { ...exampleYardScenario(), police: [{ id: 'dalmas-1', type: 'dalmas_awal', name: 'X', staging: 'nowhere', role: 'danki' }] };
    const scenarioRefused = await call('saveScenario', badScenario);
    expect(scenarioRefused).toMatchObject({ ok: false, error: { code: 'invalid_arguments' } });
    expect(!scenarioRefused.ok && scenarioRefused.error.message).toContain('no staging zone nowhere');
    expect((await host.services.listVenues()).filter((v) => v.source === 'stored')).toHaveLength(1);
    expect((await host.services.listScenarioFiles()).filter((s) => s.source === 'stored')).toHaveLength(0);
  });

  it('refuses to delete a venue a stored scenario is played on, then deletes both in order', async () => {
    await host.services.saveVenue(exampleYardVenue());
    await host.services.saveScenario(exampleYardScenario());
    expect(await call('deleteVenue', 'halaman-uji')).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await call('deleteVenue', 'kpu-office')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await host.services.deleteScenario('aksi-halaman-uji')).toEqual({ deleted: true });
    expect(await host.services.deleteVenue('halaman-uji')).toEqual({ deleted: true });
  });
});

describe('portable venue and scenario files', () => {
  it('exports a scenario with its user venue and imports it into an empty library', async () => {
    await host.services.saveVenue(exampleYardVenue());
    await host.services.saveScenario(exampleYardScenario());
    const file = await host.services.exportContent('scenario', 'aksi-halaman-uji');
    expect(file.fileName).toBe('aksi-halaman-uji.scenario.json');
    await host.services.deleteScenario('aksi-halaman-uji');
    await host.services.deleteVenue('halaman-uji');
    expect(await host.services.importContent(file.base64)).toEqual({ ok: true, venueId: 'halaman-uji', scenarioId: 'aksi-halaman-uji' });
    // The same file again changes nothing: same ids, same content.
    expect(await host.services.importContent(file.base64)).toEqual({ ok: true, venueId: 'halaman-uji', scenarioId: 'aksi-halaman-uji' });
    expect((await host.services.listScenarioFiles()).filter((s) => s.source === 'stored')).toHaveLength(1);
  });

  it('imports a venue whose id is taken by other content as a copy, and a bare shipped venue file', async () => {
    await host.services.saveVenue(exampleYardVenue());
    const other = { ...exampleYardVenue(), name: 'Halaman lain' };
    expect(await host.services.importContent(b64(JSON.stringify(other)))).toEqual({ ok: true, venueId: 'halaman-uji-2', scenarioId: null });
    expect((await host.services.getVenueFile('halaman-uji-2')).venue).toMatchObject({ id: 'halaman-uji-2', name: 'Halaman lain' });
    const shipped = (await host.services.exportContent('venue', 'kpu-office')).base64;
    expect(await host.services.importContent(shipped)).toEqual({ ok: true, venueId: 'kpu-office-2', scenarioId: null });
  });

  it.each([
    ['not JSON', b64('{"format": "sispamkota-tfg-content", '), 'damaged', 'rusak atau bukan JSON'],
    ['binary', Buffer.from([0xff, 0xfe, 0x00, 0x80]).toString('base64'), 'damaged', 'bukan teks UTF-8'],
    ['nested 10,000 deep', b64(`${'['.repeat(10_000)}${']'.repeat(10_000)}`), 'too_deep', '64 tingkat'],
    ['a session file', b64(JSON.stringify({ format: 'sispamkota-tfg-session', formatVersion: 1 })), 'not_a_content_file', 'bukan berkas venue'],
    ['a future version', b64(JSON.stringify({ format: 'sispamkota-tfg-content', formatVersion: 9, venue: {} })), 'unknown_version', 'versi 9'],
    ['too large', b64(' '.repeat(2 * 1024 * 1024 + 1)), 'too_large', 'terlalu besar'],
  ])('refuses %s with a clear message and writes nothing', async (_label, base64, code, text) => {
    const result = await host.services.importContent(base64);
    expect(result).toMatchObject({ ok: false, code });
    expect(!result.ok && result.messages.id).toContain(text);
    expect(!result.ok && result.messages.en.length).toBeGreaterThan(10);
    expect((await host.services.listVenues()).filter((v) => v.source === 'stored')).toHaveLength(0);
  });

  it('refuses a file whose venue has a gate off its fence, naming it in both languages, and writes neither part', async () => {
    const venue = exampleYardVenue();
    venue.gates[0] = { ...venue.gates[0]!, a: [28, 14], b: [32, 14] };
    const file = b64(JSON.stringify({ format: 'sispamkota-tfg-content', formatVersion: 1, venue, scenario: exampleYardScenario() }));
    const result = await host.services.importContent(file);
    expect(result).toMatchObject({ ok: false, code: 'invalid_venue' });
    expect(!result.ok && result.messages.id).toContain('Gerbang "Gerbang" tidak berada di garis pagar "Pagar"');
    expect(!result.ok && result.messages.en).toContain('Gate "Gerbang" is not on the line of fence "Pagar"');
    expect((await host.services.listVenues()).filter((v) => v.source === 'stored')).toHaveLength(0);
    expect((await host.services.listScenarioFiles()).filter((s) => s.source === 'stored')).toHaveLength(0);
  });

  it('refuses a scenario whose venue is neither in the file nor stored', async () => {
    const result = await host.services.importContent(b64(JSON.stringify(exampleYardScenario())));
    expect(result).toMatchObject({ ok: false, code: 'invalid_scenario' });
    expect(!result.ok && result.messages.en).toContain('halaman-uji');
  });
});

describe('a session keeps the venue and scenario it was played on', () => {
  it('plays a user venue under its revision id and replays it unchanged after the venue is edited and deleted', async () => {
    const venue = exampleYardVenue();
    const scenarioJson = exampleYardScenario();
    const reg = registerVenue(venue);
    if (!reg.ok) throw new Error(reg.issues.join('; '));
    const parsed = parseScenario(scenarioJson, reg.venue);
    if (!parsed.ok) throw new Error(parsed.message);
    const revision = venueRevisionId(venue);
    const scenario = { ...parsed.scenario, venueId: revision };
    const choices = defaultChoices(scenario);
    const detail = await host.services.createSession({
      name: 'Latihan halaman', scenarioId: scenario.id, setup: scenarioToSetup(scenario, choices),
      players: choices.police.map((p) => ({ id: p.id, name: p.name, role: 'police' as const })), crowdController: 'script',
      venue, scenario: scenarioJson,
    });
    expect(detail.summary.venueId).toBe(revision);
    expect(detail.venue).toEqual(venue);
    // The user edits the venue (and then deletes it): the session still opens on its own copy.
    await host.services.saveVenue({ ...venue, name: 'Halaman diubah' });
    await host.services.deleteVenue('halaman-uji');
    const reopened = await host.services.openSession(detail.summary.id);
    expect(reopened.venue).toEqual(venue);
    expect(reopened.stateHash).toBe(detail.stateHash);
    const kept = host.db.prepare<[string], { venue_json: string; scenario_json: string }>('SELECT venue_json, scenario_json FROM session_sources WHERE session_id = ?').get(detail.summary.id)!;
    expect(JSON.parse(kept.venue_json)).toEqual(venue);
    expect(JSON.parse(kept.scenario_json)).toEqual(scenarioJson);
  });

  it('keeps a copy of the shipped venue and scenario with a session played on them', async () => {
    const raw = (await host.services.getScenarioFile('unjuk-rasa-damai')).scenario;
    const parsed = parseScenario(raw);
    if (!parsed.ok) throw new Error(parsed.message);
    const choices = defaultChoices(parsed.scenario);
    const detail = await host.services.createSession({
      name: 'Damai', scenarioId: parsed.scenario.id, setup: scenarioToSetup(parsed.scenario, choices),
      players: choices.police.map((p) => ({ id: p.id, name: p.name, role: 'police' as const })), crowdController: 'script',
    });
    expect(detail.venue).toBeUndefined();
    const kept = host.db.prepare<[string], { venue_json: string; scenario_json: string }>('SELECT venue_json, scenario_json FROM session_sources WHERE session_id = ?').get(detail.summary.id)!;
    expect(JSON.parse(kept.venue_json)).toMatchObject({ id: parsed.scenario.venueId });
    expect(JSON.parse(kept.scenario_json)).toMatchObject({ id: 'unjuk-rasa-damai' });
  });

  it('refuses a session whose setup does not name the revision of the venue sent', async () => {
    const venue = exampleYardVenue();
    const reg = registerVenue(venue);
    const parsed = reg.ok ? parseScenario(exampleYardScenario(), reg.venue) : null;
    if (!parsed?.ok) throw new Error('fixture');
    const choices = defaultChoices(parsed.scenario);
    const response = await call('createSession', {
      name: 'X', scenarioId: 'x', setup: scenarioToSetup(parsed.scenario, choices),
      players: [{ id: 'polri-1', name: 'A', role: 'police' }], crowdController: 'script', venue,
    });
    expect(response).toMatchObject({ ok: false, error: { code: 'invalid_arguments' } });
    expect(await host.services.listSessions({})).toHaveLength(0);
  });
});

describe('a session on a user venue in a portable session file', () => {
  /** A session on the example venue with one resolved turn. */
  async function playedOnYard(): Promise<string> {
    const venue = exampleYardVenue();
    const reg = registerVenue(venue);
    if (!reg.ok) throw new Error(reg.issues.join('; '));
    const parsed = parseScenario(exampleYardScenario(), reg.venue);
    if (!parsed.ok) throw new Error(parsed.message);
    const scenario = { ...parsed.scenario, venueId: reg.id, secondsPerTurn: 10 };
    const choices = defaultChoices(scenario);
    const detail = await host.services.createSession({
      name: 'Halaman portabel', scenarioId: scenario.id, setup: scenarioToSetup(scenario, choices), seed: 5,
      players: choices.police.map((p) => ({ id: p.id, name: p.name, role: 'police' as const })), crowdController: 'script',
      venue, scenario: exampleYardScenario(),
    });
    for (const command of [{ type: 'endPlan', playerId: 'polri-1' }, { type: 'resolveTurn' }]) {
      expect(await host.services.sendCommand(detail.summary.id, command)).toMatchObject({ ok: true });
    }
    return detail.summary.id;
  }

  it('carries the venue copy, re-simulates on import and keeps the copy with the imported session', async () => {
    const id = await playedOnYard();
    const file = await host.services.exportSessions([id]);
    expect(readDocument(file.base64).sessions[0]).toMatchObject({ venue: exampleYardVenue(), scenario: { id: 'aksi-halaman-uji' } });
    await host.services.deleteSession(id);
    const progress = await importAndWait(host.services, { fileName: file.fileName, base64: file.base64 });
    expect(progress.outcome).toMatchObject({ ok: true });
    const imported = (await host.services.listSessions({}))[0]!;
    expect(imported).toMatchObject({ name: 'Halaman portabel', turn: 1 });
    expect((await host.services.openSession(imported.id)).venue).toEqual(exampleYardVenue());
  });

  it('refuses a file whose venue copy was altered (it no longer matches the venue the setup names)', async () => {
    const id = await playedOnYard();
    const file = await host.services.exportSessions([id]);
    const altered = rewrite(file.base64, (document) => {
      (document.sessions[0]!.venue as { name: string }).name = 'Diubah';
    });
    await host.services.deleteSession(id);
    const progress = await importAndWait(host.services, { fileName: file.fileName, base64: altered });
    expect(progress.outcome).toMatchObject({ ok: false, code: 'invalid_content' });
    expect(await host.services.listSessions({})).toHaveLength(0);
  });
});
