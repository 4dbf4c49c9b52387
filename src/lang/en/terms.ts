// The terms `keyness` counts in English: word tokens lower-cased and Porter-stemmed ("explained",
// "explains" -> "explain"), function words (grammar.json `stopWords`) and tokens without a letter
// left out. Porter groups word families too ("regulation", "regulations" -> "regul"), which is what
// a keyword list wants; the codebook's matching uses the narrower singular (stem.ts).
import type { Token } from '../types.js';
import { porterStem } from './stem.js';

export function englishKeyTerms(stopWords: ReadonlySet<string>) {
  return (tokens: readonly Token[]): { term: string; word: string }[] =>
    tokens
      .filter((token) => /\p{L}/u.test(token.text) && !stopWords.has(token.lower))
      .map((token) => ({ term: porterStem(token.lower), word: token.lower }));
}
