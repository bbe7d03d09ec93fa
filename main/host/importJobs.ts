import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { HostError } from '../../shared/contract/rpc';
import type { ImportOutcome, ImportProgress } from '../../shared/contract/sessions';
import type { SqliteDatabase } from '../storage/database';
import { SessionLibrary } from '../storage/sessionLibrary';
import { bilingual, importProblem, type ImportProblem } from '../storage/sessionFile';
import { describeError, type ImportWorkerInput, type ImportWorkerMessage } from './importWorker';

/**
 * Imports run as background jobs. `start` hands the file to a worker thread (importWorker.ts), which
 * decodes, validates and re-simulates every session while the host keeps answering other calls; the
 * renderer polls `progress` (the session being checked, n of N) and may `cancel`, which terminates the
 * worker at once. Only when every session is verified does the worker write them, in one transaction
 * on its own connection (a 500-session write would otherwise hold the host's thread for a second): a
 * refused, failed or cancelled import writes nothing. Once writing has begun it can no longer be
 * cancelled; it is short, and it commits whole or not at all.
 */
export class ImportJobs {
  private readonly jobs = new Map<string, Job>();
  private readonly library: SessionLibrary;
  /** Worker threads started and not yet exited. */
  private live = 0;

  /** @param db the host's database (the worker opens its own connection to the same file) */
  constructor(
    private readonly db: SqliteDatabase,
    private readonly options: { workerEntry?: WorkerEntry; keepFinished?: number } = {},
  ) {
    this.library = new SessionLibrary(db);
  }

  /** Starts checking a file; at most one import runs at a time (a second one fails at once, saying so). */
  start(payload: { fileName: string; base64: string }, now: Date): { jobId: string } {
    const jobId = randomUUID();
    const job: Job = { jobId, state: 'running', phase: 'reading', done: 0, total: 0, currentName: null, outcome: null, worker: null, exited: Promise.resolve(), settled: [] };
    this.jobs.set(jobId, job);
    this.prune();
    if ([...this.jobs.values()].some((other) => other !== job && other.state === 'running')) {
      this.finish(job, 'failed', refused(importProblem('busy', bilingual('import.busy'))));
      return { jobId };
    }
    const decoded = Buffer.from(payload.base64, 'base64');
    // A fresh buffer of its own, so it can be moved to the worker instead of copied.
    const bytes = new Uint8Array(decoded.byteLength);
    bytes.set(decoded);
    const input: ImportWorkerInput = { bytes, now: now.toISOString(), databasePath: this.db.name };
    let worker: Worker;
    try {
      worker = spawnImportWorker(input, this.options.workerEntry ?? importWorkerEntry());
    } catch (error) {
      this.finish(job, 'failed', refused(checkFailed(error)));
      return { jobId };
    }
    job.worker = worker;
    this.live += 1;
    job.exited = new Promise((resolve) => worker.once('exit', () => resolve()));
    void job.exited.then(() => (this.live -= 1));
    worker.on('message', (message: ImportWorkerMessage) => {
      if (job.state !== 'running') return;
      if (message.type === 'progress') {
        Object.assign(job, { phase: message.phase, done: message.done, total: message.total, currentName: message.currentName });
        return;
      }
      if (message.type === 'writing') {
        Object.assign(job, { phase: 'writing', done: message.total, total: message.total, currentName: null });
        return;
      }
      job.worker = null;
      const { result } = message;
      if (!result.ok) {
        this.finish(job, 'failed', refused(result));
        return;
      }
      this.finish(job, 'done', { ok: true, imported: result.ids.map((id) => this.summaryOf(id)) });
    });
    worker.on('error', (error) => {
      if (job.state !== 'running') return;
      job.worker = null;
      const outOfMemory = (error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
      this.finish(job, 'failed', refused(outOfMemory ? importProblem('too_large', bilingual('import.outOfMemory')) : checkFailed(error)));
    });
    worker.on('exit', (code) => {
      if (job.state !== 'running') return;
      job.worker = null;
      this.finish(job, 'failed', refused(checkFailed(new Error(`the checking thread stopped (exit code ${code})`))));
    });
    return { jobId };
  }

  /** Where a job stands. */
  progress(jobId: string): ImportProgress {
    return view(this.job(jobId));
  }

  /**
   * Stops a running job: the worker is terminated and nothing is written. A job already writing (all
   * verified; one short transaction) or finished is left as it is.
   */
  cancel(jobId: string): ImportProgress {
    const job = this.job(jobId);
    if (job.state === 'running' && job.phase !== 'writing') {
      const worker = job.worker;
      job.worker = null;
      this.finish(job, 'cancelled', null);
      if (worker) void worker.terminate();
    }
    return view(job);
  }

  /** Resolves when the job is done, failed or cancelled and its worker thread has exited (tests, the benchmark). */
  async settled(jobId: string): Promise<ImportProgress> {
    const job = this.job(jobId);
    if (job.state === 'running') await new Promise<void>((resolve) => job.settled.push(resolve));
    await job.exited;
    return view(job);
  }

  /** Worker threads started and not yet exited. */
  get runningWorkers(): number {
    return this.live;
  }

  /** Stops every job still checking (when the host closes); one already writing finishes its transaction. */
  close(): void {
    for (const job of this.jobs.values()) if (job.state === 'running') this.cancel(job.jobId);
  }

  private summaryOf(id: string) {
    const summary = this.library.get(id);
    if (!summary) throw new HostError('internal', `Imported session ${id} is missing`);
    return summary;
  }

  private finish(job: Job, state: Exclude<Job['state'], 'running'>, outcome: ImportOutcome | null): void {
    job.state = state;
    job.phase = 'finished';
    job.outcome = outcome;
    if (state === 'done') job.done = job.total;
    for (const resolve of job.settled.splice(0)) resolve();
  }

  private job(jobId: string): Job {
    const job = this.jobs.get(jobId);
    if (!job) throw new HostError('not_found', `No import job ${jobId}`);
    return job;
  }

  /** Forgets the oldest finished jobs beyond `keepFinished` (their outcome has long been read). */
  private prune(): void {
    const finished = [...this.jobs.values()].filter((job) => job.state !== 'running');
    const excess = finished.length - (this.options.keepFinished ?? 16);
    for (const job of finished.slice(0, Math.max(0, excess))) this.jobs.delete(job.jobId);
  }
}

interface Job {
  jobId: string;
  state: ImportProgress['state'];
  phase: ImportProgress['phase'];
  done: number;
  total: number;
  currentName: string | null;
  outcome: ImportOutcome | null;
  worker: Worker | null;
  /** Resolves when the job's worker thread has exited. */
  exited: Promise<void>;
  settled: (() => void)[];
}

function view(job: Job): ImportProgress {
  const { jobId, state, phase, done, total, currentName, outcome } = job;
  return { jobId, state, phase, done, total, currentName, outcome };
}

/** The contract's failed outcome for a problem. */
function refused(problem: ImportProblem): ImportOutcome {
  return { ok: false, code: problem.code, message: `${problem.messages.id} / ${problem.messages.en}`, messages: problem.messages, issues: problem.issues };
}

function checkFailed(error: unknown): ImportProblem {
  const reason = describeError(error);
  return importProblem('check_failed', bilingual('import.checkFailed', { reason }), [reason]);
}

/** Where the worker's code is: the bundled CommonJS file, or the TypeScript source run through tsx. */
export type WorkerEntry = { kind: 'bundled' | 'source'; path: string };

/**
 * The worker entry next to this module: `import-worker.cjs` beside the bundle in dist/main (built by
 * scripts/build.mjs; Electron 17.3+ loads worker scripts from inside its asar archive), else
 * `importWorker.ts` beside this source file (vitest, tsx, the benchmark).
 */
export function importWorkerEntry(): WorkerEntry {
  const here = dirname(fileURLToPath(import.meta.url));
  const bundled = join(here, 'import-worker.cjs');
  if (existsSync(bundled)) return { kind: 'bundled', path: bundled };
  return { kind: 'source', path: join(here, 'importWorker.ts') };
}

function spawnImportWorker(input: ImportWorkerInput, entry: WorkerEntry): Worker {
  const options = {
    workerData: { importWorker: true, input },
    transferList: [input.bytes.buffer as ArrayBuffer],
    resourceLimits: { maxOldGenerationSizeMb: 1536 },
  };
  if (entry.kind === 'bundled') return new Worker(entry.path, options);
  // From source the worker compiles TypeScript with tsx (a dev dependency; never needed by the bundle).
  const tsx = createRequire(import.meta.url).resolve('tsx/cjs/api');
  return new Worker(`require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(entry.path)});`, { ...options, eval: true });
}
