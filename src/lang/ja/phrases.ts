// Codebook phrases in Japanese text. The segmenter cuts compounds finely and not always the same
// way in context (「欧州|委員|会」, 「サイ|バー」), so a phrase is matched on characters: the
// folded text of the tokens from `at` must start with the phrase and the phrase must end where a
// token ends. Spaces are ignored on both sides ("DG CONNECT" = 「DGCONNECT」).
import type { Phrase, PhraseMatcher, Token } from '../types.js';
import { foldWidth } from './width.js';

/** A phrase as matched: lower-cased, full-width folded, without spaces. */
export const foldPhrase = (text: string): string => foldWidth(text).toLowerCase().replace(/\s+/g, '');

export interface JapanesePhrase extends Phrase {
  folded: string;
}

/**
 * Phrases indexed by their first character, longest first. With `partialEnd`, a phrase may end
 * inside a token that it starts reading (cues: 「述べ」 in 「述|べた」); otherwise on a token end.
 */
export function japaneseMatcher<T extends Phrase>(
  phrases: readonly T[],
  { partialEnd = false } = {},
): PhraseMatcher<T & JapanesePhrase> {
  const byFirst = new Map<string, (T & JapanesePhrase)[]>();
  const sorted = phrases
    .map((phrase) => ({ ...phrase, folded: foldPhrase(phrase.text) }))
    .filter((phrase) => phrase.folded !== '')
    .sort((a, b) => b.folded.length - a.folded.length);
  for (const phrase of sorted) {
    const first = phrase.folded[0] as string;
    byFirst.set(first, [...(byFirst.get(first) ?? []), phrase]);
  }
  return {
    at(tokens, at, to = tokens.length) {
      const first = tokens[at]?.lower[0];
      if (first === undefined) return undefined;
      for (const phrase of byFirst.get(first) ?? []) {
        const end = matchAt(phrase.folded, tokens, at, to, partialEnd);
        if (end >= 0) return { phrase, end };
      }
      return undefined;
    },
  };
}

/** The token index after `folded` read from token `at`, or -1 (see `japaneseMatcher` for `partial`). */
function matchAt(folded: string, tokens: readonly Token[], at: number, to: number, partial: boolean): number {
  let read = 0;
  for (let i = at; i < to; i++) {
    const lower = (tokens[i] as Token).lower;
    if (!folded.startsWith(lower, read))
      return partial && read > 0 && lower.startsWith(folded.slice(read)) ? i + 1 : -1;
    read += lower.length;
    if (read === folded.length) return i + 1;
  }
  return -1;
}
