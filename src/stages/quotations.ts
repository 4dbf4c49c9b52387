// The quotations of a document's paragraphs, each paragraph read once, when a sentence of it first
// asks. A paragraph may continue a quotation the one before it left open: "Minister X said:" on a
// line of its own, then the quoted paragraphs (GOV.UK prints them so); the language decides how
// far such a quotation runs.
import type { CompiledLanguage, DocumentKnowledge, Quotation } from '../lang/types.js';
import type { DocumentStructure } from '../types.js';

export type QuotationsOf = (block: number) => Quotation[];

export function paragraphQuotations(
  docText: string,
  structure: DocumentStructure,
  language: CompiledLanguage,
  knowledge: DocumentKnowledge,
): QuotationsOf {
  const byBlock = new Map<number, Quotation[]>();
  const quotationsOf: QuotationsOf = (index) => {
    let found = byBlock.get(index);
    if (!found) {
      const block = structure.blocks[index];
      const before = structure.blocks[index - 1];
      const opened =
        block && before && before.kind === block.kind && before.section === block.section
          ? quotationsOf(index - 1).find((q) => q.opensParagraphs)
          : undefined;
      found = block ? language.quotations(docText, block.content, knowledge, opened) : [];
      byBlock.set(index, found);
    }
    return found;
  };
  return quotationsOf;
}
