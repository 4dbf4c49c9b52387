// The terms each language gives `keyness`, with the stop words of its grammar data (a codebook's
// languages.<id>.grammar.stopWords replaces them, like any grammar entry).
import type { Codebook } from '../codebook/types.js';
import { englishGrammar } from './en/grammar.js';
import { englishKeyTerms } from './en/terms.js';
import { japaneseGrammar } from './ja/grammar.js';
import { japaneseKeyTerms } from './ja/terms.js';
import type { LanguageId, Token } from './types.js';

/** A term as counted (English: the stem) and the word it was read from (lower-cased). */
export interface KeyTerm {
  term: string;
  word: string;
}

export type KeyTermReader = (tokens: readonly Token[]) => KeyTerm[];

const READERS: Record<LanguageId, (grammar: Record<string, unknown>, where: string) => KeyTermReader> = {
  en: (grammar, where) => englishKeyTerms(englishGrammar(grammar, where).stopWords),
  ja: (grammar, where) => japaneseKeyTerms(japaneseGrammar(grammar, where).stopWords),
};

/** The term reader of a language under a codebook (`where` names the codebook in errors). */
export function keyTermReader(id: LanguageId, codebook: Codebook, where: string): KeyTermReader {
  return READERS[id](codebook.languages[id]?.grammar ?? {}, where);
}
