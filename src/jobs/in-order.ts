// The CLI's streamed `analyze --jobs N`: documents analysed by N threads, this one among them, each
// document's parts (streamed/parts.ts) handed on in input order. This thread takes part because it
// is otherwise mostly idle (it only reads the inputs and writes the parts out), while every worker
// thread costs its own start, heap and compiled code: one thread fewer for the same cores. The
// workers are fed first; this thread analyses a document whenever they have enough in hand.
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import type { MetadataOverride } from '../pipeline.js';
import type { CsvOptions } from '../report/csv.js';
import type { DocumentParts } from '../streamed/parts.js';
import type { SourceDocument } from '../types.js';
import { IN_FLIGHT, type JobReply, type JobRequest, rethrown, type WorkerSetup, workerUrl } from './pool.js';

/** A document to analyse, as the reader hands it over. */
export interface SourceJob {
  source: SourceDocument;
  override: MetadataOverride | undefined;
}

/**
 * Documents taken but not yet handed on, per thread: a slow document holds back the others' results
 * (they are handed on in input order), and this bounds how many wait for it in memory.
 */
const WAITING_PER_THREAD = 8;

/**
 * Analyses the documents `next` gives (undefined: no more) in `threads` threads, this one (which
 * runs `here`) and threads - 1 workers (`setup.parts` sets how they make the parts), handing the
 * parts of each and its job to `onParts` in the order `next` gave them; a document's ordinal in its
 * parts is its place in that order. Only a bounded number are in memory at a time: `next` is asked
 * for a document only when there is room. Of the documents that failed, the first in input order is
 * thrown, after what came before it was handed on; an error of `next` or `onParts` stops the run
 * and is thrown first.
 */
export async function analyzeInOrder(
  next: () => SourceJob | undefined,
  setup: WorkerSetup & { parts: { csv: CsvOptions } },
  threads: number,
  here: (job: SourceJob, index: number) => DocumentParts,
  onParts: (parts: DocumentParts, job: SourceJob) => void,
): Promise<void> {
  // Parts that came before an earlier document's, and the jobs taken, by index.
  const ready = new Map<number, DocumentParts>();
  const jobs = new Map<number, SourceJob>();
  let taken = 0;
  let handed = 0;
  let exhausted = false;
  let stopped: { error: unknown } | undefined;
  let firstError: { index: number; error: Error } | undefined;
  let broken: unknown;
  let wake: (() => void) | undefined;
  const window = threads * WAITING_PER_THREAD;
  const pool = Array.from({ length: threads - 1 }, () => new Worker(workerUrl(), { workerData: setup }));
  const pending = pool.map(() => 0);
  const failed = (index: number, error: Error) => {
    if (firstError === undefined || index < firstError.index) firstError = { index, error };
  };
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
  const canTake = () =>
    !exhausted && stopped === undefined && firstError === undefined && taken - handed < window;
  /** The next job and its index, or undefined (no more, no room, or stopped). */
  const take = (): [SourceJob, number] | undefined => {
    if (!canTake()) return undefined;
    let job: SourceJob | undefined;
    try {
      job = next();
    } catch (error) {
      stopped ??= { error };
      return undefined;
    }
    if (job === undefined) {
      exhausted = true;
      return undefined;
    }
    jobs.set(taken, job);
    return [job, taken++];
  };
  const feed = () => {
    pool.forEach((worker, slot) => {
      for (let got = (pending[slot] ?? 0) < IN_FLIGHT ? take() : undefined; got; ) {
        const [job, index] = got;
        worker.postMessage({ index, source: job.source, override: job.override } satisfies JobRequest);
        pending[slot] = (pending[slot] ?? 0) + 1;
        got = (pending[slot] ?? 0) < IN_FLIGHT ? take() : undefined;
      }
    });
  };
  pool.forEach((worker, slot) => {
    worker.on('message', (reply: JobReply) => {
      pending[slot] = (pending[slot] ?? 1) - 1;
      if ('error' in reply) failed(reply.index, rethrown(reply.error));
      else if ('parts' in reply) {
        ready.set(reply.index, reply.parts);
        hand();
      } else broken ??= new Error('a worker thread replied with a document, not its parts');
      feed();
      wake?.();
    });
    worker.on('error', (error) => {
      broken ??= error;
      wake?.();
    });
    worker.on('exit', (code) => {
      if ((pending[slot] ?? 0) > 0)
        broken ??= new Error(`a worker thread stopped (exit code ${code}) with documents unfinished`);
      wake?.();
    });
  });
  try {
    for (;;) {
      feed();
      if (broken !== undefined) throw broken;
      const got = take();
      if (got) {
        const [job, index] = got;
        try {
          ready.set(index, here(job, index));
        } catch (error) {
          failed(index, error instanceof Error ? error : new Error(String(error)));
        }
        hand();
        // Lets the workers' replies in, so that they are fed again while this thread works.
        await nextTurn();
      } else if (pending.every((count) => count === 0)) break;
      else await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
  if (stopped) throw stopped.error;
  if (firstError) throw firstError.error;
}
