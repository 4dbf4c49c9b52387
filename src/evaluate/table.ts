// Fixed-width text tables for the plain (non-JSON) output.
import type { Interval } from '../stats/index.js';

/** Three decimals, as score-gold.mjs prints; "n/a" for a figure the data leave undefined. */
export function formatRatio(value: number | null): string {
  return value === null ? 'n/a' : value.toFixed(3);
}

/**
 * A figure and its interval, "0.958 [0.798, 0.993]"; "n/a" for an undefined figure, "[n/a]" for an
 * interval the data leave undefined.
 */
export function formatInterval(value: number | null, interval: Interval | null): string {
  if (value === null) return 'n/a';
  const bounds = interval ? `${formatRatio(interval.low)}, ${formatRatio(interval.high)}` : 'n/a';
  return `${formatRatio(value)} [${bounds}]`;
}

/**
 * `align` holds one letter per column, `l` or `r`; by default the first column is left-aligned (a
 * label) and the rest right-aligned (figures).
 */
export function textTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align = 'l',
): string {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((row) => (row[c] ?? '').length)));
  const line = (row: readonly string[]): string =>
    widths
      .map((width, c) => {
        const cell = row[c] ?? '';
        return (align[c] ?? 'r') === 'l' ? cell.padEnd(width) : cell.padStart(width);
      })
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}
