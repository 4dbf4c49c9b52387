// `analyze --jobs N`: documents analysed in N worker threads, the results put back in input order,
// so every report is byte for byte what one thread writes. Reading the inputs, the aggregates and
// the reports stay on the main thread. For the CLI's streamed run a worker also makes each
// document's report lines and digest (analyzeInOrder): a whole analysed document is several times
// its text, and copying it back and reducing it there had made the main thread the bottleneck. The
// library's
// analyzeInputs stays synchronous and worker-free; this is what the CLI adds on top of it.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { TrendRow } from '../aggregate/trends.js';
import { DialogueStanceError, type ErrorCode } from '../errors.js';
import type { MetadataOverride } from '../pipeline.js';
import type { ChartOptions } from '../report/chart.js';
import type { CsvOptions } from '../report/csv.js';
import type { DocumentParts } from '../streamed/parts.js';
import type { AnalyzedDocument, SourceDocument } from '../types.js';

export interface WorkerSetup {
  /** The codebook file, as analyze was given it (undefined: the default one). */
  codebook: string | undefined;
  /**
   * Given: a worker replies with each document's parts (streamed/parts.ts), made with these CSV
   * options, not with the document: far less to copy back, and the main thread is left only the
   * writing. Not given: with the whole document (analyzeInWorkers, for the library's result).
   */
  parts?: { csv: CsvOptions };
}

export interface JobRequest {
  index: number;
  source: SourceDocument;
  override: MetadataOverride | undefined;
}

export type JobReply =
  | { index: number; document: AnalyzedDocument }
  | { index: number; parts: DocumentParts }
  | { index: number; error: { message: string; code?: ErrorCode; stack?: string } };

/** Documents per worker below which another worker costs more to start than it saves. */
const DOCUMENTS_PER_WORKER = 32;
/** Documents sent to a worker ahead of its replies, so it never waits for the next one. */
const IN_FLIGHT = 2;

/**
 * How many workers analyse `documents` documents: `jobs` when given (never more than there are
 * documents), else one per core for large inputs and fewer for small ones; 1 means none at all.
 */
export function workerCount(documents: number, jobs?: number): number {
  if (jobs !== undefined) return Math.max(1, Math.min(jobs, documents));
  return Math.max(1, Math.min(availableParallelism(), Math.ceil(documents / DOCUMENTS_PER_WORKER)));
}

/**
 * The built worker script. Under the test runner this module is TypeScript source, which a worker
 * thread cannot load: the build's copy (dist/) is used, as the spawned-CLI tests do.
 */
function workerUrl(name = 'worker'): URL {
  const here = import.meta.url;
  return here.endsWith('.ts') ? new URL(`../../dist/jobs/${name}.js`, here) : new URL(`./${name}.js`, here);
}

/** trends.svg and shares.svg, drawn in a worker thread (jobs/chart-worker.ts). */
export function renderChartsInWorker(
  trends: readonly TrendRow[],
  options: ChartOptions,
): Promise<{ trendsSvg: string; sharesSvg: string }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerUrl('chart-worker'), { workerData: { trends, options } });
    worker.once('message', (charts: { trendsSvg: string; sharesSvg: string }) => {
      resolve(charts);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the chart worker stopped (exit code ${code})`)));
  });
}

/** Rebuilds a worker's error: a coded error keeps its code (and so its exit status). */
function rethrown({ message, code, stack }: { message: string; code?: ErrorCode; stack?: string }): Error {
  const error = code === undefined ? new Error(message) : new DialogueStanceError(code, message);
  if (stack) error.stack = stack;
  return error;
}

/**
 * Analyses `sources` in `workers` threads; resolves to the documents in the order of `sources`.
 * When documents fail, the error of the first failing one in input order is thrown, as one thread
 * would have thrown it. `onDone` is told of each document finished (for a progress bar).
 */
export async function analyzeInWorkers(
  sources: readonly SourceDocument[],
  overrides: ReadonlyMap<string, MetadataOverride>,
  setup: WorkerSetup,
  workers: number,
  onDone: () => void = () => {},
): Promise<AnalyzedDocument[]> {
  const results: (AnalyzedDocument | undefined)[] = new Array(sources.length);
  let firstError: { index: number; error: Error } | undefined;
  let next = 0;
  const pool = Array.from(
    { length: Math.min(workers, sources.length) },
    () => new Worker(workerUrl(), { workerData: setup }),
  );
  try {
    await Promise.all(
      pool.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let pending = 0;
            const send = () => {
              // After a failure, documents after the failing one need not be analysed.
              while (
                pending < IN_FLIGHT &&
                next < sources.length &&
                (firstError === undefined || next < firstError.index)
              ) {
                const index = next++;
                const source = sources[index] as SourceDocument;
                worker.postMessage({
                  index,
                  source,
                  override: overrides.get(source.id),
                } satisfies JobRequest);
                pending++;
              }
              if (pending === 0) resolve();
            };
            worker.on('message', (reply: JobReply) => {
              pending--;
              if ('error' in reply) {
                if (firstError === undefined || reply.index < firstError.index)
                  firstError = { index: reply.index, error: rethrown(reply.error) };
              } else if ('document' in reply) {
                results[reply.index] = reply.document;
                onDone();
              }
              send();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (pending > 0)
                reject(new Error(`a worker thread stopped (exit code ${code}) with documents unfinished`));
            });
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
  if (firstError) throw firstError.error;
  return results as AnalyzedDocument[];
}

/** A document to analyse, as the reader hands it over. */
export interface SourceJob {
  source: SourceDocument;
  override: MetadataOverride | undefined;
}

/**
 * Documents sent but not yet handed on, per worker: a slow document holds back the others' results
 * (they are handed on in input order), and this bounds how many wait for it in memory.
 */
const WAITING_PER_WORKER = 8;

/**
 * Analyses the documents `next` gives (undefined: no more), in `workers` threads, handing the parts
 * of each (`setup.parts` sets how they are made) and its job to `onParts`, in the order `next` gave
 * them; a document's ordinal in its parts is its place in that order. Only a bounded number are in
 * memory at a time:
 * `next` is asked for a document only when there is room. Errors as analyzeInWorkers: of the
 * documents that failed, the first in input order is thrown, after what came before it was handed
 * on; an error of `next` or `onDocument` stops the run and is thrown first.
 */
export async function analyzeInOrder(
  next: () => SourceJob | undefined,
  setup: WorkerSetup & { parts: { csv: CsvOptions } },
  workers: number,
  onParts: (parts: DocumentParts, job: SourceJob) => void,
): Promise<void> {
  // Replies that came before an earlier document's, and the jobs sent, by index.
  const ready = new Map<number, DocumentParts>();
  const jobs = new Map<number, SourceJob>();
  let sent = 0;
  let handed = 0;
  let exhausted = false;
  let stopped: { error: unknown } | undefined;
  let firstError: { index: number; error: Error } | undefined;
  const window = workers * WAITING_PER_WORKER;
  const pool = Array.from({ length: workers }, () => new Worker(workerUrl(), { workerData: setup }));
  const pending = pool.map(() => 0);
  const hand = () => {
    for (let parts = ready.get(handed); parts !== undefined; parts = ready.get(handed)) {
      const job = jobs.get(handed) as SourceJob;
      ready.delete(handed);
      jobs.delete(handed);
      handed++;
      try {
        onParts(parts, job);
      } catch (error) {
        stopped ??= { error };
      }
    }
  };
  const canSend = () =>
    !exhausted && stopped === undefined && firstError === undefined && sent - handed < window;
  try {
    await new Promise<void>((resolve, reject) => {
      const settleIfDone = () => {
        if (pending.every((count) => count === 0) && !canSend()) resolve();
      };
      const send = (slot: number) => {
        const worker = pool[slot] as Worker;
        while ((pending[slot] ?? 0) < IN_FLIGHT && canSend()) {
          let job: SourceJob | undefined;
          try {
            job = next();
          } catch (error) {
            stopped ??= { error };
            break;
          }
          if (job === undefined) {
            exhausted = true;
            break;
          }
          jobs.set(sent, job);
          worker.postMessage({
            index: sent++,
            source: job.source,
            override: job.override,
          } satisfies JobRequest);
          pending[slot] = (pending[slot] ?? 0) + 1;
        }
      };
      const sendAll = () => {
        for (let slot = 0; slot < pool.length; slot++) send(slot);
        settleIfDone();
      };
      pool.forEach((worker, slot) => {
        worker.on('message', (reply: JobReply) => {
          pending[slot] = (pending[slot] ?? 1) - 1;
          if ('error' in reply) {
            if (firstError === undefined || reply.index < firstError.index)
              firstError = { index: reply.index, error: rethrown(reply.error) };
          } else if ('parts' in reply) {
            ready.set(reply.index, reply.parts);
            hand();
          } else reject(new Error('a worker thread replied with a document, not its parts'));
          sendAll();
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if ((pending[slot] ?? 0) > 0)
            reject(new Error(`a worker thread stopped (exit code ${code}) with documents unfinished`));
        });
      });
      sendAll();
    });
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
  if (stopped) throw stopped.error;
  if (firstError) throw firstError.error;
}
