// The charts draw one view per series: its own meetings across, in date order, under short labels.
// A series is the unit a reader follows over time; two series' meeting numbers do not interleave.
import {
  type Meeting,
  meetingKey,
  meetingLabels,
  meetingsOf,
  shortMeetingLabel,
} from '../aggregate/meetings.js';
import { compareText } from '../aggregate/order.js';

export interface Timeline<Row extends Meeting> {
  series: string;
  /** The series' rows, in the order given. */
  rows: Row[];
  /** "#12 2021" per meeting in date order, each named apart (see `meetingLabels`). */
  labels: string[];
  labelOf: (meeting: Meeting) => string;
  /** The meeting's place in date order, from 0. */
  indexOf: (meeting: Meeting) => number;
}

/**
 * One timeline per series of the rows, series in text order. `meetings` adds meetings without
 * rows (no party spoke) to the series that have rows, as empty columns; a series without rows
 * has nothing to draw and gets no view.
 */
export function timelines<Row extends Meeting>(
  rows: readonly Row[],
  meetings: readonly Meeting[] = [],
): Timeline<Row>[] {
  const bySeries = new Map<string, Row[]>();
  for (const row of rows) {
    const seriesRows = bySeries.get(row.series) ?? [];
    seriesRows.push(row);
    bySeries.set(row.series, seriesRows);
  }
  return [...bySeries.keys()].sort(compareText).map((series) => {
    const seriesRows = bySeries.get(series) ?? [];
    const seriesMeetings = meetingsOf([...meetings.filter((m) => m.series === series), ...seriesRows]);
    const labels = meetingLabels(seriesMeetings, shortMeetingLabel);
    const index = new Map(seriesMeetings.map((meeting, at) => [meetingKey(meeting), at]));
    const indexOf = (meeting: Meeting) => index.get(meetingKey(meeting)) ?? -1;
    return {
      series,
      rows: seriesRows,
      labels,
      labelOf: (meeting) => labels[indexOf(meeting)] ?? '',
      indexOf,
    };
  });
}

/** The title of a series' view; summaries whose series could not be read share one. */
export function seriesTitle(series: string) {
  return {
    text: series === '' ? '(series not stated)' : series,
    anchor: 'start' as const,
    fontSize: 13,
    offset: 4,
  };
}
