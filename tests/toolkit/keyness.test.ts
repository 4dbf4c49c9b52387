import { describe, expect, it } from 'vitest';
import { loadCodebook } from '../../src/codebook/load.js';
import { analyzeDocument } from '../../src/pipeline.js';
import { keynessMeasures } from '../../src/stats/index.js';
import { type KeynessOptions, keyness } from '../../src/toolkit/keyness.js';
import type { AnalyzedDocument } from '../../src/types.js';
import { textSource } from '../helpers.js';

const codebook = loadCodebook().compiled;

const summary = (id: string, title: string, ...sentences: string[]): AnalyzedDocument =>
  analyzeDocument(textSource([title, sentences.join(' ')].join('\n\n'), id), codebook);

const first = summary(
  'first',
  'Results of the 1st Japan-EU Test Dialogue',
  'The Japanese side explained data spaces.',
  'The Japanese side explained data flows.',
  'The EU side explained platforms.',
);
const second = summary(
  'second',
  'Results of the 2nd Japan-EU Test Dialogue',
  'The EU side explained online platforms and platform rules.',
);

const sides: KeynessOptions = { target: { side: 'japan' }, reference: { side: 'eu' } };
const terms = (options: KeynessOptions, documents = [first]) =>
  keyness(documents, codebook, options).map((row) => [row.term, row.target, row.reference]);

describe('keyness: the counts', () => {
  it("the actor's words and function words are left out; terms are Porter stems", () => {
    // japan: explain data space / explain data flow (6 terms); eu: explain platform (2 terms).
    const rows = keyness([first], codebook, sides);
    expect(rows.map((row) => [row.term, row.word, row.target, row.reference])).toEqual([
      ['data', 'data', 2, 0],
      ['flow', 'flows', 1, 0],
      ['space', 'spaces', 1, 0],
      ['explain', 'explained', 2, 1],
      ['platform', 'platforms', 0, 1],
    ]);
    for (const row of rows) {
      expect([row.target_total, row.reference_total]).toEqual([6, 2]);
      const measures = keynessMeasures(row.target, row.reference, 6, 2);
      expect([row.g2, row.chi2, row.p, row.log_ratio]).toEqual([
        measures.g2,
        measures.chi2,
        measures.p,
        measures.logRatio,
      ]);
    }
  });

  it('--keep-actor-words counts the words naming the actor too', () => {
    const rows = keyness([first], codebook, { ...sides, keepActorWords: true });
    expect(rows.find((row) => row.term === 'japanes')).toMatchObject({ target: 2, reference: 0 });
    expect(rows.find((row) => row.term === 'side')).toMatchObject({ target: 2, reference: 1 });
  });

  it('--top keeps each end, --min-count drops rare terms', () => {
    expect(terms({ ...sides, top: 1 })).toEqual([
      ['data', 2, 0],
      ['platform', 0, 1],
    ]);
    expect(terms({ ...sides, minCount: 2 })).toEqual([
      ['data', 2, 0],
      ['explain', 2, 1],
    ]);
  });

  it('periods: the meetings of a range against those of another', () => {
    const rows = terms(
      { target: { meetings: { from: 2, to: 2 } }, reference: { meetings: { from: 1, to: 1 } } },
      [first, second],
    );
    // meeting 2: explain onlin platform platform rule; meeting 1: explain x3 data x2 space flow platform.
    expect(rows).toContainEqual(['platform', 2, 1]);
    expect(rows).toContainEqual(['data', 0, 2]);
    const g2 = keyness([first, second], codebook, {
      target: { meetings: { from: 2, to: 2 } },
      reference: { meetings: { from: 1, to: 1 } },
    }).map((row) => row.g2);
    expect(g2).toEqual([...g2].sort((a, b) => b - a));
  });

  it('--by meeting compares within each meeting, in date order', () => {
    const rows = keyness([second, first], codebook, { ...sides, by: 'meeting' });
    expect([...new Set(rows.map((row) => row.group))]).toEqual(['Japan-EU Test Dialogue #1']);
  });

  it('--by topic compares within each topic; a topic only one side spoke on has no rows', () => {
    const both = summary(
      'both',
      'Results of the 4th Japan-EU Test Dialogue',
      'The Japanese side explained data spaces.',
      'The EU side explained data rules.',
      'The EU side explained platforms.',
    );
    const rows = keyness([both], codebook, { ...sides, by: 'topic' });
    expect(rows.map((row) => [row.group, row.term, row.target, row.reference])).toEqual([
      ['data', 'space', 1, 0],
      ['data', 'data', 1, 1],
      ['data', 'explain', 1, 1],
      ['data', 'rule', 0, 1],
    ]);
  });
});

describe('keyness: what is refused', () => {
  it.each<[string, KeynessOptions, RegExp]>([
    ['no target', { target: {}, reference: { side: 'eu' } }, /needs a target/],
    ['no reference', { target: { side: 'eu' }, reference: {} }, /needs a reference/],
    ['the same side twice', { target: { side: 'eu' }, reference: { side: 'eu' } }, /are the same statements/],
    [
      'overlapping selections',
      { target: { side: 'japan' }, reference: { meetings: { from: 1, to: 1 } } },
      /share 2 statements/,
    ],
    [
      '--by meeting with meeting ranges',
      {
        target: { meetings: { from: 1, to: 1 } },
        reference: { meetings: { from: 2, to: 2 } },
        by: 'meeting',
      },
      /--by meeting/,
    ],
  ])('%s', (_name, options, message) => {
    expect(() => keyness([first, second], codebook, options)).toThrow(
      expect.objectContaining({ code: 'OPTION_INVALID', message: expect.stringMatching(message) }),
    );
  });
});
