import type { ContentImportProblem, ContentImportResult, ScenarioEntry, VenueEntry } from '../../shared/contract/editor';
import type { CreateSessionInput, SessionDetail } from '../../shared/contract/sessions';
import { HostError } from '../../shared/contract/rpc';
import { translate, type MessageKey } from '../../shared/i18n/messages';
import { bundledScenarios, getScenario, parseScenario, type Scenario } from '../../shared/scenario/index';
import { bundledVenues, getVenue, isBundledVenue, registerVenue, type CompiledVenue } from '../../shared/venue/index';
import { validateVenue, venueSaveable, type VenueProblem } from '../../shared/venue/validate';
import { decodeContentFile, encodeContentFile } from '../storage/contentFile';
import { ContentLibrary, SessionSources } from '../storage/contentLibrary';
import { bilingual } from '../storage/sessionFile';
import type { SqliteDatabase } from '../storage/database';

/**
 * The venue and scenario library behind the editors: shipped templates (read-only) next to the user's
 * own, stored in SQLite after the game's own parsers accepted them; portable files; and the copies of
 * venue and scenario each session keeps, registered with the engine before a session is played, so a
 * user venue edited or deleted later never changes how an older session replays.
 */
export class EditorLibrary {
  private readonly content: ContentLibrary;
  private readonly sources: SessionSources;

  /** @param db an open, migrated database; @param now clock for timestamps */
  constructor(db: SqliteDatabase, private readonly now: () => Date = () => new Date()) {
    this.content = new ContentLibrary(db);
    this.sources = new SessionSources(db);
  }

  /** Templates first (in shipped order), then the user's venues, the most recently saved first. */
  listVenues(): VenueEntry[] {
    const templates = Object.keys(bundledVenues).flatMap((id): VenueEntry[] => {
      const venue = getVenue(id);
      return venue ? [{ id, name: venue.file.name, source: 'template', updatedAt: null }] : [];
    });
    return [...templates, ...this.content.venues().map((row): VenueEntry => ({ id: row.id, name: row.name, source: 'stored', updatedAt: row.updatedAt }))];
  }

  /** A venue's file by id: a template's or a stored one. */
  venueFile(id: string): { source: VenueEntry['source']; venue: unknown } {
    if (isBundledVenue(id)) return { source: 'template', venue: (bundledVenues as Record<string, unknown>)[id] };
    const row = this.content.venue(id);
    if (!row) throw new HostError('not_found', `No venue ${id}`);
    return { source: 'stored', venue: row.venue };
  }

  /** Validates and stores a user venue; refuses a template's id and any venue with errors. */
  saveVenue(raw: unknown): VenueEntry {
    const file = this.checkedVenue(raw);
    if (isBundledVenue(file.id)) throw refusal('conflict', 'editor.refuse.template', { id: file.id });
    const at = this.now().toISOString();
    this.content.saveVenue(file.id, file.name, file, at);
    return { id: file.id, name: file.name, source: 'stored', updatedAt: at };
  }

  /** Deletes a user venue unless a stored scenario is played on it. */
  deleteVenue(id: string): { deleted: boolean } {
    if (isBundledVenue(id)) throw refusal('forbidden', 'editor.refuse.template', { id });
    return this.content.atomically(() => {
      const users = this.content.scenariosOnVenue(id);
      if (users.length > 0) throw refusal('conflict', 'editor.refuse.venueInUse', { id, scenarios: users.join(', ') });
      return { deleted: this.content.deleteVenue(id) };
    });
  }

  /** Shipped scenarios first, then the user's. */
  listScenarios(): ScenarioEntry[] {
    const templates = Object.keys(bundledScenarios).flatMap((id): ScenarioEntry[] => {
      const s = getScenario(id);
      return s ? [{ id, name: s.name, venueId: s.venueId, source: 'template', updatedAt: null }] : [];
    });
    const stored = this.content.scenarios().flatMap((row): ScenarioEntry[] => {
      const name = row.name as { id?: unknown; en?: unknown } | null;
      if (!name || typeof name.id !== 'string' || typeof name.en !== 'string') return [];
      return [{ id: row.id, name: { id: name.id, en: name.en }, venueId: row.venueId, source: 'stored', updatedAt: row.updatedAt }];
    });
    return [...templates, ...stored];
  }

  /** A scenario's file by id. */
  scenarioFile(id: string): { source: ScenarioEntry['source']; scenario: unknown } {
    if (Object.prototype.hasOwnProperty.call(bundledScenarios, id)) return { source: 'template', scenario: bundledScenarios[id] };
    const row = this.content.scenario(id);
    if (!row) throw new HostError('not_found', `No scenario ${id}`);
    return { source: 'stored', scenario: row.scenario };
  }

  /** Validates a scenario on its venue with the game's parser and stores it. */
  saveScenario(raw: unknown): ScenarioEntry {
    const scenario = this.checkedScenario(raw);
    if (Object.prototype.hasOwnProperty.call(bundledScenarios, scenario.id)) throw refusal('conflict', 'editor.refuse.template', { id: scenario.id });
    const at = this.now().toISOString();
    this.content.saveScenario(scenario.id, scenario.name, scenario.venueId, raw, at);
    return { id: scenario.id, name: scenario.name, venueId: scenario.venueId, source: 'stored', updatedAt: at };
  }

  /** Deletes a user scenario (sessions played on it keep their copy). */
  deleteScenario(id: string): { deleted: boolean } {
    if (Object.prototype.hasOwnProperty.call(bundledScenarios, id)) throw refusal('forbidden', 'editor.refuse.template', { id });
    return { deleted: this.content.deleteScenario(id) };
  }

  /** A portable file of a venue, or of a scenario with its user venue. */
  exportContent(kind: 'venue' | 'scenario', id: string): { fileName: string; base64: string } {
    const at = this.now().toISOString();
    if (kind === 'venue') {
      const { venue } = this.venueFile(id);
      return { fileName: `${id}.venue.json`, base64: Buffer.from(encodeContentFile({ venue }, at)).toString('base64') };
    }
    const { scenario } = this.scenarioFile(id);
    const venueId = (scenario as { venueId?: unknown }).venueId;
    const venue = typeof venueId === 'string' && !isBundledVenue(venueId) ? this.content.venue(venueId)?.venue : undefined;
    return { fileName: `${id}.scenario.json`, base64: Buffer.from(encodeContentFile(venue ? { venue, scenario } : { scenario }, at)).toString('base64') };
  }

  /**
   * Imports a portable file: the envelope, then the venue with the editor's checks, then the scenario
   * with the game's parser on that venue. Only when all of it is valid are venue and scenario written,
   * in one transaction; a venue or scenario whose id is taken by different content is stored as a copy.
   */
  importContent(base64: string): ContentImportResult {
    const decoded = decodeContentFile(Buffer.from(base64, 'base64'));
    if (!decoded.ok) return decoded;
    const { venue: rawVenue, scenario: rawScenario } = decoded.document;
    let venue: { file: CompiledVenue['file']; compiled: CompiledVenue } | null = null;
    if (rawVenue !== null) {
      const problems = validateVenue(rawVenue).filter((p) => p.severity === 'error');
      const reg = registerVenue(rawVenue);
      if (problems.length > 0 || !reg.ok) return invalidVenue(rawVenue, problems, reg.ok ? [] : reg.issues);
      venue = { file: reg.venue.file, compiled: reg.venue };
    }
    const venueId = venue ? this.freeVenueId(venue.file) : null;
    let scenario: { json: Record<string, unknown>; parsed: Scenario } | null = null;
    if (rawScenario !== null) {
      const named = (rawScenario as { venueId?: unknown }).venueId;
      const own = venue && named === venue.file.id ? { ...(rawScenario as Record<string, unknown>), venueId } : (rawScenario as Record<string, unknown>);
      const target = venue && named === venue.file.id ? venue.compiled : this.compiledVenueOf(String(named));
      if (!target) return importRefusal('invalid_scenario', 'editor.import.noVenue', { name: nameOf(rawScenario), venue: String(named).slice(0, 48) });
      const parsed = parseScenario(own, target);
      if (!parsed.ok) return importRefusal('invalid_scenario', 'editor.import.invalidScenario', { name: nameOf(rawScenario), problem: parsed.issues[0] ?? '' }, parsed.issues);
      scenario = { json: own, parsed: parsed.scenario };
    }
    const at = this.now().toISOString();
    return this.content.atomically(() => {
      if (venue && venueId) this.content.saveVenue(venueId, venue.file.name, { ...venue.file, id: venueId }, at);
      let scenarioId: string | null = null;
      if (scenario) {
        scenarioId = this.freeScenarioId(scenario.parsed.id, scenario.json);
        this.content.saveScenario(scenarioId, scenario.parsed.name, scenario.parsed.venueId, { ...scenario.json, id: scenarioId }, at);
      }
      return { ok: true as const, venueId, scenarioId };
    });
  }

  /**
   * Makes the venue a session is created on known to the engine and returns what to keep with it: a user
   * venue is registered under its revision id, which the setup must name.
   */
  prepareSession(input: CreateSessionInput): { venue: unknown; scenario: unknown } {
    const setupVenue = (input.setup as { venueId?: unknown } | null)?.venueId;
    if (input.venue !== undefined) {
      const reg = registerVenue(input.venue);
      if (!reg.ok) throw new HostError('invalid_arguments', `Invalid venue: ${reg.issues.slice(0, 3).join('; ')}`);
      if (reg.id !== setupVenue) throw new HostError('invalid_arguments', `The setup names venue ${String(setupVenue)}, the venue sent is ${reg.id}`);
      return { venue: input.venue, scenario: input.scenario ?? null };
    }
    const venue = typeof setupVenue === 'string' && isBundledVenue(setupVenue) ? (bundledVenues as Record<string, unknown>)[setupVenue] : null;
    return { venue, scenario: input.scenario ?? bundledScenarios[input.scenarioId] ?? null };
  }

  /** Keeps a new session's venue and scenario with it. */
  keepSources(sessionId: string, sources: { venue: unknown; scenario: unknown }): void {
    this.sources.save(sessionId, sources.venue, sources.scenario);
  }

  /**
   * Registers the user venue a stored session was played on (its kept copy) so the engine can rebuild
   * it; returns that copy, or undefined for a session on a shipped venue.
   */
  restoreVenueOf(sessionId: string): unknown {
    const kept = this.sources.of(sessionId);
    if (!kept || kept.venue === null) return undefined;
    const reg = registerVenue(kept.venue);
    return reg.ok && !isBundledVenue(reg.id) ? kept.venue : undefined;
  }

  /** The kept venue and scenario of a session played on a user venue (for its portable file), else null. */
  userVenueOf(sessionId: string): { venue: Record<string, unknown>; scenario: unknown } | null {
    const kept = this.sources.of(sessionId);
    if (!kept || typeof kept.venue !== 'object' || kept.venue === null) return null;
    const reg = registerVenue(kept.venue);
    if (!reg.ok || isBundledVenue(reg.id)) return null;
    return { venue: kept.venue as Record<string, unknown>, scenario: kept.scenario };
  }

  /** A session detail with its user venue attached, for the renderer to register too. */
  withVenue(detail: SessionDetail): SessionDetail {
    const venue = this.restoreVenueOf(detail.summary.id);
    return venue === undefined ? detail : { ...detail, venue };
  }

  /** Copies a session's kept venue and scenario to another (a what-if branch). */
  copySources(fromId: string, toId: string): void {
    const kept = this.sources.of(fromId);
    if (kept) this.sources.save(toId, kept.venue, kept.scenario);
  }

  private checkedVenue(raw: unknown): CompiledVenue['file'] {
    const problems = validateVenue(raw);
    const reg = registerVenue(raw);
    if (!venueSaveable(problems) || !reg.ok) {
      const lines = [...problems.filter((p) => p.severity === 'error').map((p) => describeProblem(p, 'en')), ...(reg.ok ? [] : reg.issues)];
      throw new HostError('invalid_arguments', `Invalid venue: ${lines.slice(0, 5).join('; ')}`);
    }
    return reg.venue.file;
  }

  private checkedScenario(raw: unknown): Scenario {
    const venueId = (raw as { venueId?: unknown } | null)?.venueId;
    const venue = typeof venueId === 'string' ? this.compiledVenueOf(venueId) : null;
    if (!venue) throw new HostError('invalid_arguments', `Invalid scenario: no venue ${String(venueId).slice(0, 48)}`);
    const parsed = parseScenario(raw, venue);
    if (!parsed.ok) throw new HostError('invalid_arguments', parsed.message);
    return parsed.scenario;
  }

  /** The compiled template or stored venue with this id, or null. */
  private compiledVenueOf(id: string): CompiledVenue | null {
    if (isBundledVenue(id)) return getVenue(id);
    const row = this.content.venue(id);
    if (!row) return null;
    const reg = registerVenue(row.venue);
    return reg.ok ? reg.venue : null;
  }

  /** The venue's own id when free or holding the same content, else the first free `id-2`, `id-3` ... */
  private freeVenueId(file: CompiledVenue['file']): string {
    return freeId(file.id, (id) => {
      if (isBundledVenue(id)) return false;
      const row = this.content.venue(id);
      return !row || JSON.stringify(row.venue) === JSON.stringify({ ...file, id });
    });
  }

  private freeScenarioId(id: string, json: Record<string, unknown>): string {
    return freeId(id, (candidate) => {
      if (Object.prototype.hasOwnProperty.call(bundledScenarios, candidate)) return false;
      const row = this.content.scenario(candidate);
      return !row || JSON.stringify(row.scenario) === JSON.stringify({ ...json, id: candidate });
    });
  }
}

/** `base` when `usable`, else `base-2`, `base-3` ... (kept within the 48 characters of an id). */
function freeId(base: string, usable: (id: string) => boolean): string {
  if (usable(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const id = `${base.slice(0, 48 - suffix.length)}${suffix}`;
    if (usable(id)) return id;
  }
}

/** A problem of the venue checks in one language. */
export function describeProblem(problem: VenueProblem, language: 'id' | 'en'): string {
  return translate(language, `editor.check.${problem.key}` as MessageKey, problem.params);
}

function nameOf(raw: unknown): string {
  const r = raw as { name?: unknown; id?: unknown } | null;
  const name = typeof r?.name === 'string' ? r.name : typeof (r?.name as { id?: unknown } | undefined)?.id === 'string' ? (r!.name as { id: string }).id : r?.id;
  return String(name ?? '?').slice(0, 80);
}

function invalidVenue(raw: unknown, problems: VenueProblem[], issues: string[]): ContentImportProblem {
  const first = problems[0];
  const messages = bilingual('editor.import.invalidVenue', (language) => ({ name: nameOf(raw), problem: first ? describeProblem(first, language) : (issues[0] ?? '') }));
  return { ok: false, code: 'invalid_venue', messages, issues: [...problems.map((p) => describeProblem(p, 'en')), ...issues].slice(0, 20) };
}

function importRefusal(code: ContentImportProblem['code'], key: MessageKey, params: Record<string, string>, issues: string[] = []): ContentImportProblem {
  return { ok: false, code, messages: bilingual(key, params), issues: issues.slice(0, 20) };
}

/** A HostError whose message is the refusal in both languages (Indonesian first). */
function refusal(code: 'conflict' | 'forbidden', key: MessageKey, params: Record<string, string>): HostError {
  return new HostError(code, `${translate('id', key, params)} / ${translate('en', key, params)}`);
}
