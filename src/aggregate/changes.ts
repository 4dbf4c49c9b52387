// changes.csv: how each side's position on each topic moved from one meeting of a series to the
// next, judged by the side's dominant stance in each meeting.
import type { Side, Stance } from '../types.js';
import { type Meeting, meetingKey, meetingOf, meetingsOf } from './meetings.js';
import { compareText, distinct, type OrderOptions, sideComparator, topicComparator } from './order.js';
import type { TrendRow } from './trends.js';

export type Change = 'new-topic' | 'dropped-topic' | 'stance-shift' | 'unchanged';

/** One row of changes.csv; keys in column order. Stances are '' where the side did not speak. */
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

type StanceCounts = Partial<Record<Stance, number>>;

/** The stance with the most statements; ties go to the earlier one in DOMINANCE_ORDER. */
export function dominantStance(counts: StanceCounts): Stance | null {
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

/**
 * One cell per meeting, side and topic of the trend rows, in the order of their first rows (trend
 * rows come sorted by series, meeting, side and topic, so the cells do too). The one fold behind
 * changes.csv and the cells of trends.svg, so that the table and the chart never disagree on a tie.
 */
export function dominantCells(trends: readonly TrendRow[]): DominantCell[] {
  const cells = new Map<string, { meeting: Meeting; side: Side; topic: string; counts: StanceCounts }>();
  for (const row of trends) {
    const key = cellKey(row, row.side, row.topic);
    const cell = cells.get(key) ?? { meeting: meetingOf(row), side: row.side, topic: row.topic, counts: {} };
    cell.counts[row.stance] = (cell.counts[row.stance] ?? 0) + row.statements;
    cells.set(key, cell);
  }
  return [...cells.values()].map(({ meeting, side, topic, counts }) => ({
    ...meeting,
    side,
    topic,
    // A cell exists only for a trend row, and a trend row counts at least one statement.
    stance: dominantStance(counts) ?? 'other',
    statements: Object.values(counts).reduce((sum, n) => sum + n, 0),
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
}

/**
 * For each series (or ALL_SERIES), side and topic, every step between consecutive meetings in
 * date order (`compareMeetings`) where the side spoke on the topic in either meeting. Rows are
 * sorted by series, side, topic (in `OrderOptions` order) and then by step.
 */
export function changeRows(trends: readonly TrendRow[], options: ChangeOptions = {}): ChangeRow[] {
  const acrossSeries = options.acrossSeries ?? false;
  const seriesOf = (meeting: Meeting): string => (acrossSeries ? ALL_SERIES : meeting.series);

  const dominantOf = new Map(
    dominantCells(trends).map((cell) => [cellKey(cell, cell.side, cell.topic), cell.stance]),
  );
  const dominant = (meeting: Meeting, side: Side, topic: string): Stance | '' =>
    dominantOf.get(cellKey(meeting, side, topic)) ?? '';

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
          const fromStance = dominant(from, side, topic);
          const toStance = dominant(to, side, topic);
          if (fromStance === '' && toStance === '') continue;
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
