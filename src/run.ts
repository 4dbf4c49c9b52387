// The analyze job in order: read inputs -> pipeline per document -> aggregate -> report files.
// Everything is computed in memory first and written last, each file through a temporary name,
// so a failed run never leaves a half-written report behind.
import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { CHANGE_COLUMNS, type ChangeRow, changeRows } from './aggregate/changes.js';
import { CROSSLANG_COLUMNS, crossLangRows } from './aggregate/crosslang.js';
import { DEFAULT_MIN_EVIDENCE } from './aggregate/evidence.js';
import type { Meeting } from './aggregate/meetings.js';
import { countMeetings, MEETING_COLUMNS, type MeetingRow, meetingRows } from './aggregate/releases.js';
import { roundChangeFigures, roundTrendShares } from './aggregate/round.js';
import { TREND_COLUMNS, type TrendRow, trendRows } from './aggregate/trends.js';
import { wideTrendTable } from './aggregate/wide.js';
import { type LoadedCodebook, loadCodebook } from './codebook/load.js';
import { DialogueStanceError, type ErrorCode, isDialogueStanceError } from './errors.js';
import { decodeText, encodingName } from './ingest/decode.js';
import { type ReadOptions, type Refusal, readInputs } from './ingest/read.js';
import { type ChartThread, chartThreadFor } from './jobs/chart-thread.js';
import { analyzeInWorkers, workerCount } from './jobs/pool.js';
import type { LanguageId } from './lang/types.js';
import { findMetadataFiles, loadMetadata, type MetadataOverrides } from './metadata.js';
import { analyzeDocument } from './pipeline.js';
import { renderTrendsSvg } from './report/chart.js';
import { type CsvOptions, toCsv } from './report/csv.js';
import { buildReviewPage } from './report/review/index.js';
import { renderSharesSvg } from './report/shares-chart.js';
import {
  allStatementRows,
  documentsTable,
  objectTable,
  sentencesTable,
  statementsTable,
  type Table,
  unmatchedTable,
} from './report/tables.js';
import { unmatchedRows } from './report/unmatched.js';
import { DEFAULT_FISHER_REPLICATES, DEFAULT_MAX_TABLES } from './stats/fisher.js';
import type { AnalyzedDocument, SourceDocument } from './types.js';
import { VERSION } from './version.js';
import {
  checkOutputFile,
  checkOutputFolder,
  readFileChecked,
  writeFileAtomically,
  writeFiles,
} from './write.js';

/** Seed of the Monte Carlo p-values of changes.csv: fixed, so a rerun gives the same figures. */
const FISHER_SEED = 1;

export interface AnalyzeOptions extends CsvOptions {
  inputs: string[];
  /** A codebook file replacing the default one. */
  codebook?: string;
  /** A metadata.csv; by default one found at the top of each input folder is used. */
  metadata?: string;
  /** Treat all series as one timeline in changes.csv. */
  acrossSeries?: boolean;
  /** The language whose release counts where a meeting is reported in both (default `ja`). */
  preferLang?: LanguageId;
  /** changes.csv: a step is `weak` when either end has fewer statements (default 3). */
  minEvidence?: number;
  /** An encoding label for every input, overriding detection. */
  encoding?: string;
  /** Stop at the first refused input instead of going on without it. */
  strict?: boolean;
  /** Folders never read as inputs: the run's own output folders. */
  exclude?: string[];
  /** Told of each refused input as it happens. */
  onRefused?: (refusal: Refusal) => void;
}

export interface AnalysisResult {
  codebook: LoadedCodebook;
  documents: AnalyzedDocument[];
  metadataFiles: string[];
  /** Inputs that could not be read as documents; the reports cover the others. */
  refused: Refusal[];
}

/** The codebook, the metadata and the documents read: everything the analysis starts from. */
function prepareInputs(options: AnalyzeOptions) {
  const { codebook, metadataFiles, overrides } = prepareCodebook(options);
  const { documents: sources, refused } = readInputs(options.inputs, readOptions(options));
  if (sources.length === 0) throw noDocument(options, refused);
  return { codebook, metadataFiles, overrides, sources, refused };
}

/** The codebook and the metadata: what the analysis of every document needs. */
export function prepareCodebook(options: AnalyzeOptions) {
  // What the user configured is checked before any input is read: a typo fails at once.
  if (options.encoding !== undefined && encodingName(options.encoding) === undefined)
    throw new DialogueStanceError(
      'OPTION_INVALID',
      `--encoding: unknown encoding "${options.encoding}"; give a label such as utf-8, shift_jis or euc-jp`,
    );
  const codebook = loadCodebook(options.codebook);
  const metadataFiles = options.metadata ? [options.metadata] : findMetadataFiles(options.inputs);
  const overrides: MetadataOverrides = new Map();
  for (const file of metadataFiles) for (const [doc, value] of loadMetadata(file)) overrides.set(doc, value);
  return { codebook, metadataFiles, overrides };
}

export function readOptions(options: AnalyzeOptions): ReadOptions {
  return {
    ...(options.encoding === undefined ? {} : { encoding: options.encoding }),
    ...(options.exclude === undefined ? {} : { exclude: options.exclude }),
    ...(options.onRefused === undefined ? {} : { onRefused: options.onRefused }),
    strict: options.strict === true,
  };
}

/** The error of a run left without documents. */
export function noDocument(options: AnalyzeOptions, refused: readonly Refusal[]): DialogueStanceError {
  return new DialogueStanceError(
    'INPUT_NONE',
    refused.length > 0
      ? `no document to analyse: all ${refused.length} inputs were refused`
      : `no .txt, .md or .html documents in ${options.inputs.join(', ')}`,
  );
}

/** Reads and analyses every input, in this thread; no file is written. */
export function analyzeInputs(options: AnalyzeOptions): AnalysisResult {
  const { codebook, metadataFiles, overrides, sources, refused } = prepareInputs(options);
  const documents = sources.map((source) =>
    analyzeDocument(source, codebook.compiled, overrides.get(source.id)),
  );
  return { codebook, documents, metadataFiles, refused };
}

export interface ParallelOptions {
  /** Worker threads (1: none, the documents are analysed in this thread); default: see workerCount. */
  jobs?: number;
  /** Told of the documents to analyse once they are read, then of each one done. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * analyzeInputs with the documents shared among worker threads (jobs/pool.ts); the result is the
 * same, in the same order. Without more than one job it runs in this thread.
 */
export async function analyzeInputsInParallel(
  options: AnalyzeOptions & ParallelOptions,
): Promise<AnalysisResult> {
  const { codebook, metadataFiles, overrides, sources, refused } = prepareInputs(options);
  const progress = options.onProgress ?? (() => {});
  const total = sources.length;
  let done = 0;
  progress(done, total);
  const workers = workerCount(total, options.jobs);
  const documents =
    workers > 1
      ? await analyzeInWorkers(sources, overrides, { codebook: options.codebook }, workers, () =>
          progress(++done, total),
        )
      : sources.map((source) => {
          const document = analyzeDocument(source, codebook.compiled, overrides.get(source.id));
          progress(++done, total);
          return document;
        });
  return { codebook, documents, metadataFiles, refused };
}

/** Every report file of a run, by file name, as it will be written. */
export async function buildReports(
  result: AnalysisResult,
  options: AnalyzeOptions & { charts?: ChartThread },
): Promise<Map<string, string>> {
  const { documents, codebook } = result;
  const csv = (table: Table) => toCsv(table.header, table.rows, options);
  const order = reportOrder(codebook);
  // A meeting reported by several releases (in two languages, by two publishers) counts once.
  const counted = countMeetings(documents, options.preferLang ?? 'ja');
  const meetingTable = meetingRows(counted, documents);
  const statements = allStatementRows(documents, counted.isCounted);
  const trends = trendRows(
    statements.filter((row) => row.counted),
    order,
  );
  const { wide, changes, chartOptions } = trendFigures(trends, meetingTable, order, options);
  // With a chart thread, the charts are drawn there while this one makes the rest.
  const charts = options.charts?.draw(trends, chartOptions);
  // Whatever happens below, the chart worker's outcome is awaited (never left unhandled).
  charts?.catch(() => {});
  const files = new Map<string, string>();
  files.set('documents.csv', csv(documentsTable(documents)));
  files.set('sentences.csv', csv(sentencesTable(documents)));
  files.set('statements.csv', csv(statementsTable(documents, statements)));
  files.set('meetings.csv', csv(objectTable(meetingTable, MEETING_COLUMNS)));
  files.set(
    'crosslang.csv',
    csv(objectTable(crossLangRows(counted.meetings, statements, order), CROSSLANG_COLUMNS)),
  );
  files.set('unmatched.csv', csv(unmatchedTable(unmatchedRows(documents, codebook.compiled.series))));
  files.set('trends.csv', csv(objectTable(roundTrendShares(trends), TREND_COLUMNS)));
  files.set('trends-wide.csv', csv(wide));
  files.set('changes.csv', csv(objectTable(roundChangeFigures(changes), CHANGE_COLUMNS)));
  // Set in this order whoever draws them: run.json lists the files' hashes in insertion order.
  files.set('trends.svg', charts ? '' : await renderTrendsSvg(trends, chartOptions));
  files.set('shares.svg', charts ? '' : await renderSharesSvg(trends, chartOptions));
  files.set('review.html', buildReviewPage(result, { preferLang: options.preferLang ?? 'ja' }));
  if (charts) {
    const { trendsSvg, sharesSvg } = await charts;
    files.set('trends.svg', trendsSvg);
    files.set('shares.svg', sharesSvg);
  }
  // Last, and written last: it holds the sha256 of every other file, so a reader can check that
  // the reports in a folder belong together.
  const sha256 = Object.fromEntries(
    [...files].map(([name, content]) => [name, createHash('sha256').update(content).digest('hex')]),
  );
  files.set('run.json', runJson(runFacts(result), options, changes, sha256));
  return files;
}

/** The sides and topics in the order every table lists them: the codebook's, then `both`/`general`. */
export function reportOrder(codebook: LoadedCodebook) {
  return {
    sides: [...codebook.compiled.parties.map((p) => p.id), 'both'],
    topics: [...codebook.compiled.topics.map((t) => t.id), 'general'],
  };
}

/** What the trends give: the wide table, changes.csv's steps and the charts' options. */
export function trendFigures(
  trends: readonly TrendRow[],
  meetingTable: readonly MeetingRow[],
  order: ReturnType<typeof reportOrder>,
  options: AnalyzeOptions,
) {
  const meetings: Meeting[] = meetingTable.map(({ series, meeting, date, doc }) => ({
    series,
    meeting,
    date,
    doc,
  }));
  const wide = wideTrendTable(trends, { ...order, meetings });
  const changes = changeRows(trends, {
    ...order,
    meetings,
    acrossSeries: options.acrossSeries === true,
    minEvidence: options.minEvidence ?? DEFAULT_MIN_EVIDENCE,
    // The defaults, named so that run.json can state them.
    fisher: { maxTables: DEFAULT_MAX_TABLES, replicates: DEFAULT_FISHER_REPLICATES, seed: FISHER_SEED },
  });
  return { wide, changes, chartOptions: { ...order, meetings } };
}

/** How changes.csv's p-values were made, and how many steps each method gave, for run.json. */
function pValueRecord(changes: readonly ChangeRow[]) {
  const count = (method: ChangeRow['p_method']) => changes.filter((row) => row.p_method === method).length;
  return {
    test: "Fisher's exact test, two-sided, on each step's 2 x k table (rows: its two meetings; columns: the stances either has)",
    exactUpToTables: DEFAULT_MAX_TABLES,
    monteCarlo: { replicates: DEFAULT_FISHER_REPLICATES, seed: FISHER_SEED },
    steps: { exact: count('exact'), monteCarlo: count('monte-carlo'), none: count('') },
  };
}

/** What run.json says of a run's inputs, kept by a streamed run as each document goes by. */
export interface RunFacts {
  codebook: LoadedCodebook;
  metadataFiles: string[];
  refused: Refusal[];
  inputs: { doc: string; path: string; bytes: number; sha256: string }[];
  counts: { documents: number; sentences: number; statements: number };
}

/** run.json's record of one input. */
export const inputRecord = ({ source }: AnalyzedDocument): RunFacts['inputs'][number] => ({
  doc: source.id,
  path: portable(source.path),
  bytes: source.bytes,
  sha256: source.sha256,
});

function runFacts(result: AnalysisResult): RunFacts {
  const { documents } = result;
  return {
    codebook: result.codebook,
    metadataFiles: result.metadataFiles,
    refused: result.refused,
    inputs: documents.map(inputRecord),
    counts: {
      documents: documents.length,
      sentences: documents.reduce((n, d) => n + d.sentences.length, 0),
      statements: documents.reduce((n, d) => n + d.statements.length, 0),
    },
  };
}

/** run.json: `files` holds the sha256 of every other report, in the order they are written. */
export function runJson(
  facts: RunFacts,
  options: AnalyzeOptions,
  changes: readonly ChangeRow[],
  files: Record<string, string>,
): string {
  return `${JSON.stringify(runRecord(facts, options, changes, files), null, 2)}\n`;
}

function runRecord(
  facts: RunFacts,
  options: AnalyzeOptions,
  changes: readonly ChangeRow[],
  files: Record<string, string>,
) {
  const { codebook } = facts;
  return {
    tool: 'dialogue-stance',
    version: VERSION,
    codebook: {
      path: codebook.path,
      name: codebook.compiled.source.name,
      sha256: codebook.sha256,
      ...(codebook.extends.length > 0 ? { extends: codebook.extends } : {}),
    },
    metadata: facts.metadataFiles,
    inputs: facts.inputs,
    refused: facts.refused.map(({ path, code, reason }) => ({ path: portable(path), code, reason })),
    options: {
      inputs: [...options.inputs].sort(),
      codebook: options.codebook ?? null,
      metadata: options.metadata ?? null,
      acrossSeries: options.acrossSeries === true,
      preferLang: options.preferLang ?? 'ja',
      minEvidence: options.minEvidence ?? DEFAULT_MIN_EVIDENCE,
      excel: options.excel === true,
      escapeFormulas: options.escapeFormulas !== false,
      encoding: options.encoding ?? null,
      strict: options.strict === true,
    },
    counts: facts.counts,
    pValues: pValueRecord(changes),
    files,
  };
}

const portable = (path: string): string => path.split('\\').join('/');

/** The plain text every offset of a document points into, one file per document. */
export function textFiles(documents: readonly AnalyzedDocument[]): Map<string, string> {
  return new Map(documents.map(({ source }) => [`${source.id}.txt`, source.text]));
}

export async function runAnalyze(
  options: AnalyzeOptions & ParallelOptions & { out: string; textOut?: string },
): Promise<AnalysisResult> {
  checkOutputFolder(options.out);
  if (options.textOut) checkOutputFolder(options.textOut);
  // An output folder inside an input folder is never read back as input.
  const exclude = [options.out, ...(options.textOut ? [options.textOut] : []), ...(options.exclude ?? [])];
  // Started with the run, as in the streamed one, so that vega loads while the documents are read.
  const charts = chartThreadFor(options.jobs);
  let files: Map<string, string>;
  let result: AnalysisResult;
  try {
    result = await analyzeInputsInParallel({ ...options, exclude });
    if (options.textOut) checkTextOut(options.textOut, result.documents);
    files = await buildReports(result, { ...options, ...(charts ? { charts } : {}) });
  } catch (error) {
    charts?.stop();
    throw error;
  }
  writeFiles(options.out, files);
  if (options.textOut) writeFiles(options.textOut, textFiles(result.documents));
  return result;
}

export interface ReviewOptions
  extends Pick<AnalyzeOptions, 'inputs' | 'codebook' | 'metadata' | 'preferLang'> {
  /** The page's file; its folder is created if needed. */
  out: string;
}

/** The review page alone (what `analyze` writes as review.html), written to `options.out`. */
export function runReview(options: ReviewOptions): AnalysisResult {
  const result = analyzeInputs(options);
  const page = buildReviewPage(result, { preferLang: options.preferLang ?? 'ja' });
  writeFiles(dirname(options.out), new Map([[basename(options.out), page]]));
  return result;
}

/** --text-out must not overwrite an input: `<id>.txt` in an input's own folder is that input. */
function checkTextOut(textOut: string, documents: readonly AnalyzedDocument[]): void {
  const folder = realOrResolved(textOut);
  for (const { source } of documents) checkTextFile(textOut, folder, source);
}

/** checkTextOut for one document; `folder` is textOut's real path, found before the run. */
export function checkTextFile(textOut: string, folder: string, source: SourceDocument): void {
  if (realOrResolved(source.path) === join(folder, `${source.id}.txt`))
    throw new DialogueStanceError(
      'OPTION_INVALID',
      `--text-out ${textOut} would overwrite the input ${source.path}; give another folder`,
    );
}

export function realOrResolved(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return resolve(path);
  }
}

/**
 * A text file the user named (gold files), decoded strictly like a document; a file that cannot
 * be read or decoded is a `code` error, never text with replacement characters.
 */
export function readText(path: string, code: ErrorCode = 'OPTION_INVALID'): string {
  const bytes = readFileChecked(path);
  try {
    return decodeText(bytes, path);
  } catch (error) {
    if (isDialogueStanceError(error)) throw new DialogueStanceError(code, error.message);
    throw error;
  }
}

export { checkOutputFile, writeFileAtomically, writeFiles };
