// The trend tables of issue 4 (trends.csv, trends-wide.csv, changes.csv) as pure functions over
// statement rows; writing them out is the CSV writers' job.
export {
  ALL_SERIES,
  CHANGE_COLUMNS,
  type Change,
  type ChangeOptions,
  type ChangeRow,
  changeRows,
  DOMINANCE_ORDER,
  type DominantCell,
  dominantCells,
  dominantStance,
} from './changes.js';
export {
  checkMinEvidence,
  DEFAULT_MIN_EVIDENCE,
  type Evidence,
  evidenceOf,
  type StanceCounts,
  shareChange,
  stanceTest,
} from './evidence.js';
export {
  compareMeetings,
  type Meeting,
  meetingLabel,
  meetingLabels,
  meetingsOf,
  shortMeetingLabel,
} from './meetings.js';
export { DEFAULT_SIDE_ORDER, type OrderOptions } from './order.js';
export {
  P_VALUE_DIGITS,
  roundChangeFigures,
  roundPValue,
  roundShare,
  roundTrendShares,
  SHARE_DECIMALS,
} from './round.js';
export { type StanceShare, stanceShares } from './shares.js';
export { TREND_COLUMNS, type TrendRow, trendRows } from './trends.js';
export { type WideOptions, type WideTable, wideTrendTable } from './wide.js';
