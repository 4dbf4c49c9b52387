// The second pass of a streamed run: once every document is digested, what spans documents is
// known (which release of a meeting counts, the metadata.csv columns, the meetings' order), and the
// reports are made from the digests and the spools, byte for byte what buildReports makes.
import { createHash, type Hash } from 'node:crypto';
import { CHANGE_COLUMNS } from '../aggregate/changes.js';
import { CROSSLANG_COLUMNS, cellKey, crossLangRowsOf } from '../aggregate/crosslang.js';
import {
  type CountedMeetings,
  countReleases,
  MEETING_COLUMNS,
  meetingRowsOf,
} from '../aggregate/releases.js';
import { roundChangeFigures, roundTrendShares } from '../aggregate/round.js';
import { type CountedStatement, TREND_COLUMNS, trendRows } from '../aggregate/trends.js';
import type { LoadedCodebook } from '../codebook/load.js';
import type { ChartThread } from '../jobs/chart-thread.js';
import type { HeapKeeper } from '../jobs/heap.js';
import { renderTrendsSvg } from '../report/chart.js';
import { type Cell, type CsvOptions, csvRecords, toCsv } from '../report/csv.js';
import { type MeetingRef, reviewHeader, reviewMeetings } from '../report/review/data.js';
import { reviewPageShell } from '../report/review/page.js';
import { renderSharesSvg } from '../report/shares-chart.js';
import {
  DOCUMENT_COLUMNS,
  objectTable,
  STATEMENT_COLUMNS,
  type Table,
  unmatchedTable,
} from '../report/tables.js';
import type { UnmatchedCounter } from '../report/unmatched.js';
import { type AnalyzeOptions, type RunFacts, reportOrder, runJson, trendFigures } from '../run.js';
import { readLines } from '../sink.js';
import type { FolderStage } from '../write.js';
import {
  crossKey,
  type DocumentDigest,
  meetingCountsOf,
  reviewMeetingsOf,
  statementMeeting,
  type TrendCell,
} from './digest.js';
import type { ReportSpools } from './spools.js';

/** What the first pass leaves for the second. */
export interface FirstPass {
  codebook: LoadedCodebook;
  digests: DocumentDigest[];
  /** The cells the digests' trendCells point to. */
  cells: readonly TrendCell[];
  spools: ReportSpools;
  unmatched: UnmatchedCounter;
  /** corpusFingerprint's hash, every document added. */
  fingerprint: Hash;
  facts: Omit<RunFacts, 'inputs' | 'counts'>;
  /** Keeps the heap near its live size (jobs/heap.ts); called as the spools are read. */
  keepHeap: HeapKeeper;
}

/** Statement rows turned into CSV at a time: few calls to the CSV writer, little text held. */
const ROWS_PER_PIECE = 1000;

/** The metadata.csv columns, in first-seen order across documents (as extraColumns). */
function extraColumns(digests: readonly DocumentDigest[]): string[] {
  const columns = new Set<string>();
  for (const { extra } of digests) for (const key of Object.keys(extra)) columns.add(key);
  return [...columns];
}

/**
 * Writes every report into `stage` and returns their names in the order to put them in place
 * (run.json last, as buildReports orders them).
 */
export async function finishReports(
  pass: FirstPass,
  stage: FolderStage,
  options: AnalyzeOptions & { charts?: ChartThread },
): Promise<string[]> {
  const { codebook, digests } = pass;
  const csv = (table: Table) => toCsv(table.header, table.rows, options);
  const order = reportOrder(codebook);
  const counted = countReleases(
    digests.map((d) => d.release),
    options.preferLang ?? 'ja',
  );
  const byDoc = new Map(digests.map((digest) => [digest.release.doc, digest]));
  const meetingTable = meetingRowsOf(counted, (doc, index) => {
    const digest = byDoc.get(doc);
    return digest ? meetingCountsOf(digest, index) : { statements: 0, none: 0 };
  });
  const trends = trendRows(countedCells(pass, counted), order);
  const { wide, changes, chartOptions } = trendFigures(trends, meetingTable, order, options);
  // Between the steps of this pass, each of which makes much garbage at once (the p-values, the
  // charts, the spools read back), the heap is collected, so that the next reuses what is free.
  pass.keepHeap.collect();
  // With a chart thread, the charts are drawn there while this one makes the rest.
  const charts = options.charts?.draw(trends, chartOptions);
  charts?.catch(() => {});

  const extras = extraColumns(digests);
  const sha256 = new Map<string, string>();
  const whole = (name: string, content: string) => {
    stage.writeWhole(name, content);
    sha256.set(name, createHash('sha256').update(content).digest('hex'));
  };
  pass.spools.close();
  const inputs: RunFacts['inputs'] = [];
  sha256.set('documents.csv', writeDocuments(pass, stage, extras, options, inputs));
  sha256.set('sentences.csv', pass.spools.sentences.close());
  sha256.set('statements.csv', writeStatements(pass, stage, counted, extras, options));
  pass.keepHeap.collect();
  whole('meetings.csv', csv(objectTable(meetingTable, MEETING_COLUMNS)));
  const crossCells = (doc: string, meeting: MeetingRef) => {
    const digest = byDoc.get(doc);
    return digest ? releaseCells(pass.cells, digest, meeting) : new Map<string, number>();
  };
  whole(
    'crosslang.csv',
    csv(objectTable(crossLangRowsOf(counted.meetings, crossCells, order), CROSSLANG_COLUMNS)),
  );
  whole('unmatched.csv', csv(unmatchedTable(pass.unmatched.rows())));
  whole('trends.csv', csv(objectTable(roundTrendShares(trends), TREND_COLUMNS)));
  whole('trends-wide.csv', csv(wide));
  whole('changes.csv', csv(objectTable(roundChangeFigures(changes), CHANGE_COLUMNS)));
  pass.keepHeap.collect();
  // With a chart thread, the review page is written while the charts are drawn.
  if (charts) sha256.set('review.html', writeReview(pass, stage, counted, meetingTable));
  const drawn = charts
    ? await charts
    : {
        trendsSvg: await renderTrendsSvg(trends, chartOptions),
        sharesSvg: await renderSharesSvg(trends, chartOptions),
      };
  whole('trends.svg', drawn.trendsSvg);
  whole('shares.svg', drawn.sharesSvg);
  pass.keepHeap.collect();
  if (!charts) sha256.set('review.html', writeReview(pass, stage, counted, meetingTable));
  const facts: RunFacts = {
    ...pass.facts,
    inputs,
    counts: {
      documents: digests.length,
      sentences: digests.reduce((n, d) => n + d.sentences, 0),
      statements: digests.reduce((n, d) => n + d.statements, 0),
    },
  };
  const names = [...REPORT_ORDER];
  stage.writeWhole(
    'run.json',
    runJson(facts, options, changes, Object.fromEntries(names.map((name) => [name, sha256.get(name) ?? '']))),
  );
  return [...names, 'run.json'];
}

/** The reports in the order buildReports sets them, which run.json lists and the renames follow. */
const REPORT_ORDER = [
  'documents.csv',
  'sentences.csv',
  'statements.csv',
  'meetings.csv',
  'crosslang.csv',
  'unmatched.csv',
  'trends.csv',
  'trends-wide.csv',
  'changes.csv',
  'trends.svg',
  'shares.svg',
  'review.html',
] as const;

/** A digest's cells and their counts. */
function* cellsOf(
  cells: readonly TrendCell[],
  digest: DocumentDigest,
): Generator<{ cell: TrendCell; n: number }> {
  const pairs = digest.trendCells;
  for (let at = 0; at < pairs.length; at += 2)
    yield { cell: cells[pairs[at] ?? 0] as TrendCell, n: pairs[at + 1] ?? 0 };
}

/** A release's party statements about one meeting, by cell (crosslang.csv's `cells`). */
function releaseCells(
  cells: readonly TrendCell[],
  digest: DocumentDigest,
  meeting: MeetingRef,
): Map<string, number> {
  const counts = new Map<string, number>();
  const wanted = crossKey(meeting);
  for (const { cell, n } of cellsOf(cells, digest)) {
    const [index, side, topic, stance] = cell;
    if (crossKey(statementMeeting(digest, index)) !== wanted) continue;
    const key = cellKey(side, topic, stance);
    counts.set(key, (counts.get(key) ?? 0) + n);
  }
  return counts;
}

/** The party statements of the counted releases, one weighted row per meeting and cell. */
function countedCells({ cells, digests }: FirstPass, counted: CountedMeetings): CountedStatement[] {
  const rows: CountedStatement[] = [];
  for (const digest of digests) {
    const doc = digest.release.doc;
    for (const { cell, n } of cellsOf(cells, digest)) {
      const [index, side, topic, stance] = cell;
      if (!counted.isCounted(doc, index)) continue;
      const { series, meeting, date } = statementMeeting(digest, index);
      rows.push({ series, meeting, date, doc, side, topic, stance, n });
    }
  }
  return rows;
}

/**
 * documents.csv from its spool, with the metadata.csv columns; returns its sha256. Each document's
 * run.json record is taken from its row on the way (into `inputs`).
 */
function writeDocuments(
  pass: FirstPass,
  stage: FolderStage,
  extras: readonly string[],
  options: CsvOptions,
  inputs: RunFacts['inputs'],
): string {
  const sink = stage.sink('documents.csv');
  sink.write(csvRecords([[...DOCUMENT_COLUMNS, ...extras]], options, { first: true }));
  let rows: Cell[][] = [];
  let ordinal = 0;
  for (const line of readLines(pass.spools.paths.documents)) {
    const digest = pass.digests[ordinal++] as DocumentDigest;
    const cells = JSON.parse(line) as Cell[];
    // The row's first cells: doc, path (with "/"), sha256, bytes; as run.json records an input.
    const [doc, path, sha256, bytes] = cells as [string, string, string, number];
    inputs.push({ doc, path, bytes, sha256 });
    rows.push([...cells, ...extras.map((key) => digest.extra[key] ?? '')]);
    if (rows.length >= ROWS_PER_PIECE) {
      sink.write(csvRecords(rows, options));
      rows = [];
      pass.keepHeap();
    }
  }
  sink.write(csvRecords(rows, options));
  return sink.close();
}

/** statements.csv from its spool, with `counted` and the metadata.csv columns; returns its sha256. */
function writeStatements(
  pass: FirstPass,
  stage: FolderStage,
  counted: CountedMeetings,
  extras: readonly string[],
  options: CsvOptions,
): string {
  const sink = stage.sink('statements.csv');
  sink.write(csvRecords([[...STATEMENT_COLUMNS, ...extras]], options, { first: true }));
  let rows: (string | number | null)[][] = [];
  for (const line of readLines(pass.spools.paths.statements)) {
    const [ordinal, meeting, json] = splitTabs(line, 3) as [string, string, string];
    const digest = pass.digests[Number(ordinal)] as DocumentDigest;
    const cells = JSON.parse(json) as (string | number | null)[];
    const isCounted = counted.isCounted(digest.release.doc, Number(meeting));
    rows.push([...cells, isCounted ? 1 : 0, ...extras.map((key) => digest.extra[key] ?? '')]);
    if (rows.length >= ROWS_PER_PIECE) {
      sink.write(csvRecords(rows, options));
      rows = [];
      pass.keepHeap();
    }
  }
  sink.write(csvRecords(rows, options));
  return sink.close();
}

/** review.html from its spools, each entry's meeting filled in; returns its sha256. */
function writeReview(
  pass: FirstPass,
  stage: FolderStage,
  counted: CountedMeetings,
  meetingTable: Parameters<typeof reviewMeetings>[0],
): string {
  const { digests } = pass;
  const meetings = reviewMeetings(meetingTable, digests.map(reviewMeetingsOf));
  const header = reviewHeader(pass.codebook, pass.fingerprint.digest('hex'), meetings.list);
  const statements = digests.reduce((n, d) => n + d.statements, 0);
  const { head, tail } = reviewPageShell(
    { ...header, documents: [], statements: [] },
    { documents: digests.length, statements, languages: digests.map((d) => d.release.lang) },
  );
  const sink = stage.sink('review.html');
  sink.write(`${head}[`);
  let ordinal = 0;
  for (const line of readLines(pass.spools.paths.reviewDocuments)) {
    const [before, after] = splitTabs(line, 2);
    const digest = digests[ordinal] as DocumentDigest;
    const indexes = reviewMeetingsOf(digest).map(meetings.indexOf);
    sink.write(`${ordinal > 0 ? ',' : ''}${before}"meetings":${JSON.stringify(indexes)}${after}`);
    ordinal++;
    if (ordinal % ROWS_PER_PIECE === 0) pass.keepHeap();
  }
  sink.write('],"statements":[');
  let written = 0;
  for (const line of readLines(pass.spools.paths.reviewStatements)) {
    const [docOrdinal, meeting, before, after] = splitTabs(line, 4);
    const digest = digests[Number(docOrdinal)] as DocumentDigest;
    const index = Number(meeting);
    const own = reviewMeetingsOf(digest);
    const at = meetings.indexOf(own[index] ?? own[0] ?? digest.ownMeeting);
    const isCounted = counted.isCounted(digest.release.doc, index);
    sink.write(`${written > 0 ? ',' : ''}${before}"meeting":${at},"counted":${isCounted}${after}`);
    if (++written % ROWS_PER_PIECE === 0) pass.keepHeap();
  }
  sink.write(`]}${tail}`);
  return sink.close();
}

/** A spool line's `count` tab-separated parts (the last one may hold no tab anyway). */
function splitTabs(line: string, count: number): string[] {
  const parts = line.split('\t');
  if (parts.length !== count) throw new Error(`a spool line with ${parts.length} parts, not ${count}`);
  return parts;
}
