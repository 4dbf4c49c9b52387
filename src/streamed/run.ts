// `analyze` as the CLI runs it: the documents are read one at a time as the analysis needs them,
// and each is reduced at once to its parts (parts.ts: its digest and its lines in the spools), so
// memory does not grow with the corpus. With workers, the parts are made in the worker threads. The reports are the ones runAnalyze writes, byte for byte;
// they go through a FolderStage, so a failed run leaves no report half-written and no scratch file.
import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { listInputs, type Refusal, readListed } from '../ingest/read.js';
import { type ChartThread, chartThreadFor } from '../jobs/chart-thread.js';
import { heapKeeper } from '../jobs/heap.js';
import { analyzeInOrder, type SourceJob } from '../jobs/in-order.js';
import { workerCount } from '../jobs/pool.js';
import { analyzeDocument } from '../pipeline.js';
import { UnmatchedCounter } from '../report/unmatched.js';
import {
  type AnalyzeOptions,
  checkTextFile,
  noDocument,
  type ParallelOptions,
  prepareCodebook,
  readOptions,
} from '../run.js';
import { checkOutputFolder, FolderStage } from '../write.js';
import { Digester, type DocumentDigest } from './digest.js';
import { finishReports } from './finish.js';
import { type DocumentParts, documentParts } from './parts.js';
import { ReportSpools } from './spools.js';

/** Documents from which on the two charts are drawn in two threads. */
const WIDE_CHARTS = 500;

export interface StreamedSummary {
  documents: number;
  statements: number;
  /** Inputs that could not be read as documents; the reports cover the others. */
  refused: Refusal[];
}

export async function runAnalyzeStreamed(
  options: AnalyzeOptions & ParallelOptions & { out: string; textOut?: string; charts?: ChartThread },
): Promise<StreamedSummary> {
  // Started as early as can be (the CLI starts it before it loads this module), so that vega is
  // loaded in it while the documents are analysed.
  const charts = options.charts ?? chartThreadFor(options.jobs);
  try {
    return await analyzeStreamed(options, charts);
  } catch (error) {
    charts?.stop();
    throw error;
  }
}

async function analyzeStreamed(
  options: AnalyzeOptions & ParallelOptions & { out: string; textOut?: string },
  charts: ChartThread | undefined,
): Promise<StreamedSummary> {
  checkOutputFolder(options.out);
  if (options.textOut) checkOutputFolder(options.textOut);
  // An output folder inside an input folder is never read back as input.
  const exclude = [options.out, ...(options.textOut ? [options.textOut] : []), ...(options.exclude ?? [])];
  const settings = { ...options, exclude };
  const { codebook, metadataFiles, overrides } = prepareCodebook(settings);
  const reading = readOptions(settings);
  const listing = listInputs(options.inputs, reading);
  const refused = [...listing.refused];
  if (listing.paths.length === 0) throw noDocument(options, refused);
  // Found before the folder is made, as runAnalyze finds it.
  const textFolder = options.textOut === undefined ? undefined : realOrResolved(options.textOut);
  const stage = FolderStage.open(options.out);
  const sameFolder = options.textOut !== undefined && resolve(options.textOut) === resolve(options.out);
  let textStage: FolderStage | undefined;
  try {
    textStage =
      options.textOut === undefined ? undefined : sameFolder ? stage : FolderStage.open(options.textOut);
    const spools = new ReportSpools(stage, options);
    const digests: DocumentDigest[] = [];
    const texts: string[] = [];
    const digester = new Digester();
    const keepHeap = heapKeeper();
    const unmatched = new UnmatchedCounter(codebook.compiled.series);
    const fingerprint = createHash('sha256');
    let total = listing.paths.length;
    const progress = options.onProgress ?? (() => {});
    progress(0, total);
    const csv = { excel: options.excel, escapeFormulas: options.escapeFormulas };
    // A document's parts (parts.ts), made here or in a worker thread, taken in run order.
    const take = (parts: DocumentParts, { source }: SourceJob) => {
      if (parts.ordinal !== digests.length) throw new Error(`document ${parts.ordinal} taken out of order`);
      if (options.textOut !== undefined && textFolder !== undefined && textStage !== undefined) {
        checkTextFile(options.textOut, textFolder, source);
        textStage.writeWhole(`${source.id}.txt`, source.text);
        texts.push(`${source.id}.txt`);
      }
      spools.write(parts.lines);
      unmatched.addFinds(parts.unmatched);
      fingerprint.update(parts.fingerprint);
      digests.push(digester.adopt(parts.digest));
      progress(digests.length, total);
      keepHeap();
    };
    let next = 0;
    const read = (): SourceJob | undefined => {
      while (next < listing.paths.length) {
        const source = readListed(listing.paths[next++] as string, reading, refused);
        if (source) return { source, override: overrides.get(source.id) };
        progress(digests.length, --total);
      }
      return undefined;
    };
    const workers = workerCount(listing.paths.length, options.jobs);
    // Thousands of meetings make charts of seconds each: they are drawn side by side.
    if (listing.paths.length >= WIDE_CHARTS) charts?.widen();
    const partsOf = (job: SourceJob, ordinal: number) =>
      documentParts(analyzeDocument(job.source, codebook.compiled, job.override), ordinal, {
        csv,
        series: codebook.compiled.series,
      });
    const setup = { codebook: options.codebook, parts: { csv } };
    if (workers > 1) await analyzeInOrder(read, setup, workers, partsOf, take);
    else for (let job = read(); job !== undefined; job = read()) take(partsOf(job, digests.length), job);
    if (digests.length === 0) throw noDocument(options, refused);
    const pass = {
      codebook,
      digests,
      cells: digester.cells,
      keepHeap,
      spools,
      unmatched,
      fingerprint,
      facts: { codebook, metadataFiles, refused },
    };
    const names = await finishReports(pass, stage, { ...options, charts });
    if (sameFolder) stage.commit([...names, ...texts]);
    else {
      stage.commit(names);
      textStage?.commit(texts);
    }
    const statements = digests.reduce((n, d) => n + d.statements, 0);
    return { documents: digests.length, statements, refused };
  } catch (error) {
    stage.abort();
    textStage?.abort();
    throw error;
  }
}

function realOrResolved(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return resolve(path);
  }
}
