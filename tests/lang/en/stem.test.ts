import { describe, expect, it } from 'vitest';
import { porterStem, singular } from '../../../src/lang/en/stem.js';

describe('singular: terms meet across number, not across word families', () => {
  it.each([
    ['platforms', 'platform'],
    ['Platforms', 'platform'],
    ['issues', 'issue'],
    ['cities', 'city'],
    ['policies', 'policy'],
    ['exercises', 'exercise'],
    ['exercise', 'exercise'],
    ['boxes', 'box'],
    ['churches', 'church'],
    ['semiconductors', 'semiconductor'],
    ['chips', 'chip'],
  ])('%s -> %s', (word, expected) => {
    expect(singular(word)).toBe(expected);
  });

  it.each([['process'], ['analysis'], ['status'], ['business'], ['gas'], ['is'], ['data']])(
    'leaves %s as it is (lower-cased)',
    (word) => {
      expect(singular(word)).toBe(word.toLowerCase());
    },
  );

  it('keeps "CONNECT" apart from "connectivity" (the Porter stem would not)', () => {
    expect(singular('CONNECT')).not.toBe(singular('connectivity'));
  });

  it('lower-cases acronyms without cutting them', () => {
    expect(singular('AI')).toBe('ai');
    expect(singular('ISAC')).toBe('isac');
  });
});

describe('porterStem: groups inflections of one predicate', () => {
  it.each([
    ['elaborated', 'elaborates'],
    ['explained', 'explaining'],
    ['Concurred', 'concurs'],
  ])('%s ~ %s', (a, b) => {
    expect(porterStem(a)).toBe(porterStem(b));
  });

  it('separates different verbs', () => {
    expect(porterStem('explained')).not.toBe(porterStem('introduced'));
  });
});
