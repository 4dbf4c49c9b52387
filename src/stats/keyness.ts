// Keyness of one term on a 2 x 2 table: its count in the target and in the reference, against each
// side's total of terms. The measures corpus linguists report (Rayson and Garside 2000; Hardie 2014):
//
//                 target    reference
//   the term        a           b
//   other terms     c = N1-a    d = N2-b
//
// - G2, the log-likelihood ratio: 2 * sum O ln(O / E) over the four cells (0 ln 0 = 0), E the
//   counts expected from the margins; no Williams or Yates correction;
// - chi2, Pearson's chi-squared: N (ad - bc)^2 / ((a+b)(c+d)(a+c)(b+d)), no Yates correction;
// - both signed: positive when the term is relatively more frequent in the target (a/N1 > b/N2);
// - p: the upper tail of the chi-squared distribution with 1 degree of freedom at |G2|;
// - logRatio: log2 of the ratio of relative frequencies, each count plus 0.5 so that a term absent
//   from one side has a finite ratio: log2(((a + 0.5) / N1) / ((b + 0.5) / N2)). Every unit is a
//   doubling: 1 means twice as frequent in the target, -2 a quarter as frequent.
// quanteda's textstat_keyness with correction = "none" computes the same chi2 and G2 (its default
// applies Yates to chi2 and Williams to G2).
import { DialogueStanceError } from '../errors.js';

export interface KeynessMeasures {
  g2: number;
  chi2: number;
  p: number;
  logRatio: number;
}

/** The smoothing added to each count in the log ratio. */
export const LOG_RATIO_SMOOTHING = 0.5;

const SQRT_PI = Math.sqrt(Math.PI);

/**
 * The complementary error function, to a relative error near 1e-15: the series of erf with
 * positive terms below 2, a continued fraction (modified Lentz) above, where 1 - erf would cancel.
 */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x < 0) return 2 - erfc(-x);
  if (x < 2) {
    // erf(x) = 2/sqrt(pi) e^{-x^2} sum 2^n x^{2n+1} / (1 * 3 * ... * (2n+1))
    let term = x;
    let sum = x;
    for (let n = 1; n < 200 && term > sum * 1e-17; n++) {
      term *= (2 * x * x) / (2 * n + 1);
      sum += term;
    }
    return 1 - (2 / SQRT_PI) * Math.exp(-x * x) * sum;
  }
  // erfc(x) = e^{-x^2} / sqrt(pi) / (x + (1/2) / (x + 1 / (x + (3/2) / (x + ...))))
  const tiny = 1e-300;
  let f = x;
  let c = f;
  let d = 0;
  for (let n = 1; n < 500; n++) {
    const a = n / 2;
    d = x + a * d;
    d = d === 0 ? tiny : 1 / d;
    c = x + a / c;
    if (c === 0) c = tiny;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-x * x) / SQRT_PI / f;
}

/** P(X >= x) for X chi-squared with one degree of freedom. */
export function chiSquaredUpperTail1(x: number): number {
  return x <= 0 ? 1 : erfc(Math.sqrt(x / 2));
}

const cell = (observed: number, expected: number): number =>
  observed === 0 ? 0 : observed * Math.log(observed / expected);

function check(value: number, what: string): number {
  if (!Number.isFinite(value) || value < 0)
    throw new DialogueStanceError('STATS_INVALID', `${what} must be a count of 0 or more, not ${value}`);
  return value;
}

/** The keyness of a term counted `a` times among `targetTotal` terms and `b` times among `referenceTotal`. */
export function keynessMeasures(
  a: number,
  b: number,
  targetTotal: number,
  referenceTotal: number,
): KeynessMeasures {
  check(a, 'the target count');
  check(b, 'the reference count');
  if (!(targetTotal > 0 && referenceTotal > 0) || a > targetTotal || b > referenceTotal)
    throw new DialogueStanceError(
      'STATS_INVALID',
      `keyness needs counts within positive totals, not ${a} of ${targetTotal} and ${b} of ${referenceTotal}`,
    );
  const c = targetTotal - a;
  const d = referenceTotal - b;
  const n = targetTotal + referenceTotal;
  const expected = (row: number, column: number) => (row * column) / n;
  const g2 =
    2 *
    (cell(a, expected(a + b, targetTotal)) +
      cell(b, expected(a + b, referenceTotal)) +
      cell(c, expected(c + d, targetTotal)) +
      cell(d, expected(c + d, referenceTotal)));
  const margins = (a + b) * (c + d) * targetTotal * referenceTotal;
  const chi2 = margins === 0 ? 0 : (n * (a * d - b * c) ** 2) / margins;
  const sign = Math.sign(a * referenceTotal - b * targetTotal);
  // Rounding can leave a G2 of -1e-16 for a term equally frequent on both sides.
  const g2Positive = Math.max(0, g2);
  return {
    g2: sign * g2Positive,
    chi2: sign * chi2,
    p: chiSquaredUpperTail1(g2Positive),
    logRatio: Math.log2(
      (a + LOG_RATIO_SMOOTHING) / targetTotal / ((b + LOG_RATIO_SMOOTHING) / referenceTotal),
    ),
  };
}
