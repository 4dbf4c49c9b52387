// The pipeline as pure functions: a SourceDocument and a compiled codebook in, every stage's
// result out. No I/O here; run.ts reads the inputs and writes the reports.
import type { CompiledCodebook } from './codebook/compile.js';
import { segmentSentences } from './stages/sentences.js';
import { segmentStatements } from './stages/statements.js';
import { analyzeStructure } from './stages/structure/index.js';
import type { AnalyzedDocument, DocumentMetadata, SourceDocument, StatementRow } from './types.js';

export function analyzeDocument(
  source: SourceDocument,
  codebook: CompiledCodebook,
  metadata?: Partial<DocumentMetadata>,
): AnalyzedDocument {
  const inferred = analyzeStructure(source);
  const structure = metadata ? { ...inferred, metadata: { ...inferred.metadata, ...metadata } } : inferred;
  const sentences = segmentSentences(source.text, structure);
  const statements = segmentStatements(source.text, sentences, structure, codebook);
  return { source, structure, sentences, statements };
}

/** The section heading a sentence stands under, or "". */
export function sectionHeading(document: AnalyzedDocument, section: number | null): string {
  return section === null ? '' : (document.structure.sections[section]?.heading ?? '');
}

/** statements.csv rows of one document. */
export function statementRows(document: AnalyzedDocument): StatementRow[] {
  const { metadata } = document.structure;
  const sectionOfSentence = new Map(document.sentences.map((s) => [s.index, s.section]));
  return document.statements.map((statement) => ({
    doc: document.source.id,
    series: metadata.series,
    meeting: metadata.meeting,
    date: metadata.date,
    section: sectionHeading(document, sectionOfSentence.get(statement.sentence) ?? null),
    sentence: statement.sentence,
    statement: statement.index,
    side: statement.side,
    stance: statement.stance,
    topic: statement.topic,
    topics: statement.topics,
    cue: statement.cue,
    text: statement.text,
    start: statement.span.start,
    end: statement.span.end,
    extra: metadata.extra,
  }));
}
