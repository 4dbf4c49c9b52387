// Fixed-width text tables for the plain (non-JSON) output.

/** Three decimals, as score-gold.mjs prints; "n/a" for a figure the data leave undefined. */
export function formatRatio(value: number | null): string {
  return value === null ? 'n/a' : value.toFixed(3);
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
