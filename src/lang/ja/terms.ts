// The terms `keyness` counts in Japanese: the segmenter's words as folded (full-width letters and
// digits to half-width, lower case), particles, auxiliaries and formal nouns (grammar.json
// `stopWords`) and tokens without a letter left out. Japanese has no stemming here: the segmenter
// already cuts 「説明し」 into 「説明」「し」.
import type { Token } from '../types.js';

export function japaneseKeyTerms(stopWords: ReadonlySet<string>) {
  return (tokens: readonly Token[]): { term: string; word: string }[] =>
    tokens
      .filter((token) => /\p{L}/u.test(token.text) && !stopWords.has(token.lower))
      .map((token) => ({ term: token.lower, word: token.lower }));
}
