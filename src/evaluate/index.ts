// The validation library behind `evaluate` and `agreement`: pure functions, no I/O.
export type { AgreementReport, Coder, CoderDisagreement, FieldAgreement, UnpairedUnit } from './agreement.js';
export { agreement } from './agreement.js';
export type { DisagreementRow } from './disagreements.js';
export { DISAGREEMENT_COLUMNS, disagreementRows, disagreementsCsv } from './disagreements.js';
export type {
  AmbiguousGold,
  EvaluateOptions,
  EvaluationReport,
  FieldScore,
  LabelOrder,
  NotEvaluatedGold,
  ScoredField,
  UnmatchedGold,
} from './evaluate.js';
export {
  evaluateMatches,
  evaluateStatements,
  isNotEvaluated,
  meetsMinimumAccuracy,
  requireAllGoldEvaluated,
  SCORED_FIELDS,
  scoredPair,
} from './evaluate.js';
export { formatAgreement, formatEvaluation } from './format.js';
export type { GoldRow, GoldVocabulary } from './gold.js';
export { GOLD_COLUMNS, parseGold, UNMATCHED_LABEL } from './gold.js';
export type {
  AgreementIntervals,
  FieldIntervals,
  IntervalMethod,
  IntervalOptions,
  LabelIntervals,
} from './intervals.js';
export { agreementIntervals, fieldIntervals } from './intervals.js';
export type { GoldMatch, MatchOptions, UnmatchedReason } from './match.js';
export { foldForMatch, matchGold } from './match.js';
export * from './metrics.js';
