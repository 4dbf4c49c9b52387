// `analyze --jobs N`: documents analysed in N worker threads, the results put back in input order,
// so every report is byte for byte what one thread writes. Reading the inputs, the aggregates and
// the reports stay on the main thread. For the CLI's streamed run a worker also makes each
// document's report lines and digest (analyzeInOrder): a whole analysed document is several times
// its text, and copying it back and reducing it there had made the main thread the bottleneck. The
// library's
// analyzeInputs stays synchronous and worker-free; this is what the CLI adds on top of it.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { DialogueStanceError, type ErrorCode } from '../errors.js';
import type { MetadataOverride } from '../pipeline.js';
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
export const IN_FLIGHT = 2;

/**
 * How many threads analyse `documents` documents: `jobs` when given (never more than there are
 * documents), else one per core for large inputs and fewer for small ones; 1 means no worker at all
 * (analyzeInWorkers starts this many workers; the streamed run, analyzeInOrder, one fewer).
 */
export function workerCount(documents: number, jobs?: number): number {
  if (jobs !== undefined) return Math.max(1, Math.min(jobs, documents));
  return Math.max(1, Math.min(availableParallelism(), Math.ceil(documents / DOCUMENTS_PER_WORKER)));
}

/**
 * The built worker script. Under the test runner this module is TypeScript source, which a worker
 * thread cannot load: the build's copy (dist/) is used, as the spawned-CLI tests do.
 */
export function workerUrl(name = 'worker'): URL {
  const here = import.meta.url;
  return here.endsWith('.ts') ? new URL(`../../dist/jobs/${name}.js`, here) : new URL(`./${name}.js`, here);
}

/** Rebuilds a worker's error: a coded error keeps its code (and so its exit status). */
export function rethrown({
  message,
  code,
  stack,
}: {
  message: string;
  code?: ErrorCode;
  stack?: string;
}): Error {
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
