import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  DISAGREEMENT_COLUMNS,
  disagreementRows,
  disagreementsCsv,
} from '../../src/evaluate/disagreements.js';
import { evaluateStatements, meetsMinimumAccuracy } from '../../src/evaluate/evaluate.js';
import { formatEvaluation } from '../../src/evaluate/format.js';
import { parseGold } from '../../src/evaluate/gold.js';
import { matchGold } from '../../src/evaluate/match.js';
import type { Stance, StatementRow } from '../../src/types.js';

function statement(
  doc: string,
  text: string,
  side: string,
  stance: Stance,
  topic: string,
  cue = '',
): StatementRow {
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
    side,
    stance,
    topic,
    topics: [topic],
    cue,
    text,
    start: 0,
    end: text.length,
    extra: {},
  };
}

const statements: StatementRow[] = [
  statement(
    'd1',
    'The Japanese side explained its \u201cBeyond 5G\u201d strategy.',
    'japan',
    'explained',
    '5g-6g',
    'explained',
  ),
  statement(
    'd1',
    'The EU side raised issues with the Data Act.',
    'eu',
    'raised_issues',
    'data',
    'raised issues',
  ),
  statement(
    'd1',
    'Both sides concurred to continue cooperation on AI.',
    'both',
    'concurred',
    'ai',
    'concurred',
  ),
  statement('d1', 'The EU side explained the AI Act.', 'eu', 'explained', 'ai', 'explained'),
  statement('d2', 'The 5th workshop was held in Tokyo.', 'none', 'other', 'general'),
  statement('d2', 'Japan  explained\nits data strategy.', 'japan', 'explained', 'data', 'explained'),
];

// What each row exercises, and its verdict (side / stance / topic):
// g1 straight quotes vs curly, case                     ok / ok / ok
// g2 upper case; stance among alternatives             ok / ok (raised_issues in explained|raised_issues) / ok
// g3 topic among alternatives                          ok / ok / ok
// g4 in two statements: scored against the first (s2)  ok / wrong (raised_issues) / wrong (data)
// g5 in no statement of d1: unmatched, has a topic      wrong / wrong / wrong
// g6 empty topic: not scored for topic                  ok (none in none|both) / wrong (other) / -
// g7 whitespace folded                                  wrong (japan) / ok / ok
// g8 in no statement of d2: unmatched, no topic         wrong / wrong / -
// g9 doc d3 not among the statements: not evaluated     left out of every figure
const goldCsv = `doc,snippet,side,stance,topic
d1,"its ""Beyond 5G"" STRATEGY",japan,explained,5g-6g
d1,RAISED ISSUES with the data act,eu,explained|raised_issues,data
d1,concurred to continue,both,concurred,research-standards|ai
d1,The EU side,eu,explained,ai
d1,no such words,japan,explained,ai
d2,workshop was held,none|both,concurred,
d2,Japan explained its data,both,explained,data
d2,anything,none,other,
d3,anything,none,other,
`;
const gold = parseGold(goldCsv, 'gold.csv');

describe('evaluateStatements on a small hand-scored set', () => {
  const report = evaluateStatements(statements, gold);

  // score-gold.mjs on the same two files without g9 prints:
  //   SHORT statements 8 unmatched 2 side 0.625 stance 0.500 topic 0.667 stance-macroF1 0.762
  // (with g9 it would count 9 rows, g9 wrong; evaluate sets g9 aside instead).
  it('agrees with score-gold.mjs on every accuracy', () => {
    expect(report.statements).toBe(8);
    expect(report.unmatched).toHaveLength(2);
    expect(report.side).toMatchObject({ n: 8, correct: 5, accuracy: 0.625 });
    expect(report.stance).toMatchObject({ n: 8, correct: 4, accuracy: 0.5 });
    // Topic counts rows with a gold topic (g1–g5, g7), the unmatched g5 among them, as wrong.
    expect(report.topic).toMatchObject({ n: 6, correct: 4 });
    expect(report.topic.accuracy?.toFixed(3)).toBe('0.667');
  });

  it('reports unmatched and ambiguous rows with where they come from', () => {
    expect(report.matched).toBe(6);
    expect(report.unmatched).toEqual([
      { doc: 'd1', snippet: 'no such words', file: 'gold.csv', line: 6, reason: 'snippet-not-found' },
      { doc: 'd2', snippet: 'anything', file: 'gold.csv', line: 9, reason: 'snippet-not-found' },
    ]);
    expect(report.ambiguous).toEqual([
      { doc: 'd1', snippet: 'The EU side', file: 'gold.csv', line: 5, candidates: 2 },
    ]);
  });

  it('sets aside the row of a document not analysed, once, with its document', () => {
    expect(report.notEvaluated).toEqual({ rows: 1, docs: ['d3'] });
    expect(report.unmatched.map((row) => row.doc)).not.toContain('d3');
  });

  it('builds the confusion matrix with gold = preferred label and an (unmatched) column', () => {
    // Side pairs: g1 japan→japan, g2 eu→eu, g3 both→both, g4 eu→eu, g5 japan→(unmatched),
    // g6 none→none (none|both accepts none), g7 both→japan, g8 none→(unmatched); g9 not evaluated.
    expect(report.side.confusion).toEqual({
      labels: ['both', 'eu', 'japan', 'none', '(unmatched)'],
      counts: [
        [1, 0, 1, 0, 0],
        [0, 2, 0, 0, 0],
        [0, 0, 1, 0, 1],
        [0, 0, 0, 1, 1],
        [0, 0, 0, 0, 0],
      ],
    });
    // Stances keep the scheme's order; an acceptable alternative counts as the preferred label (g2).
    expect(report.stance.confusion.labels).toEqual([
      'explained',
      'raised_issues',
      'concurred',
      'other',
      '(unmatched)',
    ]);
    expect(report.stance.confusion.counts[0]).toEqual([3, 1, 0, 0, 1]);
  });

  it('computes per-label scores, macro-F1 and kappa over all gold rows, unmatched included', () => {
    // Stance pairs: g1 E→E, g2 E→E, g3 C→C, g4 E→R, g5 E→U, g6 C→O, g7 E→E, g8 O→U.
    // explained: support 5, predicted 3, tp 3 → P 1, R 0.6, F1 6/8 = 0.75
    // concurred: support 2, predicted 1, tp 1 → P 1, R 0.5, F1 2/3
    // other: support 1, predicted 1 (g6), tp 0 → 0; raised_issues: support 0, predicted 1 → F1 0, not averaged
    // macro-F1 = (0.75 + 2/3 + 0) / 3
    expect(report.stance.labels).toEqual({
      explained: { precision: 1, recall: 0.6, f1: 0.75, support: 5 },
      concurred: { precision: 1, recall: 0.5, f1: 2 / 3, support: 2 },
      other: { precision: 0, recall: 0, f1: 0, support: 1 },
      raised_issues: { precision: 0, recall: null, f1: 0, support: 0 },
    });
    expect(report.stance.macroF1).toBeCloseTo((0.75 + 2 / 3) / 3, 12);
    // Gold margins E5 C2 O1, predicted E3 C1 O1 R1 U2; agreed 4 of 8.
    // pe = (5·3 + 2·1 + 1·1)/64 = 18/64; kappa = (0.5 − 18/64)/(1 − 18/64) = 14/46
    expect(report.stance.kappa).toBeCloseTo(14 / 46, 12);
  });

  it('equals score-gold.mjs macro-F1 when every row matches', () => {
    // The matched rows alone (g1–g4, g6, g7) are what score-gold averages: explained F1 6/7,
    // concurred 2/3 → 0.762.
    const matchedOnly = evaluateStatements(
      statements,
      gold.filter((row) => row.snippet !== 'no such words' && row.snippet !== 'anything'),
    );
    expect(matchedOnly.stance.macroF1?.toFixed(3)).toBe('0.762');
    // score-gold.mjs on these six rows: side 0.833 stance 0.667 topic 0.800 stance-macroF1 0.762
    expect(
      [matchedOnly.side, matchedOnly.stance, matchedOnly.topic].map((s) => s.accuracy?.toFixed(3)),
    ).toEqual(['0.833', '0.667', '0.800']);
  });

  it('takes label order from the caller', () => {
    const ordered = evaluateStatements(statements, gold, { side: ['japan', 'eu', 'both', 'none'] });
    expect(ordered.side.confusion.labels).toEqual(['japan', 'eu', 'both', 'none', '(unmatched)']);
    expect(Object.keys(ordered.side.labels)).toEqual(['japan', 'eu', 'both', 'none']);
  });

  it('serialises to JSON without losing undefined figures', () => {
    const json = JSON.parse(JSON.stringify(report));
    expect(Object.keys(json)).toEqual([
      'statements',
      'matched',
      'unmatched',
      'ambiguous',
      'notEvaluated',
      'side',
      'stance',
      'topic',
      'intervals',
    ]);
    expect(json.stance.labels.raised_issues.recall).toBeNull();
  });
});

describe('evaluateStatements, degenerate input', () => {
  it('gives null figures for no gold rows', () => {
    const report = evaluateStatements(statements, []);
    expect(report.statements).toBe(0);
    for (const field of ['side', 'stance', 'topic'] as const) {
      expect(report[field]).toEqual({
        n: 0,
        correct: 0,
        accuracy: null,
        macroF1: null,
        kappa: null,
        labels: {},
        confusion: { labels: [], counts: [] },
        ci: { accuracy: null, macroF1: null, kappa: null, labels: {} },
      });
    }
  });

  it('leaves kappa undefined when gold and tool use one label throughout', () => {
    const rows = parseGold('doc,snippet,side,stance,topic\nd2,workshop,none,other,general\n', 'g.csv');
    const report = evaluateStatements(statements, rows);
    expect(report.side).toMatchObject({ accuracy: 1, macroF1: 1, kappa: null });
  });

  it('scores every row as unmatched when there are no statements', () => {
    // The documents were analysed but yielded nothing: their rows are errors, not set aside.
    const report = evaluateStatements([], gold, {}, { documents: ['d1', 'd2'] });
    expect(report.side.accuracy).toBe(0);
    expect(report.unmatched).toHaveLength(8);
    expect(report.notEvaluated).toEqual({ rows: 1, docs: ['d3'] });
    // Gold has several labels, the tool one ("(unmatched)"): pe = 0, kappa = po = 0.
    expect(report.side.kappa).toBe(0);
  });
});

describe('meetsMinimumAccuracy', () => {
  const report = evaluateStatements(statements, gold);

  it('fails when any accuracy falls below the minimum', () => {
    expect(meetsMinimumAccuracy(report, 0.5)).toBe(true);
    expect(meetsMinimumAccuracy(report, 0.6)).toBe(false); // stance 0.5
  });

  it('passes a field without scored rows (no gold topics) but fails on no gold rows at all', () => {
    const noTopics = evaluateStatements(
      statements,
      parseGold('doc,snippet,side,stance,topic\nd2,workshop was held,none,other,\n', 'g.csv'),
    );
    expect(noTopics.topic.accuracy).toBeNull();
    expect(meetsMinimumAccuracy(noTopics, 1)).toBe(true);
    expect(meetsMinimumAccuracy(evaluateStatements(statements, []), 0)).toBe(false);
  });
});

describe('disagreements', () => {
  const rows = disagreementRows(matchGold(statements, gold));

  it('lists every differing field, and snippets that matched no statement or several', () => {
    expect(rows.map((row) => `${row.doc}|${row.snippet}|${row.field}|${row.gold}|${row.predicted}`)).toEqual([
      'd1|The EU side|match||ambiguous (2 statements)',
      'd1|The EU side|stance|explained|raised_issues',
      'd1|The EU side|topic|ai|data',
      'd1|no such words|match||snippet-not-found',
      'd2|workshop was held|stance|concurred|other',
      'd2|Japan explained its data|side|both|japan',
      'd2|anything|match||snippet-not-found',
    ]);
  });

  it('carries the statement text and cue the researcher needs', () => {
    expect(rows[1]).toMatchObject({
      text: 'The EU side raised issues with the Data Act.',
      cue: 'raised issues',
    });
    expect(rows[3]).toMatchObject({ text: '', cue: '' });
  });

  it('writes CSV with the issue columns that reads back to the same rows', () => {
    const csv = disagreementsCsv(rows);
    expect(csv.split('\n')[0]).toBe(DISAGREEMENT_COLUMNS.join(','));
    expect(parse(csv, { columns: true })).toEqual(rows);
  });

  it('writes a header alone when nothing differs', () => {
    expect(disagreementsCsv([])).toBe('doc,snippet,field,gold,predicted,text,cue\n');
  });
});

describe('formatEvaluation', () => {
  it('prints the summary, per-label tables, confusion matrices and the problem rows', () => {
    const text = formatEvaluation(evaluateStatements(statements, gold));
    expect(text).toContain('Gold rows 8: matched 6, unmatched 2, ambiguous 1');
    // Side: agreed 5 of 8; gold margins both 2, eu 2, japan 2, none 2; predicted both 1, eu 2, japan 2,
    // none 1, (unmatched) 2 → kappa = (8·5 − 12)/(64 − 12) = 28/52 = 0.538; F1 both 2/3, eu 1,
    // japan 1/2, none 2/3 → macro 0.708. Topic: 4 of 6 agree, chance 1 + 6 + 1 = 8 → kappa 16/28 = 0.571;
    // F1 5g-6g 1, ai 0, data 4/5, research-standards 1 → macro 0.700.
    // Accuracy intervals are Wilson's (scipy's binomtest(k, n).proportion_ci(method='wilson') gives 5/8
    // [0.3057, 0.8632], 4/8 [0.2152, 0.7848], 4/6 [0.3000, 0.9032]); macro-F1 and kappa intervals are
    // what the bootstrap gives from seed 1, kept here so that a change to the procedure shows.
    expect(text).toContain(
      [
        'field   rows  correct     accuracy [95% CI]     macro-F1 [95% CI]        kappa [95% CI]',
        'side       8        5  0.625 [0.306, 0.863]  0.708 [0.333, 0.964]  0.538 [0.143, 0.840]',
        'stance     8        4  0.500 [0.215, 0.785]  0.472 [0.167, 0.917]  0.304 [0.000, 0.704]',
        'topic      6        4  0.667 [0.300, 0.903]  0.700 [0.333, 1.000]  0.571 [0.091, 1.000]',
        '95% CI: Wilson score for accuracy, precision and recall; percentile bootstrap for f1, macro-F1 and ' +
          "kappa (2000 resamples of each field's scored gold rows, seed 1).",
      ].join('\n'),
    );
    // raised_issues: predicted once, never right: precision 0/1, Wilson [0, z²/(1 + z²)] = [0, 0.793];
    // no support, so no recall; F1 0 in every resample that predicts it.
    expect(text).toContain(
      'raised_issues  0.000 [0.000, 0.793]                   n/a  0.000 [0.000, 0.000]        0',
    );
    expect(text).toContain('gold \\ predicted  both  eu  japan  none  (unmatched)');
    expect(text).not.toMatch(/^\(unmatched\)/m);
    expect(text).toContain('gold.csv:6  d1   snippet-not-found  no such words');
    expect(text).toContain('gold.csv:9  d2   snippet-not-found  anything');
    expect(text).toContain('gold.csv:5  d1            2  The EU side');
  });

  it('says once which gold rows were not evaluated, and of which documents', () => {
    const text = formatEvaluation(evaluateStatements(statements, gold));
    expect(text).toMatch(
      /^Gold rows 8: matched 6, unmatched 2, ambiguous 1\nNot evaluated: 1 gold row of 1 document not among the inputs, left out of every figure: d3$/m,
    );
    expect(text.match(/d3/g)).toHaveLength(1);
    expect(formatEvaluation(evaluateStatements(statements, gold.slice(0, 8)))).not.toMatch(/Not evaluated/);
  });

  it('says so when nothing was scored', () => {
    const text = formatEvaluation(evaluateStatements(statements, []));
    expect(text).toContain('side: no gold rows scored');
    expect(text).toMatch(/^side\s+0\s+0\s+n\/a\s+n\/a\s+n\/a$/m);
  });
});
