// Stage: SourceDocument -> DocumentStructure (blocks, nested sections, metadata).
import type { Block, DocumentStructure, SourceDocument, Span } from '../../types.js';
import { classifyUnits } from './classify.js';
import { inferMetadata } from './metadata.js';
import { nestSections } from './sections.js';
import { hintUnits, lineUnits } from './units.js';

export const foldWhitespace = (text: string): string => text.replace(/\s+/g, ' ').trim();

const slice = (text: string, span: Span): string => text.slice(span.start, span.end);

export function analyzeStructure(source: SourceDocument): DocumentStructure {
  const { text } = source;
  const units = source.hints.length > 0 ? hintUnits(text, source.hints) : lineUnits(text);
  const raw = classifyUnits(units);
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
  const body = blocks
    .filter((block) => block.kind === 'paragraph' || block.kind === 'item')
    .map((block) => slice(text, block.content))
    .join('\n');
  const metadata = inferMetadata({
    title: title ? foldWhitespace(slice(text, title.content)) : '',
    releaseLine,
    body,
  });
  return { blocks, sections, metadata };
}

export function isBodyBlock(block: Block): boolean {
  return block.kind === 'paragraph' || block.kind === 'item';
}

export function isFurniture(block: Block): boolean {
  return block.kind === 'footnote' || block.kind === 'contact' || block.kind === 'reference';
}
