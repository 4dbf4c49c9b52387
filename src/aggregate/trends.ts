// trends.csv: how often each side took each stance on each topic in each meeting, with the shares
// the Manifesto Project reports for its categories (a count over the side's statements).
import type { Side, Stance, StatementRow } from '../types.js';
import { compareMeetings, type Meeting, meetingKey, meetingOf } from './meetings.js';
import {
  compareStances,
  compareText,
  isParty,
  type OrderOptions,
  sideComparator,
  topicComparator,
} from './order.js';

/** One row of trends.csv; keys in column order. Shares are raw here: see `roundTrendShares`. */
export interface TrendRow {
  series: string;
  meeting: number | null;
  date: string | null;
  doc: string;
  side: Side;
  topic: string;
  stance: Stance;
  statements: number;
  /** statements / all of the side's statements on this topic in this meeting. */
  share_of_side_topic: number;
  /** statements / all of the side's statements in this meeting. */
  share_of_side: number;
}

export const TREND_COLUMNS = [
  'series',
  'meeting',
  'date',
  'doc',
  'side',
  'topic',
  'stance',
  'statements',
  'share_of_side_topic',
  'share_of_side',
] as const satisfies readonly (keyof TrendRow)[];

interface TrendCell {
  meeting: Meeting;
  side: Side;
  topic: string;
  stance: Stance;
  n: number;
}

/** The fields of a statement row that the trends count. */
export type CountedStatement = Pick<StatementRow, keyof Meeting | 'side' | 'topic' | 'stance'> & {
  /** How many statements the row stands for (default 1): a streamed run passes counts, not rows. */
  n?: number;
};

/**
 * One row per meeting, side, topic and stance that occurs, for every side but `none`. A statement
 * counts once, under its primary `topic` (not every id in `topics`), so the shares of a side and
 * topic sum to 1. Rows are sorted by series, meeting (date order, see `compareMeetings`), side,
 * topic and stance (each in `OrderOptions` order, stances as in STANCES).
 */
export function trendRows(statements: readonly CountedStatement[], options: OrderOptions = {}): TrendRow[] {
  const counts = new Map<string, TrendCell>();
  const sideTopicTotals = new Map<string, number>();
  const sideTotals = new Map<string, number>();
  for (const row of statements) {
    if (!isParty(row.side)) continue;
    const meeting = meetingOf(row);
    const sideKey = JSON.stringify([meetingKey(meeting), row.side]);
    const sideTopicKey = JSON.stringify([sideKey, row.topic]);
    const key = JSON.stringify([sideTopicKey, row.stance]);
    const cell = counts.get(key) ?? { meeting, side: row.side, topic: row.topic, stance: row.stance, n: 0 };
    const n = row.n ?? 1;
    cell.n += n;
    counts.set(key, cell);
    sideTopicTotals.set(sideTopicKey, (sideTopicTotals.get(sideTopicKey) ?? 0) + n);
    sideTotals.set(sideKey, (sideTotals.get(sideKey) ?? 0) + n);
  }

  const rows: TrendRow[] = [];
  for (const { meeting, side, topic, stance, n } of counts.values()) {
    const sideKey = JSON.stringify([meetingKey(meeting), side]);
    const sideTopicKey = JSON.stringify([sideKey, topic]);
    rows.push({
      ...meeting,
      side,
      topic,
      stance,
      statements: n,
      share_of_side_topic: n / (sideTopicTotals.get(sideTopicKey) ?? n),
      share_of_side: n / (sideTotals.get(sideKey) ?? n),
    });
  }
  return rows.sort(trendRowComparator(options));
}

export function trendRowComparator(options: OrderOptions = {}): (a: TrendRow, b: TrendRow) => number {
  const compareSides = sideComparator(options);
  const compareTopics = topicComparator(options);
  return (a, b) =>
    compareText(a.series, b.series) ||
    compareMeetings(a, b) ||
    compareSides(a.side, b.side) ||
    compareTopics(a.topic, b.topic) ||
    compareStances(a.stance, b.stance);
}
