// A meeting is one document of the corpus: its summary is the only record of that meeting, so the
// doc id identifies it and series, number and date describe it.
import { compareText } from './order.js';

export interface Meeting {
  series: string;
  meeting: number | null;
  date: string | null;
  doc: string;
}

export function meetingOf(row: Meeting): Meeting {
  return { series: row.series, meeting: row.meeting, date: row.date, doc: row.doc };
}

/** A string that is equal for equal meetings, for use as a map key. */
export function meetingKey(meeting: Meeting): string {
  return JSON.stringify([meeting.series, meeting.meeting, meeting.date, meeting.doc]);
}

/**
 * Date order: by date, then meeting number, then doc id (then series, so the order is total). A
 * missing date or number sorts after every present one: an undated summary cannot be placed on
 * the timeline, so it goes to the end rather than to a guessed place. ISO dates sort as text.
 */
export function compareMeetings(a: Meeting, b: Meeting): number {
  return (
    compareMissingLast(a.date, b.date, compareText) ||
    compareMissingLast(a.meeting, b.meeting, (x, y) => x - y) ||
    compareText(a.doc, b.doc) ||
    compareText(a.series, b.series)
  );
}

function compareMissingLast<T>(a: T | null, b: T | null, compare: (x: T, y: T) => number): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return compare(a, b);
}

/** Every meeting of the rows once, in date order. */
export function meetingsOf(rows: readonly Meeting[]): Meeting[] {
  const byKey = new Map<string, Meeting>();
  for (const row of rows) {
    const meeting = meetingOf(row);
    byKey.set(meetingKey(meeting), meeting);
  }
  return [...byKey.values()].sort(compareMeetings);
}

/** "2021-11-17 #12 Japan-EU ICT Strategy Workshop"; parts that are missing are left out. */
export function meetingLabel(meeting: Meeting): string {
  const parts = [meeting.date ?? 'undated'];
  if (meeting.meeting !== null) parts.push(`#${meeting.meeting}`);
  if (meeting.series !== '') parts.push(meeting.series);
  return parts.join(' ');
}

/**
 * "#12 2021": a meeting within its series, short enough for a chart column of 20 pixels. Without
 * a number the date stands in whole (two meetings of a year still differ); without both, "undated".
 */
export function shortMeetingLabel(meeting: Meeting): string {
  if (meeting.meeting === null) return meeting.date ?? 'undated';
  return meeting.date === null ? `#${meeting.meeting}` : `#${meeting.meeting} ${meeting.date.slice(0, 4)}`;
}

/**
 * Labels for meetings in the given order; two meetings that would share a label (same date,
 * number and series in two documents) get their doc id added, so every column is named apart.
 */
export function meetingLabels(
  meetings: readonly Meeting[],
  label: (meeting: Meeting) => string = meetingLabel,
): string[] {
  const labels = meetings.map(label);
  const counts = new Map<string, number>();
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  return labels.map((label, index) =>
    (counts.get(label) ?? 0) > 1 ? `${label} (${meetings[index]?.doc})` : label,
  );
}
