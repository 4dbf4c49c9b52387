// Scores the tool's statements against gold rows, field by field. Accuracy is score-gold.mjs's figure
// exactly: every gold row counts (topic: every row with a gold topic), an unmatched row is wrong, a
// prediction among the row's acceptable alternatives is right. One departure: a gold row of a document
// that was not analysed says nothing about the tool, so it is set aside as "not evaluated" instead of
// being scored wrong (score-gold.mjs counts it wrong), and reported once with its document.
import { DialogueStanceError } from '../errors.js';
import type { StatementRow } from '../types.js';
import { STANCES } from '../types.js';
import type { GoldRow } from './gold.js';
import { UNMATCHED_LABEL } from './gold.js';
import type { FieldIntervals, IntervalMethod, IntervalOptions } from './intervals.js';
import { evaluationIntervalMethod, fieldIntervals } from './intervals.js';
import type { GoldMatch, UnmatchedReason } from './match.js';
import { matchGold } from './match.js';
import type { Confusion, LabelPair, LabelScore } from './metrics.js';
import { cohensKappa, confusionMatrix, labelsOf, macroF1, perLabel } from './metrics.js';

export const SCORED_FIELDS = ['side', 'stance', 'topic'] as const;
export type ScoredField = (typeof SCORED_FIELDS)[number];

export interface FieldScore {
  /** Gold rows scored on this field: all of them, for topic those with a gold topic. */
  n: number;
  correct: number;
  /** correct / n; null when n is 0. */
  accuracy: number | null;
  macroF1: number | null;
  kappa: number | null;
  /** Per label; `(unmatched)` is a column of the confusion matrix but not a label here. */
  labels: Record<string, LabelScore>;
  confusion: Confusion;
  /** Confidence intervals of accuracy, macroF1, kappa and each label's figures; see intervals.ts. */
  ci: FieldIntervals;
}

export interface UnmatchedGold {
  doc: string;
  snippet: string;
  file: string;
  line: number;
  reason: UnmatchedReason;
}

export interface AmbiguousGold {
  doc: string;
  snippet: string;
  file: string;
  line: number;
  /** How many statements of the doc contain the snippet; the first is scored. */
  candidates: number;
}

/** Gold rows of documents that were not among the inputs: set aside, left out of every figure. */
export interface NotEvaluatedGold {
  rows: number;
  /** Their documents, in the order the gold rows name them first. */
  docs: string[];
}

export interface EvaluationReport {
  /** Gold rows evaluated, those of the documents analysed: score-gold.mjs's "statements" less notEvaluated. */
  statements: number;
  /** Gold rows scored against a statement, the ambiguous ones included. */
  matched: number;
  unmatched: UnmatchedGold[];
  ambiguous: AmbiguousGold[];
  notEvaluated: NotEvaluatedGold;
  side: FieldScore;
  stance: FieldScore;
  topic: FieldScore;
  /** How the `ci` intervals were made: level, methods, bootstrap replicates and seed. */
  intervals: IntervalMethod;
}

/** Interval options, and (for evaluateStatements) the ids of the documents analysed; see MatchOptions. */
export interface EvaluateOptions extends IntervalOptions {
  documents?: readonly string[];
}

/** Labels to list first, in this order (the rest follow alphabetically); e.g. the codebook's. */
export type LabelOrder = Partial<Record<ScoredField, readonly string[]>>;

function predictionOf(match: GoldMatch, field: ScoredField): string | undefined {
  return match.status === 'unmatched' ? undefined : match.statement[field];
}

/**
 * The [gold, predicted] pair a row contributes to `field`, or null when the field is not scored for
 * it (an empty gold topic). Gold is the preferred label; a prediction among the acceptable values
 * becomes the preferred label too, so the confusion matrix, F1 and kappa count it as the hit that
 * accuracy counts. An unmatched row is predicted `(unmatched)`: wrong, and visible as its own column.
 */
export function scoredPair(match: GoldMatch, field: ScoredField): LabelPair | null {
  const acceptable = match.gold[field];
  const [preferred] = acceptable;
  if (preferred === undefined) return null;
  const predicted = predictionOf(match, field);
  if (predicted === undefined) return [preferred, UNMATCHED_LABEL];
  return [preferred, acceptable.includes(predicted) ? preferred : predicted];
}

function scoreField(
  matches: readonly GoldMatch[],
  field: ScoredField,
  order: readonly string[],
  options: IntervalOptions,
): FieldScore {
  const pairs = matches.map((match) => scoredPair(match, field)).filter((pair) => pair !== null);
  const labels = labelsOf(pairs, order).filter((label) => label !== UNMATCHED_LABEL);
  const hasUnmatched = pairs.some(([, predicted]) => predicted === UNMATCHED_LABEL);
  const labelScores = perLabel(pairs, labels);
  const correct = pairs.filter(([gold, predicted]) => gold === predicted).length;
  return {
    n: pairs.length,
    correct,
    accuracy: pairs.length > 0 ? correct / pairs.length : null,
    macroF1: macroF1(labelScores),
    kappa: cohensKappa(pairs),
    labels: labelScores,
    confusion: confusionMatrix(pairs, hasUnmatched ? [...labels, UNMATCHED_LABEL] : labels),
    ci: fieldIntervals(pairs, labels, options),
  };
}

/** True for a gold row whose document was not analysed (matchGold's `doc-not-found`). */
export function isNotEvaluated(match: GoldMatch): boolean {
  return match.status === 'unmatched' && match.reason === 'doc-not-found';
}

export function evaluateMatches(
  matches: readonly GoldMatch[],
  order: LabelOrder = {},
  options: IntervalOptions = {},
): EvaluationReport {
  const unmatched: UnmatchedGold[] = [];
  const ambiguous: AmbiguousGold[] = [];
  const notEvaluatedDocs = new Set<string>();
  const evaluated = matches.filter((match) => {
    if (isNotEvaluated(match)) notEvaluatedDocs.add(match.gold.doc);
    return !isNotEvaluated(match);
  });
  for (const match of evaluated) {
    const { doc, snippet, file, line } = match.gold;
    if (match.status === 'unmatched') unmatched.push({ doc, snippet, file, line, reason: match.reason });
    if (match.status === 'ambiguous') {
      ambiguous.push({ doc, snippet, file, line, candidates: match.candidates });
    }
  }
  return {
    statements: evaluated.length,
    matched: evaluated.length - unmatched.length,
    unmatched,
    ambiguous,
    notEvaluated: { rows: matches.length - evaluated.length, docs: [...notEvaluatedDocs] },
    side: scoreField(evaluated, 'side', order.side ?? [], options),
    stance: scoreField(evaluated, 'stance', order.stance ?? STANCES, options),
    topic: scoreField(evaluated, 'topic', order.topic ?? [], options),
    intervals: evaluationIntervalMethod(options),
  };
}

export function evaluateStatements(
  statements: readonly StatementRow[],
  gold: readonly GoldRow[],
  order: LabelOrder = {},
  options: EvaluateOptions = {},
): EvaluationReport {
  const { documents, ...intervals } = options;
  return evaluateMatches(matchGold(statements, gold, documents ? { documents } : {}), order, intervals);
}

/**
 * For `--require-all-gold`: throws (GOLD_NOT_EVALUATED) when gold rows were set aside because their
 * documents were not analysed — a gold set meant to be scored whole was given only in part.
 */
export function requireAllGoldEvaluated(report: EvaluationReport): void {
  const { rows, docs } = report.notEvaluated;
  if (rows === 0) return;
  const documents = docs.length === 1 ? 'document' : 'documents';
  throw new DialogueStanceError(
    'GOLD_NOT_EVALUATED',
    `${rows} gold ${rows === 1 ? 'row is' : 'rows are'} of ${docs.length} ${documents} not among the inputs: ` +
      `${docs.join(', ')} (give those documents too, or leave their rows out of the gold)`,
  );
}

/**
 * For `--min-accuracy`: true when every field with scored rows reaches `minimum`. No gold rows at all
 * fails (nothing was checked); no gold topics passes the topic field. Both as score-gold.mjs decides.
 */
export function meetsMinimumAccuracy(report: EvaluationReport, minimum: number): boolean {
  if (report.statements === 0) return false;
  return SCORED_FIELDS.every((field) => {
    const { accuracy } = report[field];
    return accuracy === null || accuracy >= minimum;
  });
}
