// Stage: SourceDocument -> DocumentStructure (blocks, nested sections, metadata). The layout
// symbols are shared; the words of a layout (contact openers, dates, publisher lines) come from
// the document's language.
import type { CompiledCodebook } from '../../codebook/compile.js';
import { defaultCodebook } from '../../codebook/default.js';
import { detectLanguage } from '../../lang/detect.js';
import { escapeRegExp } from '../../lang/grammar.js';
import type { CompiledLanguage } from '../../lang/types.js';
import type { Block, DocumentStructure, SourceDocument, Span } from '../../types.js';
import { classifyUnits, type StructureReader } from './classify.js';
import { inferMetadata } from './metadata.js';
import { nestSections } from './sections.js';
import { hintUnits, lineUnits } from './units.js';

export const foldWhitespace = (text: string): string => text.replace(/\s+/g, ' ').trim();

const slice = (text: string, span: Span): string => text.slice(span.start, span.end);

/**
 * A line naming a meeting: a series the codebook knows, or a series noun with a hyphenated pair of
 * its parties ("Japan-EU ... Dialogue") or a meeting number ("the 5th ... Dialogue", 「第5回…対話」).
 */
function meetingNamer(language: CompiledLanguage, codebook: CompiledCodebook): (text: string) => boolean {
  const names = codebook.parties.flatMap((party) =>
    (codebook.source.sides.find((s) => s.id === party.id)?.aliases[language.id] ?? []).filter((a) =>
      /^[\p{L}\p{N}]+$/u.test(a),
    ),
  );
  const pair =
    names.length === 0
      ? null
      : new RegExp(`(?:${names.map(escapeRegExp).join('|')})-(?:${names.map(escapeRegExp).join('|')})`, 'u');
  return (text) =>
    codebook.series.find(language.cleanSeries(text)) !== null ||
    codebook.series.findIn(text).length > 0 ||
    (language.namesSeries(text) &&
      ((pair?.test(text) ?? false) ||
        language.meetingMentions(text, 'title').some((m) => m.number !== null && m.name !== '')));
}

/** The structure of a document; the codebook defaults to the shipped one, the language to the detected one. */
export function analyzeStructure(
  source: SourceDocument,
  language?: CompiledLanguage,
  codebook: CompiledCodebook = defaultCodebook(),
): DocumentStructure {
  language ??= codebook.language(detectLanguage(source.text));
  const { text } = source;
  const reader: StructureReader = {
    grammar: language.structure,
    findDates: language.findDates,
    isDateOnly: language.isDateOnly,
    namesMeeting: meetingNamer(language, codebook),
    holdsClause: language.holdsClause,
  };
  const units = source.hints.length > 0 ? hintUnits(text, source.hints) : lineUnits(text);
  const raw = classifyUnits(reader, units);
  const { sections, sectionOf, levels } = nestSections(raw, (block) =>
    foldWhitespace(slice(text, block.content)),
  );
  const blocks: Block[] = raw.map((block, i) => {
    const level = levels[i];
    return {
      kind: block.kind,
      span: block.span,
      content: block.content,
      marker: block.marker,
      ...(level === undefined ? {} : { level }),
      section: sectionOf[i] ?? null,
    };
  });
  const title = blocks.find((block) => block.kind === 'title');
  const releaseLine = blocks
    .filter((block) => block.kind === 'dateline' || block.kind === 'title')
    .map((block) => slice(text, block.span))
    .join(' ');
  // Everything above the body (dateline, title, byline, labels): where a publication date stands.
  const firstBody = blocks.findIndex(isBodyBlock);
  const front = (firstBody < 0 ? blocks : blocks.slice(0, firstBody))
    .map((block) => slice(text, block.span))
    .join('\n');
  const paragraphs = blocks
    .filter(isBodyBlock)
    .map((block) => ({ text: slice(text, block.content), section: block.section }));
  const metadata = inferMetadata(
    {
      title: title ? foldWhitespace(slice(text, title.content)) : '',
      releaseLine,
      front,
      paragraphs,
      sections,
    },
    language,
    codebook,
  );
  return { blocks, sections, metadata };
}

export function isBodyBlock(block: Block): boolean {
  return block.kind === 'paragraph' || block.kind === 'item';
}

export function isFurniture(block: Block): boolean {
  return block.kind === 'footnote' || block.kind === 'contact' || block.kind === 'reference';
}
