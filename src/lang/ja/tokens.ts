// Japanese words: Node's built-in ICU word segmenter ("EU|側|から|、|…|説明|が|あり"), run per
// sentence (it is fast one sentence at a time and quadratic on one long string). Spaces are no
// tokens; punctuation is. Each token's `lower` folds full-width letters and digits, so that the
// codebook's 「EU側」 finds 「ＥＵ側」.
import type { Token } from '../types.js';
import { foldWidth } from './width.js';

const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
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
