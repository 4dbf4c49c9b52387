// The counts behind each step of changes.csv and the exact test on them, against figures worked out
// by hand in the comments.
import { describe, expect, it } from 'vitest';
import { type ChangeOptions, type ChangeRow, changeRows } from '../../src/aggregate/changes.js';
import {
  checkMinEvidence,
  DEFAULT_MIN_EVIDENCE,
  evidenceOf,
  noStatements,
  type StanceCounts,
  shareChange,
  stanceTest,
} from '../../src/aggregate/evidence.js';
import { roundChangeFigures, roundPValue, roundShare } from '../../src/aggregate/round.js';
import { trendRows } from '../../src/aggregate/trends.js';
import type { Stance } from '../../src/types.js';
import { MEETINGS, statement } from './fixtures.js';

/** Stance counts written as they are said: 'explained 2, raised_issues 1'; '' for none. */
function counts(text: string): StanceCounts {
  const result = noStatements();
  for (const part of text.split(',').filter((p) => p.trim() !== '')) {
    const [stance, n] = part.trim().split(/\s+/);
    result[stance as Stance] = Number(n);
  }
  return result;
}

/** The one changes.csv row (rounded as written) of the japan side on ai from a13 to a14. */
function stepRow(
  from: string,
  to: string,
  minEvidence?: number,
  fisher?: ChangeOptions['fisher'],
): ChangeRow {
  const statements = (
    [
      [MEETINGS.a13, counts(from)],
      [MEETINGS.a14, counts(to)],
    ] as const
  ).flatMap(([meeting, byStance]) =>
    Object.entries(byStance).flatMap(([stance, n]) =>
      Array.from({ length: n }, (_, i) => statement(meeting, 'japan', 'ai', stance as Stance, i + 1)),
    ),
  );
  const rows = changeRows(trendRows(statements), {
    meetings: [MEETINGS.a13, MEETINGS.a14],
    ...(minEvidence === undefined ? {} : { minEvidence }),
    ...(fisher === undefined ? {} : { fisher }),
  });
  expect(rows).toHaveLength(1);
  return roundChangeFigures(rows)[0] as ChangeRow;
}

type Figures = Pick<
  ChangeRow,
  | 'from_stance'
  | 'to_stance'
  | 'from_statements'
  | 'from_explained'
  | 'from_raised_issues'
  | 'from_concurred'
  | 'from_other'
  | 'to_statements'
  | 'to_explained'
  | 'to_raised_issues'
  | 'to_concurred'
  | 'to_other'
  | 'delta_raised_issues'
  | 'delta_concurred'
  | 'evidence'
  | 'p_value'
  | 'p_method'
>;

/** [from stance, to stance, from counts e r c o, to counts e r c o, deltas, evidence, p, method]. */
function figures(
  stances: [Stance | '', Stance | ''],
  from: [number, number, number, number],
  to: [number, number, number, number],
  deltas: [number | null, number | null],
  evidence: ChangeRow['evidence'],
  p: number | null,
  method: ChangeRow['p_method'],
): Figures {
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return {
    from_stance: stances[0],
    to_stance: stances[1],
    from_statements: sum(from),
    from_explained: from[0],
    from_raised_issues: from[1],
    from_concurred: from[2],
    from_other: from[3],
    to_statements: sum(to),
    to_explained: to[0],
    to_raised_issues: to[1],
    to_concurred: to[2],
    to_other: to[3],
    delta_raised_issues: deltas[0],
    delta_concurred: deltas[1],
    evidence,
    p_value: p,
    p_method: method,
  };
}

describe('changes.csv: the counts behind a step and the exact test', () => {
  it.each<[string, string, string, Figures]>([
    // raised_issues 3 -> concurred 3. Columns raised_issues 3, concurred 3; rows of 3 and 3; N = 6.
    // The first row's raised_issues x = 0..3 has weight C(3, x)·C(3, 3 − x) = 1, 9, 9, 1 (of C(6, 3)
    // = 20). Observed x = 3, weight 1; as improbable: x = 0 and 3 → p = 2/20 = 0.1.
    // Shares: raised_issues 1 -> 0 (−1), concurred 0 -> 1 (+1).
    [
      'a complete swap',
      'raised_issues 3',
      'concurred 3',
      figures(['raised_issues', 'concurred'], [0, 3, 0, 0], [0, 0, 3, 0], [-1, 1], 'ok', 0.1, 'exact'),
    ],
    // explained 2, raised_issues 1 -> explained 1, raised_issues 3, concurred 1. Columns explained 3,
    // raised_issues 4, concurred 1; rows 3 and 5; N = 8, C(8, 3) = 56. First rows (e, r, c) summing
    // to 3 with weight C(3, e)·C(4, r)·C(1, c):
    //   c = 0: (3,0) 1, (2,1) 12, (1,2) 18, (0,3) 4;  c = 1: (2,0) 3, (1,1) 12, (0,2) 6   (total 56)
    // Observed (2, 1, 0) has weight 12; all but the 18 are no more probable: p = 38/56 = 0.678571...
    // Shares: raised_issues 1/3 -> 3/5 (+0.26667), concurred 0 -> 1/5 (+0.2).
    [
      'three stances, unequal ends',
      'explained 2, raised_issues 1',
      'explained 1, raised_issues 3, concurred 1',
      figures(
        ['explained', 'raised_issues'],
        [2, 1, 0, 0],
        [1, 3, 1, 0],
        [0.2667, 0.2],
        'ok',
        0.6786,
        'exact',
      ),
    ],
    // explained 1 -> explained 1, raised_issues 1 (the example corpus's japan data 14 -> 15): a tie at
    // the end goes to raised_issues. Columns explained 2, raised_issues 1; the first row (1 statement)
    // is (1, 0) with weight C(2, 1) = 2 or (0, 1) with weight 1, of C(3, 1) = 3. Observed (1, 0) is
    // the most probable table: p = 3/3 = 1.
    [
      'a tie at the end',
      'explained 1',
      'explained 1, raised_issues 1',
      figures(['explained', 'raised_issues'], [1, 0, 0, 0], [1, 1, 0, 0], [0.5, 0], 'weak', 1, 'exact'),
    ],
    // One stance at both ends: a single column, one table with these margins, p = 1.
    [
      'one stance throughout',
      'concurred 2',
      'concurred 4',
      figures(['concurred', 'concurred'], [0, 0, 2, 0], [0, 0, 4, 0], [0, 0], 'weak', 1, 'exact'),
    ],
    // other counts like any stance: 2 other, 1 explained -> 3 explained. Columns explained 4, other 2;
    // rows 3 and 3, C(6, 3) = 20. First row's other y = 0..2: weight C(4, 3 − y)·C(2, y) = 4, 12, 4.
    // Observed y = 2, weight 4; y = 0 too → p = 8/20 = 0.4.
    [
      'other as a stance',
      'other 2, explained 1',
      'explained 3',
      figures(['other', 'explained'], [1, 0, 0, 2], [3, 0, 0, 0], [0, 0], 'ok', 0.4, 'exact'),
    ],
    // A side new to the topic: nothing to compare, so no shares' change and no test.
    [
      'new topic',
      '',
      'explained 2',
      figures(['', 'explained'], [0, 0, 0, 0], [2, 0, 0, 0], [null, null], 'weak', null, ''),
    ],
    [
      'dropped topic',
      'raised_issues 4',
      '',
      figures(['raised_issues', ''], [0, 4, 0, 0], [0, 0, 0, 0], [null, null], 'weak', null, ''),
    ],
  ])('%s', (_name, from, to, expected) => {
    const row = stepRow(from, to);
    expect(
      Object.fromEntries(Object.keys(expected).map((key) => [key, row[key as keyof ChangeRow]])),
    ).toEqual(expected);
  });

  it('says monte-carlo where the table has more than maxTables tables, and is then close to exact', () => {
    // The three-stance case above has 7 tables: allowing 6 forces the Monte Carlo estimate.
    const from = 'explained 2, raised_issues 1';
    const to = 'explained 1, raised_issues 3, concurred 1';
    const estimated = stepRow(from, to, undefined, { maxTables: 6, replicates: 20_000, seed: 7 });
    expect(estimated.p_method).toBe('monte-carlo');
    expect(estimated.p_value).toBeCloseTo(38 / 56, 2);
    expect(stepRow(from, to, undefined, { maxTables: 7 }).p_method).toBe('exact');
  });

  it('counts add up to the statements of each end', () => {
    const row = stepRow('explained 2, raised_issues 1, other 4', 'concurred 5, explained 1');
    expect(row.from_explained + row.from_raised_issues + row.from_concurred + row.from_other).toBe(
      row.from_statements,
    );
    expect(row.to_explained + row.to_raised_issues + row.to_concurred + row.to_other).toBe(row.to_statements);
    expect([row.from_statements, row.to_statements]).toEqual([7, 6]);
  });
});

describe('evidence: weak below the threshold, ok from it on', () => {
  it.each<[string, string, number | undefined, ChangeRow['evidence']]>([
    // The default threshold is 3: an end of 2 statements is weak, of 3 is not.
    ['explained 2', 'explained 3', undefined, 'weak'],
    ['explained 3', 'explained 2', undefined, 'weak'],
    ['explained 3', 'explained 3', undefined, 'ok'],
    ['explained 2, concurred 1', 'raised_issues 3', undefined, 'ok'],
    ['explained 3', 'explained 3', 4, 'weak'],
    ['explained 4', 'explained 4', 4, 'ok'],
    ['explained 1', 'explained 1', 1, 'ok'],
    ['explained 1', 'explained 1', 2, 'weak'],
    // 0 marks no step weak, not even one with an empty end.
    ['', 'explained 1', 0, 'ok'],
    ['', 'explained 5', 1, 'weak'],
  ])('%s -> %s, min %s: %s', (from, to, minEvidence, evidence) => {
    expect(stepRow(from, to, minEvidence).evidence).toBe(evidence);
  });

  it.each<[number, number, number, ChangeRow['evidence']]>([
    [2, 3, 3, 'weak'],
    [3, 2, 3, 'weak'],
    [3, 3, 3, 'ok'],
    [0, 0, 0, 'ok'],
    [0, 10, 1, 'weak'],
  ])('evidenceOf(%i, %i, %i) = %s', (from, to, minimum, expected) => {
    expect(evidenceOf(from, to, minimum)).toBe(expected);
  });

  it('defaults to 3', () => {
    expect(DEFAULT_MIN_EVIDENCE).toBe(3);
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects a threshold of %s', (value) => {
    expect(() => checkMinEvidence(value)).toThrow(expect.objectContaining({ code: 'OPTION_INVALID' }));
    expect(() => changeRows([], { minEvidence: value })).toThrow(
      expect.objectContaining({ code: 'OPTION_INVALID' }),
    );
  });
});

describe('shareChange, stanceTest and the rounding of changes.csv', () => {
  it.each<[string, string, Stance, number | null]>([
    ['raised_issues 1, explained 2', 'raised_issues 3, explained 2', 'raised_issues', 3 / 5 - 1 / 3],
    ['concurred 2', 'explained 2', 'concurred', -1],
    ['explained 1', 'explained 1', 'concurred', 0],
    ['', 'explained 1', 'explained', null],
    ['explained 1', '', 'explained', null],
  ])('%s -> %s: change of the %s share', (from, to, stance, expected) => {
    const change = shareChange(counts(from), counts(to), stance);
    if (expected === null) expect(change).toBeNull();
    else expect(change).toBeCloseTo(expected, 12);
  });

  it('tests only the stances either end has, and nothing when an end is empty', () => {
    // [[3, 0], [0, 3]] as above, whatever zero columns stand around it.
    expect(stanceTest(counts('raised_issues 3'), counts('concurred 3'))?.p).toBeCloseTo(0.1, 12);
    expect(stanceTest(counts(''), counts('concurred 3'))).toBeNull();
    expect(stanceTest(counts('concurred 3'), counts(''))).toBeNull();
  });

  it.each<[number, number]>([
    [0.26666666666, 0.2667],
    [-0.26666666666, -0.2667],
    [0.00005, 0.0001],
    [-0.00005, -0.0001],
    [-0.00001, 0],
  ])('roundShare(%s) = %s (halves away from zero, no -0)', (share, rounded) => {
    expect(Object.is(roundShare(share), rounded)).toBe(true);
  });

  it.each<[number, number]>([
    [1, 1],
    [38 / 56, 0.6786],
    [3571 / 6653325, 0.0005367],
    [1.23456e-9, 1.235e-9],
  ])('roundPValue(%s) = %s (4 significant digits)', (p, rounded) => {
    expect(roundPValue(p)).toBe(rounded);
  });
});
