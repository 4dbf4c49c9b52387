// How a side's statements divide between the stances, all topics together, meeting by meeting or
// over the last few meetings of a series: the data of shares.svg, which asks whether a side raises
// more issues (or concurs more) as a series goes on.
import { type Side, STANCES, type Stance } from '../types.js';
import { type Meeting, meetingKey, meetingsOf } from './meetings.js';
import { compareText, distinct, type OrderOptions, sideComparator } from './order.js';
import type { TrendRow } from './trends.js';

export interface StanceShare extends Meeting {
  side: Side;
  stance: Stance;
  /** The side's statements of the stance in the window ending at this meeting. */
  statements: number;
  /** statements / all the side's statements in the window (with a window of 1: share_of_side, summed). */
  share: number;
}

export interface ShareOptions extends OrderOptions {
  /**
   * Pool each meeting with the meetings before it in its series, this many in all (default 1:
   * the meeting alone). Over a long series the share of one meeting's few statements jumps
   * from 0 to 1 and back; pooled, the statements of several meetings show the drift.
   */
  window?: number;
  /** Further meetings for the series' timelines (a meeting where no party spoke still counts). */
  meetings?: readonly Meeting[];
}

/**
 * For every series, meeting (date order) and side that made statements within the window ending at
 * the meeting, one row per stance, zeros included: a stance the side did not take while it spoke
 * has a share of 0, which is a finding, not a gap. Rows by series, meeting (see `compareMeetings`),
 * side (in `OrderOptions` order) and stance (as in STANCES).
 */
export function stanceShares(trends: readonly TrendRow[], options: ShareOptions = {}): StanceShare[] {
  const window = Math.max(1, Math.floor(options.window ?? 1));
  const counts = new Map<string, Map<Stance, number>>();
  for (const row of trends) {
    const key = JSON.stringify([meetingKey(row), row.side]);
    const stances = counts.get(key) ?? new Map<Stance, number>();
    stances.set(row.stance, (stances.get(row.stance) ?? 0) + row.statements);
    counts.set(key, stances);
  }
  const sides = distinct(
    trends.map((row) => row.side),
    sideComparator(options),
  );

  const timelines = new Map<string, Meeting[]>();
  for (const meeting of meetingsOf([...(options.meetings ?? []), ...trends])) {
    const timeline = timelines.get(meeting.series) ?? [];
    timeline.push(meeting);
    timelines.set(meeting.series, timeline);
  }
  const rows: StanceShare[] = [];
  for (const series of [...timelines.keys()].sort(compareText)) {
    const timeline = timelines.get(series) ?? [];
    timeline.forEach((meeting, index) => {
      const pooled = timeline.slice(Math.max(0, index - window + 1), index + 1);
      for (const side of sides) {
        const totals = new Map<Stance, number>();
        for (const earlier of pooled) {
          for (const [stance, n] of counts.get(JSON.stringify([meetingKey(earlier), side])) ?? []) {
            totals.set(stance, (totals.get(stance) ?? 0) + n);
          }
        }
        const all = [...totals.values()].reduce((sum, n) => sum + n, 0);
        if (all === 0) continue;
        for (const stance of STANCES) {
          const statements = totals.get(stance) ?? 0;
          rows.push({ ...meeting, side, stance, statements, share: statements / all });
        }
      }
    });
  }
  return rows;
}
