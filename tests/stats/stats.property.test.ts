// Properties every input must have. fast-check runs from a fixed seed, so a run is reproducible; set
// FC_SEED to explore others. The seed is in the suite's name, and fast-check prints seed and path of
// any counterexample: `FC_SEED=<seed> npx vitest run tests/stats` replays it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bootstrap, bootstrapInterval, fisherExact2xK, wilsonInterval } from '../../src/stats/index.js';

const SEED = Number(process.env.FC_SEED ?? 15);
const run = { seed: SEED, numRuns: 200 };

/** A 2 x k table of small counts, k from 1 to 4. */
const tableArb = fc
  .integer({ min: 1, max: 4 })
  .chain((k) =>
    fc.tuple(
      fc.array(fc.nat({ max: 7 }), { minLength: k, maxLength: k }),
      fc.array(fc.nat({ max: 7 }), { minLength: k, maxLength: k }),
    ),
  );

/** Trials from 1 to 500 and successes among them. */
const proportionArb = fc
  .integer({ min: 1, max: 500 })
  .chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));

describe(`statistics properties (fast-check seed ${SEED}; replay with FC_SEED=${SEED})`, () => {
  it('a Fisher p-value lies in (0, 1] and does not depend on row or column order', () => {
    fc.assert(
      fc.property(tableArb, ([top, bottom]) => {
        const { p, method } = fisherExact2xK([top, bottom]);
        expect(method).toBe('exact');
        expect(p).toBeGreaterThan(0); // the observed table itself is counted
        expect(p).toBeLessThanOrEqual(1);
        expect(fisherExact2xK([bottom, top]).p).toBeCloseTo(p, 12);
        expect(fisherExact2xK([[...top].reverse(), [...bottom].reverse()]).p).toBeCloseTo(p, 12);
      }),
      run,
    );
  });

  it('a Monte Carlo Fisher p-value lies in (0, 1] too', () => {
    fc.assert(
      fc.property(tableArb, fc.nat({ max: 0xffffffff }), ([top, bottom], seed) => {
        const { p } = fisherExact2xK([top, bottom], { maxTables: 0, replicates: 50, seed });
        expect(p).toBeGreaterThan(0);
        expect(p).toBeLessThanOrEqual(1);
      }),
      { ...run, numRuns: 50 },
    );
  });

  it('a Wilson interval lies in [0, 1], contains k/n, and widens with the confidence', () => {
    fc.assert(
      fc.property(proportionArb, ([k, n]) => {
        const interval = wilsonInterval(k, n);
        const wider = wilsonInterval(k, n, { confidence: 0.99 });
        if (!interval || !wider) throw new Error('n > 0 has an interval');
        expect(interval.low).toBeGreaterThanOrEqual(0);
        expect(interval.high).toBeLessThanOrEqual(1);
        expect(interval.low).toBeLessThanOrEqual(k / n);
        expect(interval.high).toBeGreaterThanOrEqual(k / n);
        expect(wider.low).toBeLessThanOrEqual(interval.low);
        expect(wider.high).toBeGreaterThanOrEqual(interval.high);
      }),
      run,
    );
  });

  // A percentile interval need not contain the full-sample estimate (for a skewed statistic it may
  // not), so that is not claimed; it does lie within the range of the replicate values.
  it('a bootstrap is the same for the same seed, and its interval is ordered and within the replicates', () => {
    const mean = (sample: readonly number[]) => sample.reduce((sum, x) => sum + x, 0) / sample.length;
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -100, max: 100 }), { minLength: 1, maxLength: 30 }),
        fc.nat({ max: 0xffffffff }),
        (items, seed) => {
          const options = { seed, replicates: 200 };
          const replicates = bootstrap(items, mean, options);
          expect(bootstrap(items, mean, options)).toEqual(replicates);
          const interval = bootstrapInterval(items, mean, options);
          if (!interval) throw new Error('items give an interval');
          expect(interval.low).toBeLessThanOrEqual(interval.high);
          expect(interval.low).toBeGreaterThanOrEqual(Math.min(...replicates));
          expect(interval.high).toBeLessThanOrEqual(Math.max(...replicates));
        },
      ),
      run,
    );
  });
});
