// The validation library behind `evaluate` and `agreement`: pure functions, no I/O.
export type { AgreementReport, Coder, CoderDisagreement, FieldAgreement, UnpairedUnit } from './agreement.js';
export { agreement } from './agreement.js';
export type { DisagreementRow } from './disagreements.js';
export { DISAGREEMENT_COLUMNS, disagreementRows, disagreementsCsv } from './disagreements.js';
export type {
  AmbiguousGold,
  EvaluationReport,
  FieldScore,
  LabelOrder,
  ScoredField,
  UnmatchedGold,
} from './evaluate.js';
export {
  evaluateMatches,
  evaluateStatements,
  meetsMinimumAccuracy,
  SCORED_FIELDS,
  scoredPair,
} from './evaluate.js';
export { formatAgreement, formatEvaluation } from './format.js';
export type { GoldRow, GoldVocabulary } from './gold.js';
export { GOLD_COLUMNS, parseGold, UNMATCHED_LABEL } from './gold.js';
export type { GoldMatch, UnmatchedReason } from './match.js';
export { foldForMatch, matchGold } from './match.js';
export * from './metrics.js';
