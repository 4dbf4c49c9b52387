// The researcher's toolkit as a library: the pure functions behind kwic, keyness, explain and
// codebook show | check | export. Re-exports only.
export { type Paint, paint, wantsColour } from './ansi.js';
export {
  CODEBOOK_FORMATS,
  type CodebookCheck,
  type CodebookFormat,
  checkCodebookFile,
  checkCodebookText,
  exportCodebook,
  showCodebook,
} from './codebook.js';
export { type Dictionary, quantedaDictionary } from './dictionary.js';
export {
  type ExplainedStatement,
  type ExplainOptions,
  explainStatements,
  explanationsJson,
  formatExplanations,
} from './explain.js';
export {
  KEYNESS_COLUMNS,
  type KeynessOptions,
  type KeynessRow,
  type KeynessSelection,
  keyness,
  keynessCells,
} from './keyness.js';
export { KWIC_COLUMNS, KWIC_WINDOW, type KwicOptions, type KwicRow, kwic, searchRegex } from './kwic.js';
export { type MeetingRange, meetingRange } from './options.js';
export { type Located, locate, matchesFilter, type StatementFilter, statementFilter } from './select.js';
export { toYaml, yamlString } from './yaml.js';
