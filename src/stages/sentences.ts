// Stage: body blocks -> sentence spans. Each language says where its sentences end (English:
// full stops that end no abbreviation; Japanese: 。！？ outside brackets); this stage walks the
// body blocks and numbers the sentences.
import { defaultCodebook } from '../codebook/default.js';
import { detectLanguage } from '../lang/detect.js';
import type { CompiledLanguage } from '../lang/types.js';
import type { Block, DocumentStructure, Sentence } from '../types.js';
import { foldWhitespace, isBodyBlock } from './structure/index.js';

/** The sentences of the body; the language defaults to the one detected in `text` (default codebook). */
export function segmentSentences(
  text: string,
  structure: DocumentStructure,
  language: Pick<CompiledLanguage, 'splitSentences'> = defaultCodebook().language(detectLanguage(text)),
): Sentence[] {
  const sentences: Sentence[] = [];
  structure.blocks.forEach((block: Block, blockIndex) => {
    if (!isBodyBlock(block)) return;
    for (const span of language.splitSentences(
      text,
      block.content,
      block.kind === 'item' ? 'item' : 'paragraph',
    )) {
      sentences.push({
        index: sentences.length + 1,
        span,
        text: foldWhitespace(text.slice(span.start, span.end)),
        section: block.section,
        block: blockIndex,
      });
    }
  });
  return sentences;
}
