// Fisher's exact test on a 2 x k table: is the split of k categories (stances) the same in two groups
// (meetings)? Conditioning on both margins, the first row is multivariate hypergeometric:
//   P(x) = Π_j C(c_j, x_j) / C(N, r),  c_j the column totals, r the first row's total, N the grand total.
// The two-sided p-value is R's fisher.test's: the total probability of the tables with these margins
// that are no more probable than the observed one, "no more" with a relative tolerance of 1e-7 so that
// tables tied with it in exact arithmetic are not lost to rounding.
//
// Exact enumeration visits every table with the observed margins. Their number grows like r^(k−1)
// (a 2 x 4 table of 30 statements per meeting has a few thousand; 300 per meeting, millions), so above
// `maxTables` (default 1,000,000) the p-value is estimated instead, as R's simulate.p.value does:
// `replicates` tables are drawn at random with the observed margins (seeded, see random.ts) and
// p = (1 + tables drawn no more probable than the observed) / (replicates + 1). The result says which
// method gave it; a Monte Carlo p-value must be reported as one, with its replicates and seed.
import { DialogueStanceError } from '../errors.js';
import { checkCount } from './interval.js';
import { mulberry32, randomIndex } from './random.js';

export interface FisherOptions {
  /** Enumerate exactly when there are at most this many tables; default 1,000,000. */
  maxTables?: number;
  /** Tables drawn for a Monte Carlo p-value; default 10,000 (R's default is 2,000). */
  replicates?: number;
  /** Seed of the Monte Carlo draws; default 1. */
  seed?: number;
}

export interface FisherResult {
  /** Two-sided p-value. */
  p: number;
  method: 'exact' | 'monte-carlo';
  /** Tables with the observed margins; null when there are more than `maxTables`. */
  tables: number | null;
  /** For a Monte Carlo p-value, the tables drawn and the seed; null for an exact one. */
  replicates: number | null;
  seed: number | null;
}

export const DEFAULT_MAX_TABLES = 1_000_000;
export const DEFAULT_FISHER_REPLICATES = 10_000;
/** R's fisher.test: `relErr <- 1 + 10^(-7)`. */
export const RELATIVE_TOLERANCE = 1e-7;

function logFactorials(n: number): Float64Array {
  const table = new Float64Array(n + 1);
  for (let i = 2; i <= n; i++) table[i] = (table[i - 1] ?? 0) + Math.log(i);
  return table;
}

/**
 * How many first rows x with 0 <= x_j <= c_j sum to r, counted up to `limit` (a larger number is
 * returned as `limit`): a running window sum over the columns, each count saturated at `limit` so the
 * sums stay exact integers.
 */
function countTables(columns: readonly number[], r: number, limit: number): number {
  let ways = new Float64Array(r + 1);
  ways[0] = 1;
  for (const c of columns) {
    const next = new Float64Array(r + 1);
    let window = 0; // Σ ways[s − x] for x = 0..min(c, s)
    for (let s = 0; s <= r; s++) {
      window += ways[s] ?? 0;
      if (s - c - 1 >= 0) window -= ways[s - c - 1] ?? 0;
      next[s] = Math.min(limit, window);
    }
    ways = next;
  }
  return ways[r] ?? 0;
}

function checkTable(table: readonly (readonly number[])[]): [number[], number[]] {
  const [first, second] = table;
  if (table.length !== 2 || !first || !second || first.length !== second.length || first.length === 0) {
    throw new DialogueStanceError(
      'STATS_INVALID',
      'a 2 x k table is two rows of the same length, at least one column',
    );
  }
  return [first.map((v) => checkCount(v, 'count')), second.map((v) => checkCount(v, 'count'))];
}

/** Two-sided Fisher exact test of a 2 x k table of counts (rows: the two groups; columns: categories). */
export function fisherExact2xK(
  table: readonly (readonly number[])[],
  options: FisherOptions = {},
): FisherResult {
  const [top, bottom] = checkTable(table);
  const maxTables = checkCount(options.maxTables ?? DEFAULT_MAX_TABLES, 'maxTables');
  // A column no one falls in has one way to be filled and changes no probability: drop it.
  const kept = top.map((x, j) => [x, x + (bottom[j] ?? 0)] as const).filter(([, c]) => c > 0);
  const columns = kept.map(([, c]) => c);
  const n = columns.reduce((sum, c) => sum + c, 0);
  // Enumerate the row with the smaller total: the other row is determined by it.
  const topTotal = kept.reduce((sum, [x]) => sum + x, 0);
  const useTop = topTotal <= n - topTotal;
  const observed = kept.map(([x, c]) => (useTop ? x : c - x));
  const r = useTop ? topTotal : n - topTotal;
  if (columns.length <= 1 || r === 0)
    return { p: 1, method: 'exact', tables: 1, replicates: null, seed: null };

  const logFactorial = logFactorials(n);
  const logChoose = (a: number, b: number) =>
    (logFactorial[a] ?? 0) - (logFactorial[b] ?? 0) - (logFactorial[a - b] ?? 0);
  const logWeight = (row: readonly number[]) =>
    row.reduce((sum, x, j) => sum + logChoose(columns[j] ?? 0, x), 0);
  const threshold = logWeight(observed) + Math.log1p(RELATIVE_TOLERANCE);

  const tables = countTables(columns, r, maxTables + 1);
  if (tables <= maxTables) {
    const logAll = logChoose(n, r); // Σ_x Π_j C(c_j, x_j) = C(n, r) (Vandermonde)
    const roomAfter = columns.map((_, j) => columns.slice(j + 1).reduce((sum, c) => sum + c, 0));
    const last = columns.length - 1;
    let p = 0;
    const visit = (j: number, remaining: number, weight: number): void => {
      const c = columns[j] ?? 0;
      if (j === last) {
        const total = weight + logChoose(c, remaining);
        if (total <= threshold) p += Math.exp(total - logAll);
        return;
      }
      const high = Math.min(c, remaining);
      for (let x = Math.max(0, remaining - (roomAfter[j] ?? 0)); x <= high; x++) {
        visit(j + 1, remaining - x, weight + logChoose(c, x));
      }
    };
    visit(0, r, 0);
    return { p: Math.min(1, p), method: 'exact', tables, replicates: null, seed: null };
  }

  const replicates = options.replicates ?? DEFAULT_FISHER_REPLICATES;
  if (!Number.isSafeInteger(replicates) || replicates < 1) {
    throw new DialogueStanceError('OPTION_INVALID', `replicates ${replicates} is not a whole number >= 1`);
  }
  const seed = options.seed ?? 1;
  const random = mulberry32(seed);
  // Every unit labelled with its column; the first r of a random permutation form a random first row
  // with the observed margins (a partial Fisher–Yates shuffle, continued from the last one).
  const units = columns.flatMap((c, j) => Array.from({ length: c }, () => j));
  let asExtreme = 0;
  for (let b = 0; b < replicates; b++) {
    const row = columns.map(() => 0);
    for (let i = 0; i < r; i++) {
      const pick = i + randomIndex(random, n - i);
      const unit = units[pick] ?? 0;
      units[pick] = units[i] ?? 0;
      units[i] = unit;
      row[unit] = (row[unit] ?? 0) + 1;
    }
    if (logWeight(row) <= threshold) asExtreme++;
  }
  return { p: (1 + asExtreme) / (replicates + 1), method: 'monte-carlo', tables: null, replicates, seed };
}
