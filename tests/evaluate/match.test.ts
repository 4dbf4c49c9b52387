import { describe, expect, it } from 'vitest';
import type { GoldRow } from '../../src/evaluate/gold.js';
import { foldForMatch, matchGold } from '../../src/evaluate/match.js';
import type { StatementRow } from '../../src/types.js';

function statement(doc: string, text: string): StatementRow {
  return {
    doc,
    series: '',
    lang: 'en',
    counted: true,
    meeting: null,
    date: null,
    section: '',
    sentence: 1,
    statement: 1,
    side: 'none',
    stance: 'other',
    topic: 'general',
    topics: [],
    cue: '',
    text,
    start: 0,
    end: text.length,
    extra: {},
  };
}

function gold(doc: string, snippet: string): GoldRow {
  return { doc, snippet, side: ['none'], stance: ['other'], topic: [], file: 'g.csv', line: 2 };
}

describe('foldForMatch', () => {
  it('straightens curly quotes, folds whitespace, trims and lowercases', () => {
    expect(foldForMatch('  The \u201cData  Act\u201d\n and\tJapan\u2019s\u2018 ')).toBe(
      'the "data act" and japan\'s\'',
    );
  });
});

describe('matchGold', () => {
  const statements = [
    statement('d1', 'The EU side explained the \u201cData Act\u201d.'),
    statement('d1', 'The EU side raised issues with it.'),
    statement('d2', 'Japan   explained\nits plans.'),
  ];

  it('matches the statement of the same doc containing the folded snippet', () => {
    const [match] = matchGold(statements, [gold('d1', 'EXPLAINED the "data act"')]);
    expect(match?.status).toBe('matched');
    expect(match?.status !== 'unmatched' && match?.statement).toBe(statements[0]);
    expect(matchGold(statements, [gold('d2', 'japan explained its')])[0]?.status).toBe('matched');
  });

  it('does not look into other documents', () => {
    expect(matchGold(statements, [gold('d2', 'The EU side')])[0]).toMatchObject({
      status: 'unmatched',
      reason: 'snippet-not-found',
    });
  });

  it('tells a missing document from a missing snippet', () => {
    expect(matchGold(statements, [gold('d9', 'anything')])[0]).toMatchObject({
      status: 'unmatched',
      reason: 'doc-not-found',
    });
  });

  it('knows a document analysed without statements from one not given at all', () => {
    const rows = [gold('d9', 'anything'), gold('d8', 'anything')];
    expect(matchGold(statements, rows, { documents: ['d1', 'd2', 'd9'] })).toMatchObject([
      { status: 'unmatched', reason: 'snippet-not-found' },
      { status: 'unmatched', reason: 'doc-not-found' },
    ]);
  });

  it('does not match a snippet that crosses a statement boundary', () => {
    expect(matchGold(statements, [gold('d1', 'Data Act". The EU side')])[0]?.status).toBe('unmatched');
  });

  it('reports a snippet found in several statements and scores the first', () => {
    const [match] = matchGold(statements, [gold('d1', 'the eu side')]);
    expect(match).toMatchObject({ status: 'ambiguous', candidates: 2, statement: statements[0] });
  });

  it('keeps the gold order, one result per row', () => {
    const rows = [gold('d9', 'x'), gold('d1', 'raised'), gold('d1', 'raised')];
    expect(matchGold(statements, rows).map((m) => m.status)).toEqual(['unmatched', 'matched', 'matched']);
  });
});
