// One column list per report, in the documented order, and the rows that fill it. Changing a
// column here changes the README's table: keep them together.
import { sectionHeading, statementRows } from '../pipeline.js';
import { isFurniture } from '../stages/structure/index.js';
import type { AnalyzedDocument, StatementRow } from '../types.js';
import type { Cell } from './csv.js';
import type { UnmatchedRow } from './unmatched.js';

export interface Table {
  header: string[];
  rows: Cell[][];
}

/** The further metadata.csv columns, in first-seen order across documents. */
export function extraColumns(documents: readonly AnalyzedDocument[]): string[] {
  const columns: string[] = [];
  for (const document of documents) {
    for (const key of Object.keys(document.structure.metadata.extra))
      if (!columns.includes(key)) columns.push(key);
  }
  return columns;
}

export const DOCUMENT_COLUMNS = [
  'doc',
  'path',
  'sha256',
  'bytes',
  'title',
  'series',
  'meeting',
  'date',
  'release_date',
  'lang',
  'meetings',
  'publisher',
  'sentences',
  'headings',
  'furniture',
  'statements',
  'statements_none',
] as const;

export function documentsTable(documents: readonly AnalyzedDocument[]): Table {
  const extras = extraColumns(documents);
  return {
    header: [...DOCUMENT_COLUMNS, ...extras],
    rows: documents.map((document) => [
      ...documentCells(document),
      ...extras.map((key) => document.structure.metadata.extra[key] ?? ''),
    ]),
  };
}

/** A document's row of documents.csv, less the metadata.csv columns. */
export function documentCells({ source, lang, structure, sentences, statements }: AnalyzedDocument): Cell[] {
  return [
    source.id,
    source.path.split('\\').join('/'),
    source.sha256,
    source.bytes,
    structure.metadata.title,
    structure.metadata.series,
    structure.metadata.meeting,
    structure.metadata.date,
    structure.metadata.releaseDate,
    lang,
    structure.metadata.meetings.length,
    structure.metadata.publisher,
    sentences.length,
    structure.sections.length,
    structure.blocks.filter(isFurniture).length,
    statements.length,
    statements.filter((s) => s.side === 'none').length,
  ];
}

export const SENTENCE_COLUMNS = ['doc', 'sentence', 'section', 'text', 'start', 'end'] as const;

/** A document's rows of sentences.csv. */
export function sentenceCells(document: AnalyzedDocument): Cell[][] {
  return document.sentences.map((s) => [
    document.source.id,
    s.index,
    sectionHeading(document, s.section),
    s.text,
    s.span.start,
    s.span.end,
  ]);
}

export function sentencesTable(documents: readonly AnalyzedDocument[]): Table {
  return { header: [...SENTENCE_COLUMNS], rows: documents.flatMap(sentenceCells) };
}

export const STATEMENT_COLUMNS = [
  'doc',
  'series',
  'meeting',
  'date',
  'section',
  'sentence',
  'statement',
  'side',
  'stance',
  'topic',
  'topics',
  'cue',
  'text',
  'start',
  'end',
  'lang',
  'counted',
] as const;

export function allStatementRows(
  documents: readonly AnalyzedDocument[],
  isCounted?: (doc: string, meeting: number) => boolean,
): StatementRow[] {
  return documents.flatMap((document) => statementRows(document, isCounted));
}

export function statementsTable(
  documents: readonly AnalyzedDocument[],
  rows: readonly StatementRow[] = allStatementRows(documents),
): Table {
  const extras = extraColumns(documents);
  return {
    header: [...STATEMENT_COLUMNS, ...extras],
    rows: rows.map((r) => [
      r.doc,
      r.series,
      r.meeting,
      r.date,
      r.section,
      r.sentence,
      r.statement,
      r.side,
      r.stance,
      r.topic,
      r.topics.join(';'),
      r.cue,
      r.text,
      r.start,
      r.end,
      r.lang,
      r.counted ? 1 : 0,
      ...extras.map((key) => r.extra[key] ?? ''),
    ]),
  };
}

export function unmatchedTable(rows: readonly UnmatchedRow[]): Table {
  return {
    header: ['kind', 'words', 'count', 'example_doc', 'example_sentence', 'example_text'],
    rows: rows.map((r) => [r.kind, r.words, r.count, r.exampleDoc, r.exampleSentence, r.exampleText]),
  };
}

/** A table of plain row objects, one column per key, in the given order. */
export function objectTable<T extends object>(
  rows: readonly T[],
  columns: readonly (keyof T & string)[],
): Table {
  return { header: [...columns], rows: rows.map((row) => columns.map((column) => row[column] as Cell)) };
}
