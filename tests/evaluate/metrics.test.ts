import { describe, expect, it } from 'vitest';
import type { LabelPair } from '../../src/evaluate/metrics.js';
import {
  accuracy,
  cohensKappa,
  confusionMatrix,
  krippendorffAlphaNominal,
  labelsOf,
  macroF1,
  percentAgreement,
  perLabel,
} from '../../src/evaluate/metrics.js';

function repeat(pair: LabelPair, times: number): LabelPair[] {
  return Array.from({ length: times }, () => pair);
}

// 2x2 table, 50 items (rows: first rater, columns: second rater):
//            yes  no
//      yes    20   5    first yes = 25
//      no     10  15    first no  = 25
//   second yes = 30, second no = 20
// po = (20 + 15) / 50 = 0.7
// pe = (25/50)(30/50) + (25/50)(20/50) = 0.3 + 0.2 = 0.5
// kappa = (0.7 − 0.5) / (1 − 0.5) = 0.4
const twoByTwo: LabelPair[] = [
  ...repeat(['yes', 'yes'], 20),
  ...repeat(['yes', 'no'], 5),
  ...repeat(['no', 'yes'], 10),
  ...repeat(['no', 'no'], 15),
];

// Three labels, 10 items: a→a ×4, b→b ×2, c→c ×1, a→b, b→c, c→a.
// Gold margins a 5, b 3, c 2; predicted margins a 5, b 3, c 2.
// po = 7/10; pe = (5·5 + 3·3 + 2·2) / 100 = 0.38; kappa = 0.32 / 0.62 = 0.516129...
// Per label: a tp 4 of 5 gold, 5 predicted → P = R = F1 = 0.8; b tp 2 of 3/3 → 2/3; c tp 1 of 2/2 → 0.5.
// macro-F1 = (0.8 + 2/3 + 0.5) / 3 = 0.655555...
const threeLabels: LabelPair[] = [
  ...repeat(['a', 'a'], 4),
  ...repeat(['b', 'b'], 2),
  ['c', 'c'],
  ['a', 'b'],
  ['b', 'c'],
  ['c', 'a'],
];

describe('accuracy', () => {
  it('is the share of equal pairs', () => {
    expect(accuracy(twoByTwo)).toBeCloseTo(0.7, 12);
    expect(accuracy(threeLabels)).toBeCloseTo(0.7, 12);
  });

  it('is null for no pairs', () => {
    expect(accuracy([])).toBeNull();
  });
});

describe('cohensKappa', () => {
  it('reproduces the hand-computed 2x2 table', () => {
    expect(cohensKappa(twoByTwo)).toBeCloseTo(0.4, 12);
  });

  it('reproduces the hand-computed three-label table', () => {
    expect(cohensKappa(threeLabels)).toBeCloseTo(0.32 / 0.62, 12);
  });

  it('is −1 for systematic disagreement: po = 0, pe = (1·1 + 1·1)/4 = 0.5', () => {
    expect(
      cohensKappa([
        ['a', 'b'],
        ['b', 'a'],
      ]),
    ).toBeCloseTo(-1, 12);
  });

  it('is 0 when gold has one label and the rater half agrees: po = 0.5, pe = 2·1/4 = 0.5', () => {
    expect(
      cohensKappa([
        ['x', 'x'],
        ['x', 'y'],
      ]),
    ).toBe(0);
  });

  it('is null when both raters use one and the same label (pe = 1)', () => {
    expect(cohensKappa(repeat(['x', 'x'], 5))).toBeNull();
  });

  it('is null for no pairs', () => {
    expect(cohensKappa([])).toBeNull();
  });

  it('is symmetric in the two raters', () => {
    const swapped = threeLabels.map(([a, b]) => [b, a] as const);
    expect(cohensKappa(swapped)).toBeCloseTo(cohensKappa(threeLabels) ?? Number.NaN, 12);
  });
});

describe('confusionMatrix and labelsOf', () => {
  it('orders given labels first, the rest alphabetically, and counts gold rows × predicted columns', () => {
    const pairs: LabelPair[] = [
      ['other', 'explained'],
      ['explained', 'explained'],
      ['zeta', 'alpha'],
    ];
    expect(labelsOf(pairs, ['explained', 'raised_issues', 'other'])).toEqual([
      'explained',
      'other',
      'alpha',
      'zeta',
    ]);
    const confusion = confusionMatrix(pairs, ['explained', 'other', 'alpha', 'zeta']);
    expect(confusion.counts).toEqual([
      [1, 0, 0, 0],
      [1, 0, 0, 0],
      [0, 0, 0, 0],
      [0, 0, 1, 0],
    ]);
  });

  it('is empty for no pairs', () => {
    expect(confusionMatrix([])).toEqual({ labels: [], counts: [] });
  });

  it('refuses a label list that misses a label (a bug, not user input)', () => {
    expect(() => confusionMatrix([['a', 'b']], ['a'])).toThrow(/label list lacks/);
  });
});

describe('perLabel and macroF1', () => {
  it('reproduces the hand-computed three-label scores', () => {
    const scores = perLabel(threeLabels);
    expect(scores.a).toEqual({ precision: 0.8, recall: 0.8, f1: 0.8, support: 5 });
    expect(scores.b?.f1).toBeCloseTo(2 / 3, 12);
    expect(scores.c).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5, support: 2 });
    expect(macroF1(scores)).toBeCloseTo((0.8 + 2 / 3 + 0.5) / 3, 12);
  });

  it('leaves precision undefined for a label never predicted and recall for one never in gold', () => {
    // gold a a b, predicted a c c: a tp 1 (P 1/1, R 1/2, F1 2/3); b never predicted; c never in gold.
    const scores = perLabel([
      ['a', 'a'],
      ['a', 'c'],
      ['b', 'c'],
    ]);
    expect(scores.a).toEqual({ precision: 1, recall: 0.5, f1: 2 / 3, support: 2 });
    expect(scores.b).toEqual({ precision: null, recall: 0, f1: 0, support: 1 });
    expect(scores.c).toEqual({ precision: 0, recall: null, f1: 0, support: 0 });
    // Only labels with support enter the mean: (2/3 + 0) / 2.
    expect(macroF1(scores)).toBeCloseTo(1 / 3, 12);
  });

  it('gives F1 1 and macro-F1 1 for a single label always right', () => {
    const scores = perLabel(repeat(['x', 'x'], 3));
    expect(scores.x).toEqual({ precision: 1, recall: 1, f1: 1, support: 3 });
    expect(macroF1(scores)).toBe(1);
  });

  it('is empty and null for no pairs', () => {
    expect(perLabel([])).toEqual({});
    expect(macroF1({})).toBeNull();
  });
});

describe('krippendorffAlphaNominal', () => {
  // Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011), section C: four observers,
  // twelve units, values 1–5, missing data; published nominal alpha = 0.743.
  const textbook: (string | null)[][] = [
    ['1', '1', null, '1'],
    ['2', '2', '3', '2'],
    ['3', '3', '3', '3'],
    ['3', '3', '3', '3'],
    ['2', '2', '2', '2'],
    ['1', '2', '3', '4'],
    ['4', '4', '4', '4'],
    ['1', '1', '2', '1'],
    ['2', '2', '2', '2'],
    [null, '5', '5', '5'],
    [null, null, '1', '1'],
    [null, '3', null, null],
  ];

  it("reproduces Krippendorff's published value for the four-observer example", () => {
    expect(Number(krippendorffAlphaNominal(textbook)?.toFixed(3))).toBe(0.743);
  });

  it('reproduces the two-observer binary example of the same paper (alpha = 0.095)', () => {
    const a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0];
    const b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0];
    // n = 20 values, n_0 = 14, n_1 = 6; four units disagree, each adds o_01 = o_10 = 1 → Σ_{c≠k} o = 8.
    // alpha = 1 − (n − 1)·8 / (2·14·6) = 1 − 152/168 = 0.095238...
    const units = a.map((value, i) => [String(value), String(b[i])]);
    expect(krippendorffAlphaNominal(units)).toBeCloseTo(1 - 152 / 168, 12);
  });

  it('reproduces a small example with missing values worked by hand', () => {
    // coders A B C; u4 has one value and is not pairable.
    //   u1: a a a   → o_aa += 3·2/2 = 3
    //   u2: a b −   → o_ab += 1, o_ba += 1
    //   u3: b b −   → o_bb += 2
    //   u4: a − −   → dropped
    // n = 7, n_a = 4, n_b = 3; Do = (o_ab + o_ba)/n = 2/7; De = 2·n_a·n_b / (n(n−1)) = 24/42
    // alpha = 1 − Do/De = 1 − (2/7)·(42/24) = 0.5
    const units = [
      ['a', 'a', 'a'],
      ['a', 'b', null],
      ['b', 'b', null],
      ['a', null, null],
    ];
    expect(krippendorffAlphaNominal(units)).toBeCloseTo(0.5, 12);
    // Pairs: u1 three agreeing, u2 one disagreeing, u3 one agreeing → 4/5.
    expect(percentAgreement(units)).toBeCloseTo(0.8, 12);
  });

  it('is 1 for perfect agreement with variation', () => {
    expect(
      krippendorffAlphaNominal([
        ['a', 'a'],
        ['b', 'b'],
      ]),
    ).toBe(1);
  });

  it('is null when every pairable value is one label (no variation)', () => {
    expect(
      krippendorffAlphaNominal([
        ['a', 'a'],
        ['a', 'a', null],
        ['b', null],
      ]),
    ).toBeNull();
  });

  it('is null when nothing is pairable, or for no units', () => {
    expect(
      krippendorffAlphaNominal([
        ['a', null],
        [null, 'b'],
      ]),
    ).toBeNull();
    expect(krippendorffAlphaNominal([])).toBeNull();
  });

  it('reproduces a hand computation on the 2x2 table read as two coders', () => {
    // Alpha differs from kappa (it pools both raters' margins), so check it against its own formula:
    // n = 100, n_yes = 25 + 30 = 55, n_no = 45; Σ_{c≠k} o = 2·15 = 30.
    // alpha = 1 − 99·30 / (2·55·45) = 1 − 2970/4950 = 0.4
    const units = twoByTwo.map(([a, b]) => [a, b]);
    expect(krippendorffAlphaNominal(units)).toBeCloseTo(0.4, 12);
  });
});

describe('percentAgreement', () => {
  it('pools coder pairs over units', () => {
    // u1: a a b → pairs (a,a) agree, (a,b) ×2 disagree; u2: c c → agree. 2 of 4.
    expect(
      percentAgreement([
        ['a', 'a', 'b'],
        ['c', 'c', null],
      ]),
    ).toBe(0.5);
  });

  it('is null when no unit was coded twice', () => {
    expect(percentAgreement([['a', null]])).toBeNull();
    expect(percentAgreement([])).toBeNull();
  });
});
