// What a step of changes.csv rests on: the side's statements on the topic at each end, split by
// stance, how the shares of the two telling stances moved, whether there are enough statements to
// read anything into the step, and Fisher's exact test of whether the two splits differ.
//
// The test is descriptive. A meeting's statements are all the statements of its summary, not a sample
// drawn from a population, and statements of one summary are not independent (one drafter, one
// agenda). The p-value says how unusual the split would be if the statements of the two meetings
// were shuffled between them, a yardstick for "is this more than a statement or two moving"; it is no
// inference about the side's position beyond these summaries.
import { DialogueStanceError } from '../errors.js';
import { type FisherOptions, type FisherResult, fisherExact2xK } from '../stats/fisher.js';
import { STANCES, type Stance } from '../types.js';

export type StanceCounts = Record<Stance, number>;

/** `weak`: at least one end of the step rests on fewer statements than the threshold. */
export type Evidence = 'weak' | 'ok';

/**
 * Below three statements a dominant stance is one or two statements, and one recoded statement
 * flips it; from three on, a single statement no longer decides it alone (2 of 3 against 1 of 3).
 */
export const DEFAULT_MIN_EVIDENCE = 3;

export function noStatements(): StanceCounts {
  return { explained: 0, raised_issues: 0, concurred: 0, other: 0 };
}

export function totalOf(counts: StanceCounts): number {
  return STANCES.reduce((sum, stance) => sum + counts[stance], 0);
}

/**
 * The share of `stance` at the end minus its share at the start, exact (rounded on the way out, as
 * trends shares are). Null when either end has no statements: a share of nothing is undefined, not 0.
 */
export function shareChange(from: StanceCounts, to: StanceCounts, stance: Stance): number | null {
  const fromTotal = totalOf(from);
  const toTotal = totalOf(to);
  if (fromTotal === 0 || toTotal === 0) return null;
  return to[stance] / toTotal - from[stance] / fromTotal;
}

/** A threshold for `evidenceOf`: a whole number >= 0 (0 marks no step weak). */
export function checkMinEvidence(value: number): number {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new DialogueStanceError('OPTION_INVALID', `min-evidence ${value} is not a whole number >= 0`);
  }
  return value;
}

export function evidenceOf(fromTotal: number, toTotal: number, minEvidence: number): Evidence {
  return Math.min(fromTotal, toTotal) < minEvidence ? 'weak' : 'ok';
}

/**
 * Fisher's exact test on the 2 x k table of the step: rows the two ends, columns the stances either
 * end has (a stance neither has is no column). Null when either end has no statements: there is no
 * split to compare.
 */
export function stanceTest(
  from: StanceCounts,
  to: StanceCounts,
  options: FisherOptions = {},
): FisherResult | null {
  if (totalOf(from) === 0 || totalOf(to) === 0) return null;
  const columns = STANCES.filter((stance) => from[stance] + to[stance] > 0);
  return fisherExact2xK(
    [columns.map((stance) => from[stance]), columns.map((stance) => to[stance])],
    options,
  );
}
