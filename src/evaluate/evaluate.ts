// Scores the tool's statements against gold rows, field by field. Accuracy is score-gold.mjs's figure
// exactly: every gold row counts (topic: every row with a gold topic), an unmatched row is wrong, a
// prediction among the row's acceptable alternatives is right.
import type { StatementRow } from '../types.js';
import { STANCES } from '../types.js';
import type { GoldRow } from './gold.js';
import { UNMATCHED_LABEL } from './gold.js';
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

export interface EvaluationReport {
  /** Gold rows read (score-gold.mjs's "statements"). */
  statements: number;
  /** Gold rows scored against a statement, the ambiguous ones included. */
  matched: number;
  unmatched: UnmatchedGold[];
  ambiguous: AmbiguousGold[];
  side: FieldScore;
  stance: FieldScore;
  topic: FieldScore;
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

function scoreField(matches: readonly GoldMatch[], field: ScoredField, order: readonly string[]): FieldScore {
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
  };
}

export function evaluateMatches(matches: readonly GoldMatch[], order: LabelOrder = {}): EvaluationReport {
  const unmatched: UnmatchedGold[] = [];
  const ambiguous: AmbiguousGold[] = [];
  for (const match of matches) {
    const { doc, snippet, file, line } = match.gold;
    if (match.status === 'unmatched') unmatched.push({ doc, snippet, file, line, reason: match.reason });
    if (match.status === 'ambiguous') {
      ambiguous.push({ doc, snippet, file, line, candidates: match.candidates });
    }
  }
  return {
    statements: matches.length,
    matched: matches.length - unmatched.length,
    unmatched,
    ambiguous,
    side: scoreField(matches, 'side', order.side ?? []),
    stance: scoreField(matches, 'stance', order.stance ?? STANCES),
    topic: scoreField(matches, 'topic', order.topic ?? []),
  };
}

export function evaluateStatements(
  statements: readonly StatementRow[],
  gold: readonly GoldRow[],
  order: LabelOrder = {},
): EvaluationReport {
  return evaluateMatches(matchGold(statements, gold), order);
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
