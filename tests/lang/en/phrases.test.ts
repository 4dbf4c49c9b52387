// Codebook phrases in a trie of their words: the longest phrase that matches wins; among phrases of
// one length, one whose first word matches as written beats one in lower case, which beats one in
// the singular; then the codebook's order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  indexPhrases,
  longestPhraseAt,
  matchPhraseAt,
  type WordMatcher,
  type WordPhrase,
} from '../../../src/lang/en/phrases.js';
import { tokenize } from '../../../src/lang/en/tokens.js';
import { check, fuzzRuns } from '../../fuzz.js';

const rank = (matcher: WordMatcher | undefined) =>
  matcher?.exact !== undefined ? 0 : matcher?.lower !== undefined ? 1 : 2;

/** The rule spelt out: every phrase tried, the best kept. */
function reference(
  phrases: readonly WordPhrase[],
  text: string,
  at: number,
  to: number,
): WordPhrase | undefined {
  const tokens = tokenize(text);
  let best: { phrase: WordPhrase; order: number } | undefined;
  phrases.forEach((phrase, order) => {
    const end = phrase.words.length > 0 ? matchPhraseAt(phrase.words, tokens, at) : -1;
    if (end === -1 || end > to) return;
    const better =
      !best ||
      phrase.words.length > best.phrase.words.length ||
      (phrase.words.length === best.phrase.words.length &&
        (rank(phrase.words[0]) < rank(best.phrase.words[0]) ||
          (rank(phrase.words[0]) === rank(best.phrase.words[0]) && order < best.order)));
    if (better) best = { phrase, order };
  });
  return best?.phrase;
}

const WORDS = ['the', 'The', 'EU', 'eu', 'side', 'sides', 'Japan', 'data', 'platforms', 'platform'];
const matcher = fc.oneof(
  fc.constantFrom(...WORDS).map((word): WordMatcher => ({ exact: word })),
  fc.constantFrom(...WORDS).map((word): WordMatcher => ({ lower: word.toLowerCase() })),
  fc.constantFrom('side', 'platform', 'data').map((word): WordMatcher => ({ singulars: new Set([word]) })),
);
const phrase = fc.array(matcher, { minLength: 1, maxLength: 3 }).map(
  (words): WordPhrase => ({
    text: words.map((w) => w.exact ?? w.lower ?? [...(w.singulars ?? [])][0]).join(' '),
    words,
  }),
);

describe('the phrase trie', () => {
  it('picks the phrase the rule picks, at every position and end', () => {
    check(
      fc.property(
        fc.array(phrase, { maxLength: 12 }),
        fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }),
        (phrases, words) => {
          const text = words.join(' ');
          const tokens = tokenize(text);
          const index = indexPhrases(phrases);
          for (let at = 0; at < tokens.length; at++)
            for (let to = at; to <= tokens.length; to++)
              expect(longestPhraseAt(index, tokens, at, to)).toBe(reference(phrases, text, at, to));
        },
      ),
      fuzzRuns(500),
    );
  });

  const written = (text: string): WordPhrase => ({
    text,
    words: tokenize(text).map((t) => (/\p{Lu}/u.test(t.text) ? { exact: t.text } : { lower: t.lower })),
  });
  it.each<[string, string[], string, string]>([
    ['the longest', ['the EU', 'the EU side'], 'the EU side met', 'the EU side'],
    ['as written before lower case at one length', ['eu side', 'EU side'], 'EU side met', 'EU side'],
    ['the codebook order at one length and kind', ['EU side', 'EU side'], 'EU side met', 'EU side'],
  ])('%s', (_, texts, text, expected) => {
    const phrases = texts.map(written);
    const found = longestPhraseAt(indexPhrases(phrases), tokenize(text), 0);
    expect(found?.text).toBe(expected);
    expect(found).toBe(phrases.find((p) => p.text === expected));
  });
});
