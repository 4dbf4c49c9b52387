// Japanese words: Node's built-in ICU word segmenter ("EU|側|から|、|…|説明|が|あり"), run per
// sentence (it is fast one sentence at a time and quadratic on one long string). Spaces are no
// tokens; punctuation is. Each token's `lower` folds full-width letters and digits, so that the
// codebook's 「EU側」 finds 「ＥＵ側」.
import { grammarData } from '../grammar.js';
import type { Token } from '../types.js';
import { foldWidth } from './width.js';

/**
 * Words the segmenter glues that the reader needs apart (grammar.json `gluedTokens`): ICU reads
 * 「日本側が」 as 日本|側が, which hides the side's name 「日本側」 from the alias matcher.
 */
let glued: ReadonlyMap<string, readonly string[]> | undefined;
const gluedTokens = () =>
  (glued ??= new Map(
    // Parts that do not spell the word again would move every offset after them: left out.
    Object.entries(grammarData('ja').gluedTokens as Record<string, string[]>).filter(
      ([word, parts]) => parts.join('') === word,
    ),
  ));

// Made on first use: ICU loads its Japanese dictionary for it (tens of milliseconds), which a run
// of English documents never needs.
let segmenter: Intl.Segmenter | undefined;

// Short strings (a name, a word, a heading) are segmented again and again across a corpus: their
// tokens are kept, a bounded number of them, and shared (callers never change a token list).
const SHORT = 32;
const KEPT = 4096;
const kept = new Map<string, Token[]>();

export function tokenize(text: string, offset = 0): Token[] {
  if (offset !== 0 || text.length > SHORT) return segment(text, offset);
  let tokens = kept.get(text);
  if (!tokens) {
    if (kept.size >= KEPT) kept.clear();
    tokens = segment(text, 0);
    kept.set(text, tokens);
  }
  return tokens;
}

function segment(text: string, offset: number): Token[] {
  const tokens: Token[] = [];
  segmenter ??= new Intl.Segmenter('ja', { granularity: 'word' });
  for (const { segment, index } of segmenter.segment(text)) {
    if (segment.trim() === '') continue;
    const parts = gluedTokens().get(segment);
    if (!parts) {
      tokens.push(token(segment, offset + index));
      continue;
    }
    let at = offset + index;
    for (const part of parts) {
      tokens.push(token(part, at));
      at += part.length;
    }
  }
  return tokens;
}

function token(text: string, start: number): Token {
  const lower = foldWidth(text).toLowerCase();
  return { text, lower, norm: lower, start, end: start + text.length };
}
