import { describe, expect, it } from 'vitest';
import { chiSquaredUpperTail1, erfc, keynessMeasures } from '../../src/stats/index.js';

describe('erfc', () => {
  // scipy.special.erfc 1.17.1, printed with repr.
  it.each<[number, number]>([
    [0, 1],
    [0.1, 0.8875370839817152],
    [0.5, 0.4795001221869535],
    [1, 0.15729920705028516],
    [1.5, 0.03389485352468927],
    [1.99, 0.004888586800383002],
    [2, 0.004677734981047266],
    [2.5, 0.00040695201744495886],
    [3, 2.2090496998585445e-5],
    [5, 1.5374597944280347e-12],
    [10, 2.0884875837625446e-45],
    [20, 5.395865611607901e-176],
  ])('erfc(%s) = %s', (x, expected) => {
    expect(Math.abs(erfc(x) - expected) / expected).toBeLessThan(1e-13);
  });

  it('is 2 - erfc(-x) below 0', () => {
    expect(erfc(-1)).toBeCloseTo(2 - 0.15729920705028516, 15);
  });
});

describe('keynessMeasures', () => {
  it('a 2 x 2 table by hand', () => {
    // a = 10 of N1 = 100 in the target, b = 2 of N2 = 100 in the reference; c = 90, d = 98, N = 200.
    // Expected counts from the margins: E(a) = E(b) = 12 * 100 / 200 = 6, E(c) = E(d) = 188 * 100 / 200 = 94.
    // G2 = 2 (10 ln(10/6) + 2 ln(2/6) + 90 ln(90/94) + 98 ln(98/94))
    //    = 2 (5.108256 - 2.197225 - 3.913660 + 4.083926) = 6.162594 (to 6 places);
    // chi2 = N (ad - bc)^2 / ((a+b)(c+d)(a+c)(b+d)) = 200 * 800^2 / (12 * 188 * 100 * 100) = 5.673759;
    // log ratio = log2((10.5 / 100) / (2.5 / 100)) = log2(4.2) = 2.070389;
    // p = P(chi2 with 1 df > 6.162594) = erfc(sqrt(6.162594 / 2)) = 0.013048.
    const measures = keynessMeasures(10, 2, 100, 100);
    expect(measures.g2).toBeCloseTo(6.162592, 5);
    expect(measures.chi2).toBeCloseTo(5.673759, 6);
    expect(measures.logRatio).toBeCloseTo(2.070389, 6);
    expect(measures.p).toBeCloseTo(0.013048, 6);
  });

  it('the same table the other way round: the signs turn, the p-value stays', () => {
    const measures = keynessMeasures(2, 10, 100, 100);
    expect(measures.g2).toBeCloseTo(-6.162592, 5);
    expect(measures.chi2).toBeCloseTo(-5.673759, 6);
    expect(measures.logRatio).toBeCloseTo(-2.070389, 6);
    expect(measures.p).toBeCloseTo(0.013048, 6);
  });

  // Reference values from scipy 1.17.1: scipy.stats.chi2_contingency([[a, b], [N1 - a, N2 - b]],
  // correction=False) for chi2 and with lambda_="log-likelihood" for G2 and its p-value (the same
  // statistics as R's chisq.test(correct = FALSE) and quanteda's textstat_keyness(correction =
  // "none"); no R was at hand to run quanteda itself). Signs added by hand: positive when a / N1 > b / N2.
  it.each<[number, number, number, number, number, number, number, number]>([
    // a, b, N1, N2, G2, p, chi2, log ratio
    [10, 2, 100, 100, 6.162591666005738, 0.013047989522742708, 5.673758865248227, 2.0703893278913976],
    [0, 5, 50, 80, -4.979478275501673, 0.025649717300762605, -3.2499999999999996, -2.7813597135246595],
    [30, 30, 1000, 1000, 0, 1, 0, 0],
    [7, 1, 120, 45, 1.0731933944960106, 0.3002252460934949, 0.925059713375796, 0.9068905956085185],
    [250, 40, 10000, 8000, 127.88319026781105, 1.1904724156649244e-29, 112.15171634961737, 2.306888695423221],
  ])('a %s, b %s of %s and %s', (a, b, n1, n2, g2, p, chi2, logRatio) => {
    const measures = keynessMeasures(a, b, n1, n2);
    expect(measures.g2).toBeCloseTo(g2, 10);
    expect(measures.chi2).toBeCloseTo(chi2, 10);
    expect(measures.logRatio).toBeCloseTo(logRatio, 12);
    expect(Math.abs(measures.p - p) / p).toBeLessThan(1e-9);
  });

  it('p is the chi-squared upper tail with one degree of freedom', () => {
    // scipy.stats.chi2.sf(3.841458820694124, 1) = 0.05 (the 95% critical value).
    expect(chiSquaredUpperTail1(3.841458820694124)).toBeCloseTo(0.05, 14);
    expect(chiSquaredUpperTail1(0)).toBe(1);
  });

  it.each<[number, number, number, number]>([
    [-1, 0, 10, 10],
    [11, 0, 10, 10],
    [0, 0, 0, 10],
    [Number.NaN, 0, 10, 10],
  ])('rejects a %s, b %s of %s and %s', (a, b, n1, n2) => {
    expect(() => keynessMeasures(a, b, n1, n2)).toThrow(expect.objectContaining({ code: 'STATS_INVALID' }));
  });
});
