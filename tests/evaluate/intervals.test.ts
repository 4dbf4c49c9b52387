// The intervals of evaluate and agreement: Wilson where a figure is a proportion of counted rows, the
// seeded bootstrap elsewhere. Wilson values are checked against scipy; bootstrap ones by their
// properties and determinism (the procedure itself is tested in tests/stats).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  agreementIntervals,
  codedTally,
  evaluationIntervalMethod,
  fieldIntervals,
} from '../../src/evaluate/intervals.js';
import type { LabelPair } from '../../src/evaluate/metrics.js';
import { cohensKappa, krippendorffAlphaNominal, tallyPairs } from '../../src/evaluate/metrics.js';

function repeat(pair: LabelPair, times: number): LabelPair[] {
  return Array.from({ length: times }, () => pair);
}

// Ten items: a→a ×4, b→b ×2, c→c, a→b, b→c, c→a (metrics.test.ts's threeLabels).
// Accuracy 7/10; a: 4 hits of 5 predicted and 5 gold; b: 2 of 3 and 3; c: 1 of 2 and 2.
const threeLabels: LabelPair[] = [
  ...repeat(['a', 'a'], 4),
  ...repeat(['b', 'b'], 2),
  ['c', 'c'],
  ['a', 'b'],
  ['b', 'c'],
  ['c', 'a'],
];

describe('fieldIntervals', () => {
  const ci = fieldIntervals(threeLabels, ['a', 'b', 'c']);

  // scipy.stats.binomtest(k, n).proportion_ci(method='wilson')
  it.each<[string, { low: number; high: number } | null | undefined, number, number]>([
    ['accuracy 7/10', ci.accuracy, 0.39677814746114526, 0.892208732593699],
    ['a precision 4/5', ci.labels.a?.precision, 0.3755346297625253, 0.9637758913675698],
    ['b recall 2/3', ci.labels.b?.recall, 0.20765960080204782, 0.9385080552796038],
    ['c precision 1/2', ci.labels.c?.precision, 0.09453120573423074, 0.9054687942657693],
  ])('Wilson for %s', (_name, interval, low, high) => {
    expect(interval?.low).toBeCloseTo(low, 12);
    expect(interval?.high).toBeCloseTo(high, 12);
  });

  it('gives bootstrap intervals for F1, macro-F1 and kappa within their ranges', () => {
    for (const interval of [ci.macroF1, ci.labels.a?.f1, ci.labels.b?.f1, ci.labels.c?.f1]) {
      expect(interval?.low).toBeGreaterThanOrEqual(0);
      expect(interval?.high).toBeLessThanOrEqual(1);
      expect(interval?.low).toBeLessThanOrEqual(interval?.high ?? Number.NaN);
    }
    // kappa 0.516 here; a resample can fall below chance, so kappa's bound may be negative.
    expect(ci.kappa?.low).toBeLessThan(0.516);
    expect(ci.kappa?.high).toBeGreaterThan(0.516);
    expect(ci.kappa?.high).toBeLessThanOrEqual(1);
  });

  it('is reproducible from the seed, and moves with it', () => {
    expect(fieldIntervals(threeLabels, ['a', 'b', 'c'], { seed: 1 })).toEqual(ci);
    const other = fieldIntervals(threeLabels, ['a', 'b', 'c'], { seed: 2 });
    expect(other.kappa).not.toEqual(ci.kappa);
    expect(other.accuracy).toEqual(ci.accuracy);
  });

  it('widens with the confidence', () => {
    const wide = fieldIntervals(threeLabels, ['a', 'b', 'c'], { confidence: 0.99 });
    expect(wide.accuracy?.low).toBeLessThan(ci.accuracy?.low ?? 0);
    expect(wide.macroF1?.low).toBeLessThanOrEqual(ci.macroF1?.low ?? 0);
    expect(wide.macroF1?.high).toBeGreaterThanOrEqual(ci.macroF1?.high ?? 1);
  });

  it('is null throughout for no pairs', () => {
    expect(fieldIntervals([], [])).toEqual({ accuracy: null, macroF1: null, kappa: null, labels: {} });
  });

  it('has no kappa interval when every item has one label (kappa undefined in every resample)', () => {
    const same = fieldIntervals(repeat(['a', 'a'], 5), ['a']);
    expect(same.kappa).toBeNull();
    expect(same.labels.a?.f1).toEqual({ low: 1, high: 1 });
  });

  it('says how it was made', () => {
    expect(evaluationIntervalMethod({ seed: 9, replicates: 500 })).toEqual({
      confidence: 0.95,
      wilson: ['accuracy', 'precision', 'recall'],
      bootstrap: {
        statistics: ['f1', 'macroF1', 'kappa'],
        replicates: 500,
        seed: 9,
        unit: 'scored gold row of the field',
        interval: 'percentile',
      },
    });
  });
});

const SEED = Number(process.env.FC_SEED ?? 15);

describe(`codedTally (fast-check seed ${SEED}; replay with FC_SEED=${SEED})`, () => {
  const labelArb = fc.constantFrom('a', 'b', 'c', 'd', '(unmatched)');
  const pairsArb = fc.array(fc.tuple(labelArb, labelArb), { maxLength: 40 });

  it('counts a resample exactly as tallyPairs counts the same pairs', () => {
    fc.assert(
      fc.property(pairsArb, fc.array(fc.nat(), { maxLength: 40 }), (pairs, picks) => {
        const coded = codedTally(pairs);
        expect(coded.tally(coded.codes)).toEqual(tallyPairs(pairs));
        if (pairs.length === 0) return;
        const sample = picks.map((pick) => pairs[pick % pairs.length] as LabelPair);
        const codedSample = picks.map(
          (pick) => coded.codes[pick % pairs.length] as readonly [number, number],
        );
        expect(coded.tally(codedSample)).toEqual(tallyPairs(sample));
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});

describe('agreementIntervals', () => {
  // Six units, two coders (the agreement CLI test's side field): kappa 20/26, alpha 80/102.
  const side = [
    ['japan', 'japan'],
    ['eu', 'eu'],
    ['both', 'both'],
    ['japan', 'eu'],
    ['none', 'none'],
    ['eu', 'eu'],
  ];

  it('brackets kappa and alpha, reproducibly', () => {
    const ci = agreementIntervals(side, 2);
    expect(cohensKappa(side.map(([a, b]) => [a ?? '', b ?? ''] as const))).toBeCloseTo(20 / 26, 12);
    expect(krippendorffAlphaNominal(side)).toBeCloseTo(80 / 102, 12);
    for (const interval of [ci.kappa, ci.alpha]) {
      expect(interval?.low).toBeLessThanOrEqual(interval?.high ?? Number.NaN);
      expect(interval?.high).toBe(1); // a resample without unit 4 agrees perfectly
    }
    expect(agreementIntervals(side, 2)).toEqual(ci);
    expect(agreementIntervals(side, 2, { seed: 2 })).not.toEqual(ci);
  });

  it('resamples only units coded twice or more', () => {
    const withSingles = [...side, ['ai', null], [null, 'data']];
    expect(agreementIntervals(withSingles, 2)).toEqual(agreementIntervals(side, 2));
  });

  it('has no kappa interval beyond two coders, and none at all without pairable units', () => {
    const three = side.map(([a, b]) => [a ?? null, b ?? null, a ?? null]);
    const ci = agreementIntervals(three, 3);
    expect(ci.kappa).toBeNull();
    expect(ci.alpha).not.toBeNull();
    expect(agreementIntervals([['a', null]], 2)).toEqual({ kappa: null, alpha: null });
  });
});
