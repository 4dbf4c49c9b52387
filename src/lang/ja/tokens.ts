// Japanese words: Node's built-in ICU word segmenter ("EU|側|から|、|…|説明|が|あり"), run per
// sentence (it is fast one sentence at a time and quadratic on one long string). Spaces are no
// tokens; punctuation is. Each token's `lower` folds full-width letters and digits, so that the
// codebook's 「EU側」 finds 「ＥＵ側」.
import type { Token } from '../types.js';
import { foldWidth } from './width.js';

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
    const lower = foldWidth(segment).toLowerCase();
    tokens.push({
      text: segment,
      lower,
      norm: lower,
      keys: [lower],
      start: offset + index,
      end: offset + index + segment.length,
    });
  }
  return tokens;
}
