import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { HostApi } from '../../shared/contract/methods';
import type { ImportProgress } from '../../shared/contract/sessions';
import { setupSchema, type SetupInput } from '../../shared/engine';
import { smallSetup } from '../../shared/engine/fixtures';
import { startHost, type RunningHost } from '../../main/host/bootstrap';
import { playersOf, samplePlanCommands } from './samplePlay';

/**
 * Helpers for the export/import tests and the import benchmark: hosts on real SQLite files in
 * temporary folders, played sessions, file rewriting and waiting for an import job.
 */

/** Hosts in temporary folders, closed and removed by `cleanUp`. */
export class TemporaryHosts {
  readonly folders: string[] = [];
  hosts: RunningHost[] = [];

  /** A fresh host on an empty data folder. */
  fresh(): RunningHost {
    const folder = mkdtempSync(join(tmpdir(), 'sispamkota-transfer-'));
    this.folders.push(folder);
    return this.open(folder);
  }

  /** A host on an existing folder. */
  open(folder: string): RunningHost {
    const host = startHost({ dataDirectory: folder, mode: 'browser', backupOnStart: false });
    this.hosts.push(host);
    return host;
  }

  /** Closes one host (e.g. before reopening its folder). */
  close(host: RunningHost): void {
    host.close();
    this.hosts = this.hosts.filter((other) => other !== host);
  }

  /** Closes every host and removes every folder. */
  cleanUp(): void {
    for (const host of this.hosts) host.close();
    this.hosts = [];
    for (const folder of this.folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  }
}

/** Creates a session of `setupInput` (a small KPU setup by default) and plays `turns` turns. */
export async function playedSession(services: HostApi, turns: number, setupInput: SetupInput = smallSetup(60, 50), name = 'Latihan ekspor') {
  const setup = setupSchema.parse(setupInput);
  const created = await services.createSession({
    name,
    scenarioId: 'sample',
    setup,
    seed: 99,
    players: playersOf(setup),
    crowdController: 'person',
  });
  for (let turn = 0; turn < turns; turn += 1) {
    const detail = await services.openSession(created.summary.id);
    for (const command of samplePlanCommands(detail)) {
      const outcome = await services.sendCommand(created.summary.id, command);
      if (!outcome.ok) throw new Error(`sample command refused: ${outcome.reason}: ${outcome.message}`);
    }
  }
  return services.openSession(created.summary.id);
}

/** The JSON document inside a file's base64. */
export function readDocument(base64: string): Record<string, unknown> & { sessions: Record<string, unknown>[] } {
  return JSON.parse(gunzipSync(Buffer.from(base64, 'base64')).toString('utf8')) as Record<string, unknown> & { sessions: Record<string, unknown>[] };
}

/** Packs a document as a file's base64. */
export function writeDocument(document: unknown): string {
  return gzipSync(Buffer.from(JSON.stringify(document))).toString('base64');
}

/** A file's base64 with its document changed by `change`. */
export function rewrite(base64: string, change: (document: ReturnType<typeof readDocument>) => void): string {
  const document = readDocument(base64);
  change(document);
  return writeDocument(document);
}

/** A file holding `count` copies of the first session of `base64` (distinct ids and names). */
export function multiplied(base64: string, count: number): string {
  return rewrite(base64, (document) => {
    const [first] = document.sessions;
    document.sessions = Array.from({ length: count }, (_, index) => ({ ...first, id: `salinan-${index + 1}`, name: `Latihan salinan ${index + 1}` }));
  });
}

/** Starts an import and polls its progress until it is done, failed or cancelled. */
export async function importAndWait(services: HostApi, payload: { fileName: string; base64: string }, pollMs = 10): Promise<ImportProgress> {
  const { jobId } = await services.importSessions(payload);
  for (;;) {
    const progress = await services.importProgress(jobId);
    if (progress.state !== 'running') return progress;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
