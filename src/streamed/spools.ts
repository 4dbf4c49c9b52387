// The long parts of the reports, written as each document goes by. sentences.csv is final at once.
// A statement's row in statements.csv and its entry in review.html need what only the whole run
// knows (whether its release is the counted one, the metadata.csv columns of all documents, the
// meeting's place in the page's list): they are spooled to scratch files without it, one line each,
// and finished in a second pass (finish.ts). Spool lines are tab-separated; their JSON parts never
// hold a raw tab or line break, since JSON escapes both.
import { foldForMatch } from '../evaluate/match.js';
import { statementRows } from '../pipeline.js';
import { type CsvOptions, csvRecords } from '../report/csv.js';
import { reviewDocumentOf, reviewStatementOf } from '../report/review/data.js';
import { jsonForScript } from '../report/review/page.js';
import { documentCells, SENTENCE_COLUMNS, sentenceCells } from '../report/tables.js';
import type { FileSink } from '../sink.js';
import type { AnalyzedDocument } from '../types.js';
import type { FolderStage } from '../write.js';

/** Where a review entry's meeting goes: it is written with these and they are replaced. */
const STATEMENT_HOLE = '"meeting":0,"counted":false';
const DOCUMENT_HOLE = '"meetings":[]';

export interface SpoolPaths {
  documents: string;
  statements: string;
  reviewDocuments: string;
  reviewStatements: string;
}

export class ReportSpools {
  readonly sentences: FileSink;
  readonly paths: SpoolPaths;
  private readonly documents: FileSink;
  private readonly statements: FileSink;
  private readonly reviewDocuments: FileSink;
  private readonly reviewStatements: FileSink;

  constructor(stage: FolderStage, csv: CsvOptions) {
    this.sentences = stage.sink('sentences.csv');
    this.sentences.write(csvRecords([[...SENTENCE_COLUMNS]], csv, { first: true }));
    this.documents = stage.scratchSink('documents');
    this.statements = stage.scratchSink('statements');
    this.reviewDocuments = stage.scratchSink('review-documents');
    this.reviewStatements = stage.scratchSink('review-statements');
    this.paths = {
      documents: this.documents.path,
      statements: this.statements.path,
      reviewDocuments: this.reviewDocuments.path,
      reviewStatements: this.reviewStatements.path,
    };
  }

  /** Spools one document's lines (spoolLines), documents in run order. */
  write(lines: SpoolLines): void {
    this.documents.write(lines.document);
    this.sentences.write(lines.sentences);
    this.statements.write(lines.statements);
    this.reviewStatements.write(lines.reviewStatements);
    this.reviewDocuments.write(lines.reviewDocument);
  }

  /** Closes the spools, to be read back. */
  close(): void {
    this.documents.close();
    this.statements.close();
    this.reviewDocuments.close();
    this.reviewStatements.close();
  }
}

/** One document's lines in each spool, each line ending in "\n" (sentences: its CSV records). */
export interface SpoolLines {
  document: string;
  sentences: string;
  statements: string;
  reviewStatements: string;
  reviewDocument: string;
}

/**
 * The lines the `ordinal`-th document (from 0) of the run gives the spools. Pure, so that a worker
 * thread makes them and the main thread only writes them, in run order.
 */
export function spoolLines(document: AnalyzedDocument, ordinal: number, csv: CsvOptions): SpoolLines {
  // statements.csv's cells but `counted` and the metadata.csv columns, after the document's
  // ordinal and the statement's meeting index, which decide them.
  const rows = statementRows(document);
  let statements = '';
  document.statements.forEach((statement, index) => {
    const r = rows[index];
    if (!r) return;
    const cells = [r.doc, r.series, r.meeting, r.date, r.section, r.sentence, r.statement, r.side, r.stance];
    const more = [r.topic, r.topics.join(';'), r.cue, r.text, r.start, r.end, r.lang];
    statements += `${ordinal}\t${statement.meeting}\t${JSON.stringify([...cells, ...more])}\n`;
  });
  const folded = foldForMatch(document.source.text);
  let reviewStatements = '';
  for (const statement of document.statements) {
    const entry = jsonForScript(
      reviewStatementOf(document, statement, folded, { doc: ordinal, meeting: 0, counted: false }),
    );
    reviewStatements += `${ordinal}\t${statement.meeting}\t${holed(entry, STATEMENT_HOLE)}\n`;
  }
  return {
    // documents.csv's row but the metadata.csv columns, whose set only the whole run knows.
    document: `${JSON.stringify(documentCells(document))}\n`,
    sentences: csvRecords(sentenceCells(document), csv),
    statements,
    reviewStatements,
    reviewDocument: `${holed(jsonForScript(reviewDocumentOf(document, [])), DOCUMENT_HOLE)}\n`,
  };
}

/**
 * `json` with its `hole` (the first, which is the key's own: keys before it hold only numbers and
 * strings, whose quotes are escaped) cut out: "before\tafter".
 */
function holed(json: string, hole: string): string {
  const at = json.indexOf(hole);
  if (at === -1) throw new Error(`a review entry without ${hole}`);
  return `${json.slice(0, at)}\t${json.slice(at + hole.length)}`;
}
