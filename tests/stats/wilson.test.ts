import { describe, expect, it } from 'vitest';
import { normalQuantile, wilsonInterval, zForConfidence } from '../../src/stats/index.js';

describe('normalQuantile', () => {
  // R's qnorm(p), to the 15 digits R prints with options(digits = 15).
  it.each<[number, number]>([
    [0.5, 0],
    [0.975, 1.95996398454005],
    [0.995, 2.5758293035489],
    [0.95, 1.64485362695147],
    [0.025, -1.95996398454005],
    [0.001, -3.09023230616781],
    [1e-10, -6.36134090240406],
    [1e-300, -37.0470962993612],
  ])('qnorm(%s) = %s', (p, x) => {
    expect(normalQuantile(p)).toBeCloseTo(x, 13);
  });

  it.each([0, 1, -0.1, Number.NaN])('rejects probability %s', (p) => {
    expect(() => normalQuantile(p)).toThrow(expect.objectContaining({ code: 'STATS_INVALID' }));
  });

  it('gives z for a confidence level', () => {
    expect(zForConfidence(0.95)).toBeCloseTo(1.959963984540054, 14);
    expect(zForConfidence(0.9)).toBeCloseTo(1.6448536269514722, 14);
  });
});

describe('wilsonInterval', () => {
  // Wilson: (p + z²/2n ± z·sqrt(p(1 − p)/n + z²/4n²)) / (1 + z²/n).
  // 81 of 263 is the textbook example (e.g. Wikipedia's "Binomial proportion confidence interval"):
  // p = 0.30798, z = 1.96 → centre (0.30798 + 0.0073034) / 1.014607 = 0.31075, half-width
  // 1.93178 · sqrt(0.00081036 + 0.00001388) = 0.05546 → [0.2553, 0.3662]; scipy's
  // binomtest(81, 263).proportion_ci(method='wilson') prints 0.2552885198782742, 0.36620957698280004.
  // At k = n the interval is [n / (n + z²), 1]; at k = 0, [0, z² / (n + z²)].
  it.each<[string, number, number, number, number]>([
    ['81 of 263', 81, 263, 0.2552885198782742, 0.36620957698280004],
    ['24 of 24: n / (n + z²)', 24, 24, 24 / (24 + 1.959963984540054 ** 2), 1],
    ['0 of 10: z² / (n + z²)', 0, 10, 0, 1.959963984540054 ** 2 / (10 + 1.959963984540054 ** 2)],
    ['23 of 24 (scipy)', 23, 24, 0.7975819352134407, 0.9926065438344943],
    ['1 of 2 (scipy), symmetric about 1/2', 1, 2, 0.09453120573423074, 0.9054687942657693],
  ])('%s', (_name, k, n, low, high) => {
    const interval = wilsonInterval(k, n);
    expect(interval?.low).toBeCloseTo(low, 12);
    expect(interval?.high).toBeCloseTo(high, 12);
  });

  it('takes a rounded z or another confidence', () => {
    const rounded = wilsonInterval(81, 263, { z: 1.96 });
    expect(rounded?.low.toFixed(4)).toBe('0.2553');
    expect(rounded?.high.toFixed(4)).toBe('0.3662');
    // scipy, confidence_level=0.99: 0.24013690268760768, 0.3852825023182298
    const wide = wilsonInterval(81, 263, { confidence: 0.99 });
    expect(wide?.low).toBeCloseTo(0.24013690268760768, 12);
    expect(wide?.high).toBeCloseTo(0.3852825023182298, 12);
  });

  it('is null for no trials', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
  });

  it.each<[string, () => unknown, string]>([
    ['more successes than trials', () => wilsonInterval(3, 2), 'STATS_INVALID'],
    ['a negative count', () => wilsonInterval(-1, 2), 'STATS_INVALID'],
    ['a fractional count', () => wilsonInterval(1.5, 2), 'STATS_INVALID'],
    ['confidence 1', () => wilsonInterval(1, 2, { confidence: 1 }), 'OPTION_INVALID'],
    ['z 0', () => wilsonInterval(1, 2, { z: 0 }), 'OPTION_INVALID'],
  ])('rejects %s with a coded error', (_name, call, code) => {
    expect(call).toThrow(expect.objectContaining({ code }));
  });
});
