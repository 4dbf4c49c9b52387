import { describe, expect, it } from 'vitest';
import {
  bootstrap,
  bootstrapInterval,
  mulberry32,
  percentileInterval,
  quantileSorted,
} from '../../src/stats/index.js';

/** mulberry32 as its author published it (gist tommyettinger/46a874533244883189143505d203312c). */
function reference(seed: number): () => number {
  let a = seed;
  return () => {
    a += 0x6d2b79f5;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const draw = (random: () => number, n: number) => Array.from({ length: n }, () => random());

describe('mulberry32', () => {
  it('starts, for seed 1, with the values every port gives', () => {
    expect(draw(mulberry32(1), 3)).toEqual([0.6270739405881613, 0.002735721180215478, 0.5274470399599522]);
  });

  it.each([0, 1, 42, 2 ** 31, 0xffffffff])('follows the published code for seed %i', (seed) => {
    expect(draw(mulberry32(seed), 1000)).toEqual(draw(reference(seed), 1000));
  });

  it.each([-1, 1.5, 2 ** 32, Number.NaN])('rejects seed %s', (seed) => {
    expect(() => mulberry32(seed)).toThrow(expect.objectContaining({ code: 'OPTION_INVALID' }));
  });
});

describe('quantileSorted (R type 7)', () => {
  const oneToTen = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  // R: quantile(1:10, c(0, 0.025, 0.5, 0.975, 1)) → 1, 1.225, 5.5, 9.775, 10
  it.each<[number, number]>([
    [0, 1],
    [0.025, 1.225],
    [0.5, 5.5],
    [0.975, 9.775],
    [1, 10],
  ])('quantile(1:10, %s) = %s', (p, q) => {
    expect(quantileSorted(oneToTen, p)).toBeCloseTo(q, 12);
  });

  it('is the value itself for one value', () => {
    expect(quantileSorted([3], 0.025)).toBe(3);
  });
});

describe('percentileInterval', () => {
  it('leaves undefined replicates out', () => {
    const values = [null, ...Array.from({ length: 10 }, (_, i) => i + 1), null];
    expect(percentileInterval(values)).toEqual({ low: 1.225, high: 9.775 });
  });

  it('is null when no replicate is defined', () => {
    expect(percentileInterval([null, null])).toBeNull();
    expect(percentileInterval([])).toBeNull();
  });
});

describe('bootstrap', () => {
  const items = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
  const mean = (sample: readonly number[]) => sample.reduce((sum, x) => sum + x, 0) / sample.length;

  it('draws unit floor(u·n) for each u of the seeded stream, n per replicate', () => {
    // mulberry32(1): 0.627, 0.0027, 0.527, 0.981, 0.968, 0.26, 0.67, 0.72, 0.47, 0.95 | 0.45, 0.44, ...
    expect(bootstrap(items, (sample) => sample.join(''), { replicates: 2, seed: 1 })).toEqual([
      '6059926749',
      '4414214037',
    ]);
  });

  it('gives the same replicates for the same seed, others for another', () => {
    const once = bootstrap(items, mean);
    expect(once).toHaveLength(2000);
    expect(bootstrap(items, mean, { seed: 1, replicates: 2000 })).toEqual(once);
    expect(bootstrap(items, mean, { seed: 2 })).not.toEqual(once);
  });

  it('gives the interval a port to another language gives', () => {
    // The same steps in Python (mulberry32 ported, 2,000 means of 10 draws from seed 1,
    // numpy.quantile(means, [0.025, 0.975]), which is type 7) print [2.7975, 6.3].
    const interval = bootstrapInterval(items, mean);
    expect(interval?.low).toBeCloseTo(2.7975, 12);
    expect(interval?.high).toBeCloseTo(6.3, 12);
  });

  it('has nothing to resample in no items', () => {
    expect(bootstrap([], mean)).toEqual([]);
    expect(bootstrapInterval([], mean)).toBeNull();
  });

  it('passes each replicate a sample it may keep', () => {
    const samples = bootstrap(items, (sample) => sample, { replicates: 3 });
    expect(new Set(samples).size).toBe(3);
    for (const sample of samples) expect(sample).toHaveLength(10);
  });

  it.each<[string, () => unknown]>([
    ['0 replicates', () => bootstrap(items, mean, { replicates: 0 })],
    ['a fractional seed', () => bootstrap(items, mean, { seed: 0.5 })],
    ['confidence 0', () => bootstrapInterval(items, mean, { confidence: 0 })],
  ])('rejects %s', (_name, call) => {
    expect(call).toThrow(expect.objectContaining({ code: 'OPTION_INVALID' }));
  });
});
