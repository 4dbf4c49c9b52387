// Which statements a toolkit command looks at: every statement of the inputs with its row
// (series, meeting, date), narrowed by side, topic, stance, meeting, series and language. The
// values are checked against the codebook, so a typo ("--side japn") is an error, not an empty
// result.
import type { CompiledCodebook } from '../codebook/compile.js';
import { LANGUAGE_IDS, type LanguageId } from '../lang/types.js';
import { statementRows } from '../pipeline.js';
import { type AnalyzedDocument, STANCES, type Stance, type Statement, type StatementRow } from '../types.js';
import { inRange, type MeetingRange, meetingRange, oneOf } from './options.js';

/** A statement with its document and its statements.csv row. */
export interface Located {
  document: AnalyzedDocument;
  statement: Statement;
  row: StatementRow;
}

export interface StatementFilter {
  side?: string;
  topic?: string;
  stance?: Stance;
  meetings?: MeetingRange;
  /** A series' canonical name, compared without regard to case. */
  series?: string;
  lang?: LanguageId;
}

/** The filter options as given on the command line. */
export interface FilterOptions {
  side?: string;
  topic?: string;
  stance?: string;
  meeting?: string;
  series?: string;
  lang?: string;
}

export function sideIds(codebook: CompiledCodebook): string[] {
  return [...codebook.parties.map((party) => party.id), 'both', 'none'];
}

export function topicIds(codebook: CompiledCodebook): string[] {
  return [...codebook.topics.map((topic) => topic.id), 'general'];
}

/** The filter the options describe, each value checked against the codebook. */
export function statementFilter(options: FilterOptions, codebook: CompiledCodebook): StatementFilter {
  const filter: StatementFilter = {};
  if (options.side !== undefined) filter.side = oneOf(options.side, sideIds(codebook), '--side');
  if (options.topic !== undefined) filter.topic = oneOf(options.topic, topicIds(codebook), '--topic');
  if (options.stance !== undefined) filter.stance = oneOf(options.stance, STANCES, '--stance');
  if (options.meeting !== undefined) filter.meetings = meetingRange(options.meeting, '--meeting');
  if (options.series !== undefined) filter.series = options.series;
  if (options.lang !== undefined) filter.lang = oneOf(options.lang, LANGUAGE_IDS, '--lang');
  return filter;
}

export function matchesFilter(row: StatementRow, filter: StatementFilter): boolean {
  return (
    (filter.side === undefined || row.side === filter.side) &&
    (filter.topic === undefined || row.topic === filter.topic) &&
    (filter.stance === undefined || row.stance === filter.stance) &&
    (filter.meetings === undefined || inRange(filter.meetings, row.meeting)) &&
    (filter.series === undefined || row.series.toLowerCase() === filter.series.toLowerCase()) &&
    (filter.lang === undefined || row.lang === filter.lang)
  );
}

/** Every statement of the documents, in document and text order. */
export function locate(documents: readonly AnalyzedDocument[]): Located[] {
  return documents.flatMap((document) => {
    const rows = statementRows(document);
    return document.statements.map((statement, i) => ({ document, statement, row: rows[i] as StatementRow }));
  });
}
