// The public API: the pipeline as typed functions over plain data. Re-exports only.
export * from './aggregate/index.js';
export type { CompiledCodebook } from './codebook/compile.js';
export { compileCodebook } from './codebook/compile.js';
export { DEFAULT_CODEBOOK_PATH, type LoadedCodebook, loadCodebook, parseCodebook } from './codebook/load.js';
export { codebookProblems, validateCodebook } from './codebook/schema.js';
export type {
  Codebook,
  CodebookCue,
  CodebookSeries,
  CodebookSide,
  CodebookTopic,
  LanguagePart,
} from './codebook/types.js';
export {
  DialogueStanceError,
  type ErrorCode,
  isDialogueStanceError,
  isRefusal,
  REFUSAL_CODES,
} from './errors.js';
export * from './evaluate/index.js';
export { type DecodedText, type DecodeOptions, decodeBytes, decodeText } from './ingest/decode.js';
export { extractHtml } from './ingest/html.js';
export { extractMarkdown } from './ingest/markdown.js';
export {
  listDocumentPaths,
  listInputs,
  type ReadOptions,
  type ReadResult,
  type Refusal,
  readDocument,
  readDocuments,
  readInputs,
  toSourceDocument,
} from './ingest/read.js';
export { detectLanguage, languageFor } from './lang/index.js';
export type { CompiledLanguage, Language, LanguageId } from './lang/types.js';
export { loadMetadata, type MetadataOverrides, parseMetadata } from './metadata.js';
export { analyzeDocument, type MetadataOverride, statementRows } from './pipeline.js';
export { type ChartOptions, renderTrendsSvg, STANCE_COLOURS, trendsChartSpec } from './report/chart.js';
export { type CsvOptions, toCsv } from './report/csv.js';
export {
  type ExplanationContext,
  type ExplanationLines,
  explainDocument,
  explainStatement,
} from './report/explanation.js';
export {
  buildReviewPage,
  type ReviewData,
  type ReviewDocument,
  type ReviewStatement,
  renderReviewPage,
  reviewData,
} from './report/review/index.js';
export { renderSharesSvg, sharesChartSpec } from './report/shares-chart.js';
export {
  type AnalysisResult,
  type AnalyzeOptions,
  analyzeInputs,
  analyzeInputsInParallel,
  buildReports,
  type ParallelOptions,
  type ReviewOptions,
  runAnalyze,
  runReview,
  writeFiles,
} from './run.js';
export { segmentSentences } from './stages/sentences.js';
export { segmentStatements } from './stages/statements.js';
export { analyzeStructure } from './stages/structure/index.js';
export * from './stats/index.js';
export * from './toolkit/index.js';
export * from './types.js';
export { VERSION } from './version.js';
