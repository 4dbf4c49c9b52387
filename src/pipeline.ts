// The pipeline as pure functions: a SourceDocument and a compiled codebook in, every stage's
// result out. No I/O here; run.ts reads the inputs and writes the reports.
import type { CompiledCodebook } from './codebook/compile.js';
import { detectLanguage } from './lang/detect.js';
import type { LanguageId } from './lang/types.js';
import { segmentSentences } from './stages/sentences.js';
import { segmentStatements } from './stages/statements.js';
import { analyzeStructure } from './stages/structure/index.js';
import type { AnalyzedDocument, DocumentMetadata, SourceDocument, StatementRow } from './types.js';

/** What metadata.csv may say about a document: any metadata field, and its language. */
export type MetadataOverride = Partial<DocumentMetadata> & { lang?: LanguageId };

/**
 * The metadata with a user's overrides: series, number and date replace the first meeting's (a
 * one-meeting release's only one), so that statements and trends use them too.
 */
function withOverrides(inferred: DocumentMetadata, override: MetadataOverride): DocumentMetadata {
  const { lang: _lang, ...fields } = override;
  const merged = { ...inferred, ...fields };
  const [first, ...rest] = inferred.meetings;
  const meetings = first
    ? [{ ...first, series: merged.series, meeting: merged.meeting, date: merged.date }, ...rest]
    : inferred.meetings;
  return { ...merged, meetings };
}

export function analyzeDocument(
  source: SourceDocument,
  codebook: CompiledCodebook,
  override?: MetadataOverride,
): AnalyzedDocument {
  const lang = override?.lang ?? detectLanguage(source.text);
  const language = codebook.language(lang);
  const inferred = analyzeStructure(source, language, codebook);
  const structure = override
    ? { ...inferred, metadata: withOverrides(inferred.metadata, override) }
    : inferred;
  const sentences = segmentSentences(source.text, structure, language);
  const read = segmentStatements(source.text, sentences, structure, codebook, language, {
    ...(override?.publisher !== undefined ? { publisher: override.publisher } : {}),
    ...(source.pageTitle ? { pageTitle: source.pageTitle } : {}),
  });
  const withPublisher = { ...structure, metadata: { ...structure.metadata, publisher: read.publisher.side } };
  return { source, lang, structure: withPublisher, sentences, statements: read.statements };
}

/** The section heading a sentence stands under, or "". */
export function sectionHeading(document: AnalyzedDocument, section: number | null): string {
  return section === null ? '' : (document.structure.sections[section]?.heading ?? '');
}

/**
 * statements.csv rows of one document. `isCounted` says whether the document's report of a meeting
 * is the one trends count (another release of the same meeting may be); by default every one is.
 */
export function statementRows(
  document: AnalyzedDocument,
  isCounted: (doc: string, meeting: number) => boolean = () => true,
): StatementRow[] {
  const { metadata } = document.structure;
  const sectionOfSentence = new Map(document.sentences.map((s) => [s.index, s.section]));
  return document.statements.map((statement) => {
    const meeting = metadata.meetings[statement.meeting] ?? metadata;
    return {
      doc: document.source.id,
      lang: document.lang,
      counted: isCounted(document.source.id, statement.meeting),
      series: meeting.series,
      meeting: meeting.meeting,
      date: meeting.date,
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
    };
  });
}
