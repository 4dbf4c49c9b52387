import { describe, expect, it } from 'vitest';
import { isWord, tokenize } from '../../../src/lang/en/tokens.js';

const texts = (text: string): string[] => tokenize(text).map((t) => t.text);

describe('tokenize', () => {
  it.each([
    ['Japan-EU cooperation', ['Japan-EU', 'cooperation']],
    ['co-chaired the dialogue', ['co-chaired', 'the', 'dialogue']],
    ['R&D on 5G/Beyond 5G (6G).', ['R&D', 'on', '5G', '/', 'Beyond', '5G', '(', '6G', ')', '.']],
    ['Japan’s ICT', ['Japan', '’s', 'ICT']],
    ['Living-in.EU', ['Living-in.EU']],
    ['DG CONNECT, and', ['DG', 'CONNECT', ',', 'and']],
    ['issues; the EU', ['issues', ';', 'the', 'EU']],
  ])('%s -> %j', (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it('keeps hyphenated compounds whole, so "Japan" in "Japan-EU" is no word of its own', () => {
    expect(texts('the status of Japan-EU cooperation')).not.toContain('Japan');
  });

  it('gives offsets into the text, shifted by `offset`', () => {
    const text = 'In response, the EU side explained.';
    for (const token of tokenize(text, 100)) {
      expect(text.slice(token.start - 100, token.end - 100)).toBe(token.text);
    }
    expect(tokenize('  MIC', 7)[0]).toMatchObject({ text: 'MIC', start: 9, end: 12 });
  });

  it('lower-cases and folds the curly apostrophe in `lower`', () => {
    expect(tokenize('Japan’s')[1]?.lower).toBe("'s");
    expect(tokenize('The EU Side')[2]?.lower).toBe('side');
  });

  it('covers every non-space character exactly once', () => {
    const text = 'The Japanese side explained Japan’s ICT (e.g., 5G), and the EU side; "R&D".';
    expect(
      tokenize(text)
        .map((t) => t.text)
        .join(''),
    ).toBe(text.replace(/\s+/g, ''));
  });
});

describe('isWord', () => {
  it.each([
    ['explained', true],
    ['5G', true],
    ['R&D', true],
    [',', false],
    ['(', false],
    ['’s', true],
  ])('%s -> %s', (text, expected) => {
    expect(isWord(tokenize(text)[0])).toBe(expected);
  });

  it('is false for no token', () => {
    expect(isWord(undefined)).toBe(false);
  });
});
