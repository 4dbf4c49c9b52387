// Japanese words: Node's built-in ICU word segmenter ("EU|側|から|、|…|説明|が|あり"), run per
// sentence (it is fast one sentence at a time and quadratic on one long string). Spaces are no
// tokens; punctuation is. Each token's `lower` folds full-width letters and digits, so that the
// codebook's 「EU側」 finds 「ＥＵ側」.
import type { Token } from '../types.js';
import { foldWidth } from './width.js';

// Made on first use: ICU loads its Japanese dictionary for it (tens of milliseconds), which a run
// of English documents never needs.
let segmenter: Intl.Segmenter | undefined;

export function tokenize(text: string, offset = 0): Token[] {
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
