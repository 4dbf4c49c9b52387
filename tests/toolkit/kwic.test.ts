import { describe, expect, it } from 'vitest';
import { loadCodebook } from '../../src/codebook/load.js';
import { analyzeDocument } from '../../src/pipeline.js';
import { analyzeInputs } from '../../src/run.js';
import { type KwicOptions, kwic } from '../../src/toolkit/kwic.js';
import { textSource } from '../helpers.js';

const codebook = loadCodebook().compiled;
const corpus = analyzeInputs({ inputs: ['corpus'] }).documents;
const japanese = analyzeInputs({ inputs: ['tests/fixtures/ja1'] }).documents;

const run = (options: KwicOptions, documents = corpus) => kwic(documents, codebook, options);
const pick = (options: KwicOptions, documents = corpus) =>
  run(options, documents).map((row) => [row.left, row.match, row.right]);

describe('kwic on the corpus', () => {
  it('finds a lemma and the next word in its inflections, with the statement that holds it', () => {
    expect(run({ pattern: 'raise issues', window: 4 })).toEqual([
      {
        doc: '2021-11-17_japan-eu-ict-strategy-workshop-12',
        series: 'Japan-EU ICT Strategy Workshop',
        meeting: 12,
        date: '2021-11-17',
        sentence: 14,
        statement: 1,
        side: 'japan',
        stance: 'raised_issues',
        topic: 'platforms',
        left: 'response, the Japanese side',
        match: 'raised issues',
        right: 'with the EU bills',
        start: 2748,
        end: 2761,
      },
    ]);
  });

  it('start and end are offsets into the document text', () => {
    const text = corpus[0]?.source.text ?? '';
    for (const row of run({ pattern: 'explain' }))
      expect(text.slice(Number(row.start), Number(row.end))).toBe(row.match);
  });

  it.each<[string, KwicOptions, string[][]]>([
    [
      'a regular expression, as a source',
      { pattern: 'Digital \\w+ Act', regex: true, window: 2 },
      [
        ['of the', 'Digital Services Act', 'and the'],
        ['and the', 'Digital Markets Act', ', which were'],
      ],
    ],
    [
      'a regular expression written /source/flags',
      { pattern: '/digital markets/i', regex: true, window: 1 },
      [['the', 'Digital Markets', 'Act']],
    ],
    ['a window of 0', { pattern: 'raise', window: 0 }, [['', 'raised', '']]],
    [
      'a part of a hyphenated compound',
      { pattern: 'Pacific', window: 1 },
      [['the Indo-', 'Pacific', 'region']],
    ],
  ])('%s', (_name, options, expected) => {
    expect(pick(options)).toEqual(expected);
  });

  it.each<[string, KwicOptions['filter'], number]>([
    ['no filter', {}, 9],
    ['side', { side: 'eu' }, 4],
    ['stance and topic', { stance: 'explained', topic: 'data' }, 2],
    ['a meeting that is not there', { meetings: { from: 1, to: 11 } }, 0],
    ['series in any case', { series: 'japan-eu ict strategy workshop' }, 9],
    ['language', { lang: 'ja' }, 0],
  ])('filters: %s', (_name, filter, count) => {
    const rows = run({ pattern: 'explain', ...(filter ? { filter } : {}) });
    expect(rows).toHaveLength(count);
    if (filter?.side) expect(rows.every((row) => row.side === filter.side)).toBe(true);
  });

  it.each<[string, KwicOptions, RegExp]>([
    ['an empty pattern', { pattern: ' ' }, /pattern is empty/],
    ['nothing but a gap', { pattern: '...' }, /pattern is empty/],
    ['a bad regular expression', { pattern: '(unclosed', regex: true }, /is not a regular expression/],
  ])('%s is an option error', (_name, options, message) => {
    expect(() => run(options)).toThrow(
      expect.objectContaining({ code: 'OPTION_INVALID', message: expect.stringMatching(message) }),
    );
  });
});

describe('kwic in Japanese: the window counts characters', () => {
  it('20 characters by default, as many as asked', () => {
    const [first] = run({ pattern: '懸念' }, japanese);
    expect(first?.match).toBe('懸念');
    expect([...String(first?.left)].length).toBeLessThanOrEqual(20);
    const [narrow] = run({ pattern: '懸念', window: 3 }, japanese);
    expect([...String(narrow?.left)]).toHaveLength(3);
    expect([...String(narrow?.right)].length).toBeLessThanOrEqual(3);
  });
});

describe('kwic on a summary of its own', () => {
  const document = analyzeDocument(
    textSource(
      [
        'Results of the 3rd Japan-EU Test Dialogue',
        'The EU side explained the AI Act.\nThe Japanese side raised several\nserious concerns about the AI Act.',
      ].join('\n\n'),
      'own',
    ),
    codebook,
  );

  it('a match across a line break is one match, whitespace folded', () => {
    expect(pick({ pattern: 'raise ... concern', window: 2 }, [document])).toEqual([
      ['Japanese side', 'raised several serious concerns', 'about the'],
    ]);
    expect(pick({ pattern: 'several\\s+serious', regex: true, window: 1 }, [document])).toEqual([
      ['raised', 'several serious', 'concerns'],
    ]);
  });

  it('each match is coded by its own statement', () => {
    expect(run({ pattern: 'AI Act' }, [document]).map((row) => [row.side, row.stance])).toEqual([
      ['eu', 'explained'],
      ['japan', 'raised_issues'],
    ]);
  });
});
