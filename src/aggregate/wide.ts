// trends-wide.csv: the trend counts pivoted so a spreadsheet shows one line per side, topic and
// stance and the meetings across, in date order.
import { type Meeting, meetingKey, meetingLabels, meetingsOf } from './meetings.js';
import { compareStances, type OrderOptions, sideComparator, topicComparator } from './order.js';
import type { TrendRow } from './trends.js';

export interface WideTable {
  /** 'side', 'topic', 'stance', then one label per meeting (see `meetingLabels`). */
  header: string[];
  /** Side, topic, stance, then per meeting the count, or '' where there is none. */
  rows: (string | number)[][];
}

export interface WideOptions extends OrderOptions {
  /**
   * Further meetings to give a column, e.g. every document of the run, so a meeting where no
   * party spoke still shows (empty). The meetings of the trend rows always get one.
   */
  meetings?: readonly Meeting[];
}

export function wideTrendTable(trends: readonly TrendRow[], options: WideOptions = {}): WideTable {
  const meetings = meetingsOf([...(options.meetings ?? []), ...trends]);
  const column = new Map(meetings.map((meeting, index) => [meetingKey(meeting), index]));

  const compareSides = sideComparator(options);
  const compareTopics = topicComparator(options);
  const lines = new Map<string, { row: TrendRow; cells: (number | '')[] }>();
  for (const row of trends) {
    const index = column.get(meetingKey(row));
    if (index === undefined) continue; // cannot happen: every trend row's meeting has a column
    const lineKey = JSON.stringify([row.side, row.topic, row.stance]);
    const line = lines.get(lineKey) ?? { row, cells: meetings.map((): number | '' => '') };
    lines.set(lineKey, line);
    line.cells[index] = Number(line.cells[index] || 0) + row.statements;
  }

  const sorted = [...lines.values()].sort(
    (a, b) =>
      compareSides(a.row.side, b.row.side) ||
      compareTopics(a.row.topic, b.row.topic) ||
      compareStances(a.row.stance, b.row.stance),
  );
  return {
    header: ['side', 'topic', 'stance', ...meetingLabels(meetings)],
    rows: sorted.map(({ row, cells }) => [row.side, row.topic, row.stance, ...cells]),
  };
}
