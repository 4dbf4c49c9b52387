// changes.csv: how each side's position on each topic moved from one meeting of a series to the
// next, judged by the side's dominant stance in each meeting, with the counts behind it (evidence.ts).
import type { FisherOptions } from '../stats/fisher.js';
import type { Side, Stance } from '../types.js';
import {
  checkMinEvidence,
  DEFAULT_MIN_EVIDENCE,
  type Evidence,
  evidenceOf,
  noStatements,
  type StanceCounts,
  shareChange,
  stanceTest,
  totalOf,
} from './evidence.js';
import { type Meeting, meetingKey, meetingOf, meetingsOf } from './meetings.js';
import { compareText, distinct, type OrderOptions, sideComparator, topicComparator } from './order.js';
import type { TrendRow } from './trends.js';

export type Change = 'new-topic' | 'dropped-topic' | 'stance-shift' | 'unchanged';

/**
 * One row of changes.csv; keys in column order. Stances are '' where the side did not speak. The
 * figures after `change` (issue 15) are raw here: see `roundChangeFigures`.
 */
export interface ChangeRow {
  series: string;
  side: Side;
  topic: string;
  from_meeting: number | null;
  from_date: string | null;
  to_meeting: number | null;
  to_date: string | null;
  from_stance: Stance | '';
  to_stance: Stance | '';
  change: Change;
  /** The side's statements on the topic in the first meeting, then per stance. */
  from_statements: number;
  from_explained: number;
  from_raised_issues: number;
  from_concurred: number;
  from_other: number;
  to_statements: number;
  to_explained: number;
  to_raised_issues: number;
  to_concurred: number;
  to_other: number;
  /** Share of raised_issues in the second meeting minus in the first; null when an end is empty. */
  delta_raised_issues: number | null;
  delta_concurred: number | null;
  evidence: Evidence;
  /** Fisher's exact test of the two stance splits; null when an end is empty. */
  p_value: number | null;
  p_method: 'exact' | 'monte-carlo' | '';
}

export const CHANGE_COLUMNS = [
  'series',
  'side',
  'topic',
  'from_meeting',
  'from_date',
  'to_meeting',
  'to_date',
  'from_stance',
  'to_stance',
  'change',
  'from_statements',
  'from_explained',
  'from_raised_issues',
  'from_concurred',
  'from_other',
  'to_statements',
  'to_explained',
  'to_raised_issues',
  'to_concurred',
  'to_other',
  'delta_raised_issues',
  'delta_concurred',
  'evidence',
  'p_value',
  'p_method',
] as const satisfies readonly (keyof ChangeRow)[];

/** The `series` of change rows when all series are read as one timeline. */
export const ALL_SERIES = '(all)';

/**
 * Which stance wins a tie for a side's dominant stance, first wins. The summaries report most
 * statements as "explained", so a tie between it and a rarer stance is read as the rarer one:
 * raising issues or concurring says more about a side's position than presenting its own policy,
 * and objection is the rarest and most telling of all. `other` (no recognised stance) wins nothing.
 */
export const DOMINANCE_ORDER: readonly Stance[] = ['raised_issues', 'concurred', 'explained', 'other'];

/** The stance with the most statements; ties go to the earlier one in DOMINANCE_ORDER. */
export function dominantStance(counts: Partial<Record<Stance, number>>): Stance | null {
  let best: Stance | null = null;
  for (const stance of DOMINANCE_ORDER) {
    const n = counts[stance] ?? 0;
    if (n > 0 && (best === null || n > (counts[best] ?? 0))) best = stance;
  }
  return best;
}

/** A side's position on a topic in one meeting, read as one stance (changes.csv, trends.svg). */
export interface DominantCell extends Meeting {
  side: Side;
  topic: string;
  /** The stance with most statements, ties broken by DOMINANCE_ORDER (see `dominantStance`). */
  stance: Stance;
  /** All the side's statements on the topic in the meeting, whatever their stance. */
  statements: number;
}

function cellKey(meeting: Meeting, side: Side, topic: string): string {
  return JSON.stringify([meetingKey(meeting), side, topic]);
}

/** The stance counts of every meeting, side and topic of the trend rows, by `cellKey`. */
function cellCounts(
  trends: readonly TrendRow[],
): Map<string, { meeting: Meeting; side: Side; topic: string; counts: StanceCounts }> {
  const cells = new Map<string, { meeting: Meeting; side: Side; topic: string; counts: StanceCounts }>();
  for (const row of trends) {
    const key = cellKey(row, row.side, row.topic);
    const cell = cells.get(key) ?? {
      meeting: meetingOf(row),
      side: row.side,
      topic: row.topic,
      counts: noStatements(),
    };
    cell.counts[row.stance] += row.statements;
    cells.set(key, cell);
  }
  return cells;
}

/**
 * One cell per meeting, side and topic of the trend rows, in the order of their first rows (trend
 * rows come sorted by series, meeting, side and topic, so the cells do too). The one fold behind
 * changes.csv and the cells of trends.svg, so that the table and the chart never disagree on a tie.
 */
export function dominantCells(trends: readonly TrendRow[]): DominantCell[] {
  return [...cellCounts(trends).values()].map(({ meeting, side, topic, counts }) => ({
    ...meeting,
    side,
    topic,
    // A cell exists only for a trend row, and a trend row counts at least one statement.
    stance: dominantStance(counts) ?? 'other',
    statements: totalOf(counts),
  }));
}

export interface ChangeOptions extends OrderOptions {
  /** Read every series as one timeline by date; rows then carry ALL_SERIES as their series. */
  acrossSeries?: boolean;
  /**
   * Further meetings for the timelines, e.g. every document of the run, so that a meeting where
   * no party spoke still counts as a step. The meetings of the trend rows are always on them.
   */
  meetings?: readonly Meeting[];
  /** A step is `weak` when either end has fewer statements than this; default DEFAULT_MIN_EVIDENCE. */
  minEvidence?: number;
  /** Options of the exact test (enumeration limit, Monte Carlo replicates and seed). */
  fisher?: FisherOptions;
}

/**
 * For each series (or ALL_SERIES), side and topic, every step between consecutive meetings in
 * date order (`compareMeetings`) where the side spoke on the topic in either meeting. Rows are
 * sorted by series, side, topic (in `OrderOptions` order) and then by step.
 */
export function changeRows(trends: readonly TrendRow[], options: ChangeOptions = {}): ChangeRow[] {
  const acrossSeries = options.acrossSeries ?? false;
  const minEvidence = checkMinEvidence(options.minEvidence ?? DEFAULT_MIN_EVIDENCE);
  const seriesOf = (meeting: Meeting): string => (acrossSeries ? ALL_SERIES : meeting.series);

  const cells = cellCounts(trends);
  const countsOf = (meeting: Meeting, side: Side, topic: string): StanceCounts =>
    cells.get(cellKey(meeting, side, topic))?.counts ?? noStatements();

  const timelines = new Map<string, Meeting[]>();
  for (const meeting of meetingsOf([...(options.meetings ?? []), ...trends])) {
    const timeline = timelines.get(seriesOf(meeting)) ?? [];
    timeline.push(meeting);
    timelines.set(seriesOf(meeting), timeline);
  }

  const sides = distinct(
    trends.map((row) => row.side),
    sideComparator(options),
  );
  const topics = distinct(
    trends.map((row) => row.topic),
    topicComparator(options),
  );
  const rows: ChangeRow[] = [];
  for (const series of [...timelines.keys()].sort(compareText)) {
    // meetingsOf gave the meetings in date order, so each timeline is in date order too.
    const timeline = timelines.get(series) ?? [];
    for (const side of sides) {
      for (const topic of topics) {
        for (let step = 1; step < timeline.length; step++) {
          const from = timeline[step - 1] as Meeting;
          const to = timeline[step] as Meeting;
          const fromCounts = countsOf(from, side, topic);
          const toCounts = countsOf(to, side, topic);
          const fromStance = dominantStance(fromCounts) ?? '';
          const toStance = dominantStance(toCounts) ?? '';
          if (fromStance === '' && toStance === '') continue;
          const test = stanceTest(fromCounts, toCounts, options.fisher);
          rows.push({
            series,
            side,
            topic,
            from_meeting: from.meeting,
            from_date: from.date,
            to_meeting: to.meeting,
            to_date: to.date,
            from_stance: fromStance,
            to_stance: toStance,
            change: changeOf(fromStance, toStance),
            from_statements: totalOf(fromCounts),
            from_explained: fromCounts.explained,
            from_raised_issues: fromCounts.raised_issues,
            from_concurred: fromCounts.concurred,
            from_other: fromCounts.other,
            to_statements: totalOf(toCounts),
            to_explained: toCounts.explained,
            to_raised_issues: toCounts.raised_issues,
            to_concurred: toCounts.concurred,
            to_other: toCounts.other,
            delta_raised_issues: shareChange(fromCounts, toCounts, 'raised_issues'),
            delta_concurred: shareChange(fromCounts, toCounts, 'concurred'),
            evidence: evidenceOf(totalOf(fromCounts), totalOf(toCounts), minEvidence),
            p_value: test?.p ?? null,
            p_method: test?.method ?? '',
          });
        }
      }
    }
  }
  return rows;
}

function changeOf(from: Stance | '', to: Stance | ''): Change {
  if (from === '') return 'new-topic';
  if (to === '') return 'dropped-topic';
  return from === to ? 'unchanged' : 'stance-shift';
}
