// The one place shares are rounded. Trend rows keep exact shares so that sums and further sums
// stay exact; rounding happens only on the way out, when a row is written to trends.csv.
import type { TrendRow } from './trends.js';

export const SHARE_DECIMALS = 4;

export function roundShare(share: number): number {
  const scale = 10 ** SHARE_DECIMALS;
  return Math.round(share * scale) / scale;
}

/** The rows as trends.csv shows them: shares rounded to SHARE_DECIMALS places. */
export function roundTrendShares(rows: readonly TrendRow[]): TrendRow[] {
  return rows.map((row) => ({
    ...row,
    share_of_side_topic: roundShare(row.share_of_side_topic),
    share_of_side: roundShare(row.share_of_side),
  }));
}
