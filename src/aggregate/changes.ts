// changes.csv: how each side's position on each topic moved from one meeting of a series to the
// next, judged by the side's dominant stance in each meeting.
import type { Side, Stance } from '../types.js';
import { type Meeting, meetingKey, meetingsOf } from './meetings.js';
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

/** The stance with the most statements; ties go to the earlier one in DOMINANCE_ORDER. */
export function dominantStance(counts: Partial<Record<Stance, number>>): Stance | null {
  let best: Stance | null = null;
  for (const stance of DOMINANCE_ORDER) {
    const n = counts[stance] ?? 0;
    if (n > 0 && (best === null || n > (counts[best] ?? 0))) best = stance;
  }
  return best;
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

  const stanceCounts = new Map<string, Partial<Record<Stance, number>>>();
  for (const row of trends) {
    const key = JSON.stringify([meetingKey(row), row.side, row.topic]);
    const counts = stanceCounts.get(key) ?? {};
    counts[row.stance] = (counts[row.stance] ?? 0) + row.statements;
    stanceCounts.set(key, counts);
  }
  const dominant = (meeting: Meeting, side: Side, topic: string): Stance | '' =>
    dominantStance(stanceCounts.get(JSON.stringify([meetingKey(meeting), side, topic])) ?? {}) ?? '';

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
