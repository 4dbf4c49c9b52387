// Agreement metrics, each implemented once and used for both tool-vs-gold (evaluate) and coder-vs-coder
// (agreement). Labels are plain strings. A value that is undefined for the data (a ratio with a zero
// denominator) is null, never NaN, so it survives JSON and a caller must decide what to show.

/** One item coded twice: [gold or first coder, prediction or second coder]. */
export type LabelPair = readonly [gold: string, predicted: string];

/**
 * One unit of reliability data: the value each coder gave it, null where the coder did not code it.
 * All units have the coders in the same order.
 */
export type ReliabilityUnit = readonly (string | null)[];

export interface LabelScore {
  /** Of the items predicted as this label, the share that are; null when none was predicted. */
  precision: number | null;
  /** Of the items whose gold is this label, the share predicted so; null when there are none. */
  recall: number | null;
  /** 2·tp / (support + predicted): the harmonic mean of the two, 0 when tp is 0. */
  f1: number | null;
  /** Items whose gold is this label. */
  support: number;
}

export interface Confusion {
  /** Row i holds the items whose gold is labels[i]; column j those predicted as labels[j]. */
  labels: string[];
  counts: number[][];
}

/** Every label in the pairs: `first` (in that order, where it occurs) then the rest alphabetically. */
export function labelsOf(pairs: readonly LabelPair[], first: readonly string[] = []): string[] {
  const seen = new Set(pairs.flat());
  const rest = [...seen].filter((label) => !first.includes(label)).sort();
  return [...first.filter((label) => seen.has(label)), ...rest];
}

/** Share of pairs whose two labels are equal; null for no pairs. */
export function accuracy(pairs: readonly LabelPair[]): number | null {
  if (pairs.length === 0) return null;
  return pairs.filter(([gold, predicted]) => gold === predicted).length / pairs.length;
}

export function confusionMatrix(pairs: readonly LabelPair[], labels = labelsOf(pairs)): Confusion {
  const position = new Map(labels.map((label, i) => [label, i]));
  const counts = labels.map(() => labels.map(() => 0));
  for (const [gold, predicted] of pairs) {
    const row = counts[position.get(gold) ?? -1];
    const column = position.get(predicted);
    if (!row || column === undefined) throw new Error(`label list lacks "${gold}" or "${predicted}"`);
    row[column] = (row[column] ?? 0) + 1;
  }
  return { labels, counts };
}

/**
 * The counts per-label scores and kappa are computed from, in one pass over the pairs. The bootstrap
 * (intervals.ts) recomputes these figures thousands of times; going through one tally keeps that fast
 * and keeps a single definition of each figure for estimate and interval alike.
 */
export interface PairTally {
  n: number;
  /** Pairs per first (gold) label. */
  gold: Map<string, number>;
  /** Pairs per second (predicted) label. */
  predicted: Map<string, number>;
  /** Pairs whose two labels are equal, per label. */
  hits: Map<string, number>;
}

export function tallyPairs(pairs: readonly LabelPair[]): PairTally {
  const tally: PairTally = { n: pairs.length, gold: new Map(), predicted: new Map(), hits: new Map() };
  for (const [gold, predicted] of pairs) {
    tally.gold.set(gold, (tally.gold.get(gold) ?? 0) + 1);
    tally.predicted.set(predicted, (tally.predicted.get(predicted) ?? 0) + 1);
    if (gold === predicted) tally.hits.set(gold, (tally.hits.get(gold) ?? 0) + 1);
  }
  return tally;
}

export function perLabel(pairs: readonly LabelPair[], labels = labelsOf(pairs)): Record<string, LabelScore> {
  return labelScores(tallyPairs(pairs), labels);
}

export function labelScores(tally: PairTally, labels: readonly string[]): Record<string, LabelScore> {
  const scores: Record<string, LabelScore> = {};
  for (const label of labels) {
    const support = tally.gold.get(label) ?? 0;
    const predicted = tally.predicted.get(label) ?? 0;
    const hits = tally.hits.get(label) ?? 0;
    scores[label] = {
      precision: predicted > 0 ? hits / predicted : null,
      recall: support > 0 ? hits / support : null,
      f1: support + predicted > 0 ? (2 * hits) / (support + predicted) : null,
      support,
    };
  }
  return scores;
}

/**
 * Unweighted mean F1 over the labels that occur in gold (support > 0), as score-gold.mjs averages
 * stance F1. A label only ever predicted has F1 0 but no place in the mean: averaging it in would make
 * the figure depend on which wrong labels the tool happens to emit. Null when no label has support.
 */
export function macroF1(scores: Record<string, LabelScore>): number | null {
  const f1s = Object.values(scores)
    .filter((score) => score.support > 0)
    .map((score) => score.f1 ?? 0);
  return f1s.length > 0 ? f1s.reduce((sum, f1) => sum + f1, 0) / f1s.length : null;
}

function tally(values: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

/**
 * Cohen's kappa: (po − pe) / (1 − pe), po the observed agreement, pe the agreement expected from the two
 * raters' own label distributions. Null for no pairs, and null when pe = 1 — both raters gave every
 * item one and the same label, so there is no variation to agree beyond chance on (po is then 1 too).
 */
export function cohensKappa(pairs: readonly LabelPair[]): number | null {
  return kappaOfTally(tallyPairs(pairs));
}

export function kappaOfTally(pairTally: PairTally): number | null {
  const { n } = pairTally;
  if (n === 0) return null;
  let agreed = 0;
  for (const count of pairTally.hits.values()) agreed += count;
  let chance = 0; // n² · pe, kept in integers until the one division
  for (const [label, count] of pairTally.gold) chance += count * (pairTally.predicted.get(label) ?? 0);
  if (chance === n * n) return null;
  return (n * agreed - chance) / (n * n - chance);
}

/** Values of a unit that were coded, when at least two were (only those units are pairable). */
function pairableValues(unit: ReliabilityUnit): string[] | null {
  const values = unit.filter((value): value is string => value !== null);
  return values.length >= 2 ? values : null;
}

/**
 * Share of agreeing coder pairs, pooled over units: within each unit every two coders who coded it
 * form one pair. With two coders this is the plain share of units they agree on. Null when no unit
 * was coded twice.
 */
export function percentAgreement(units: readonly ReliabilityUnit[]): number | null {
  let pairs = 0;
  let agreeing = 0;
  for (const unit of units) {
    const values = pairableValues(unit);
    if (!values) continue;
    pairs += (values.length * (values.length - 1)) / 2;
    for (const count of tally(values).values()) agreeing += (count * (count - 1)) / 2;
  }
  return pairs > 0 ? agreeing / pairs : null;
}

/**
 * Krippendorff's alpha for nominal data, any number of coders, missing values allowed:
 * alpha = 1 − (n − 1) · Σ_{c≠k} o_ck / Σ_{c≠k} n_c·n_k, where o_ck is the coincidence matrix (each unit
 * with m_u values adds its ordered pairs of values weighted 1/(m_u − 1)), n_c its margins, n the
 * number of pairable values. Units with fewer than two values are dropped, as the method prescribes.
 * Null when nothing is pairable, and when all pairable values are one label (expected disagreement 0:
 * the data have no variation and say nothing about reliability).
 */
export function krippendorffAlphaNominal(units: readonly ReliabilityUnit[]): number | null {
  let n = 0;
  let observed = 0; // Σ_{c≠k} o_ck
  const margins = new Map<string, number>();
  for (const unit of units) {
    const values = pairableValues(unit);
    if (!values) continue;
    const m = values.length;
    const counts = tally(values);
    let sameValuePairs = 0;
    for (const [label, count] of counts) {
      sameValuePairs += count * count;
      margins.set(label, (margins.get(label) ?? 0) + count);
    }
    observed += (m * m - sameValuePairs) / (m - 1);
    n += m;
  }
  let expected = n * n; // Σ_{c≠k} n_c·n_k = n² − Σ n_c²
  for (const count of margins.values()) expected -= count * count;
  if (n === 0 || expected === 0) return null;
  return 1 - ((n - 1) * observed) / expected;
}
