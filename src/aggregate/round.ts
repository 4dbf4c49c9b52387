// The one place shares and p-values are rounded. Trend and change rows keep exact figures so that
// sums and further sums stay exact; rounding happens only on the way out, when a row is written.
import type { ChangeRow } from './changes.js';
import type { TrendRow } from './trends.js';

export const SHARE_DECIMALS = 4;
/**
 * Significant digits, not decimals, for p-values: a small p rounded to 4 decimals would read as 0,
 * and the test is descriptive (see evidence.ts), so 4 digits are more than its precision deserves.
 */
export const P_VALUE_DIGITS = 4;

/**
 * Halves away from zero, so a change of share and its reverse print as opposites (Math.round would
 * take -0.00005 up to -0 but 0.00005 up to 0.0001); -0 prints as 0.
 */
export function roundShare(share: number): number {
  const scale = 10 ** SHARE_DECIMALS;
  return (Math.sign(share) * Math.round(Math.abs(share) * scale)) / scale || 0;
}

export function roundPValue(p: number): number {
  return Number(p.toPrecision(P_VALUE_DIGITS));
}

/** The rows as trends.csv shows them: shares rounded to SHARE_DECIMALS places. */
export function roundTrendShares(rows: readonly TrendRow[]): TrendRow[] {
  return rows.map((row) => ({
    ...row,
    share_of_side_topic: roundShare(row.share_of_side_topic),
    share_of_side: roundShare(row.share_of_side),
  }));
}

/** The rows as changes.csv shows them: share changes like trends shares, p-values to P_VALUE_DIGITS. */
export function roundChangeFigures(rows: readonly ChangeRow[]): ChangeRow[] {
  const round = (value: number | null, how: (x: number) => number) => (value === null ? null : how(value));
  return rows.map((row) => ({
    ...row,
    delta_raised_issues: round(row.delta_raised_issues, roundShare),
    delta_concurred: round(row.delta_concurred, roundShare),
    p_value: round(row.p_value, roundPValue),
  }));
}
