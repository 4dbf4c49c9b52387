// Japanese tokens: the segmenter's words, with the ones it glues split (grammar.json gluedTokens),
// and offsets that still point into the text.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/lang/ja/tokens.js';

describe('Japanese tokens', () => {
  it.each<[string, string[]]>([
    ['日本側が説明した', ['日本', '側', 'が', '説明', 'した']],
    ['EU側が示した', ['EU', '側', 'が', '示し', 'た']],
    ['日本側は説明した', ['日本', '側', 'は', '説明', 'した']],
  ])('%s', (text, expected) => {
    expect(tokenize(text).map((t) => t.text)).toEqual(expected);
  });

  it('keeps every offset on its text', () => {
    const text = '前置き。日本側が説明し、EU側がこれに応じた。';
    for (const token of tokenize(text, 10))
      expect(text.slice(token.start - 10, token.end - 10)).toBe(token.text);
  });
});
