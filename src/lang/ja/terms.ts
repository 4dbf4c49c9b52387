// The terms `keyness` counts in Japanese: the segmenter's words as folded (full-width letters and
// digits to half-width, lower case), particles, auxiliaries and formal nouns (grammar.json
// `stopWords`) and tokens without a letter left out. Japanese has no stemming here: the segmenter
// already cuts 「説明し」 into 「説明」「し」. It also cuts some katakana words (「サイ|バー」), so
// katakana written together count as one term.
import type { Token } from '../types.js';

const KATAKANA = /^[\p{Script=Katakana}ー]+$/u;

function joinKatakana(tokens: readonly Token[]): { text: string; lower: string }[] {
  const joined: { text: string; lower: string; end: number }[] = [];
  for (const token of tokens) {
    const last = joined.at(-1);
    if (last && last.end === token.start && KATAKANA.test(last.text) && KATAKANA.test(token.text)) {
      last.text += token.text;
      last.lower += token.lower;
      last.end = token.end;
    } else joined.push({ text: token.text, lower: token.lower, end: token.end });
  }
  return joined;
}

export function japaneseKeyTerms(stopWords: ReadonlySet<string>) {
  return (tokens: readonly Token[]): { term: string; word: string }[] =>
    joinKatakana(tokens)
      .filter((token) => /\p{L}/u.test(token.text) && !stopWords.has(token.lower))
      .map((token) => ({ term: token.lower, word: token.lower }));
}
