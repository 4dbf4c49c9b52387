import { describe, expect, it } from 'vitest';
import {
  ALL_SERIES,
  CHANGE_COLUMNS,
  type ChangeRow,
  changeRows,
  DOMINANCE_ORDER,
  dominantCells,
  dominantStance,
} from '../../src/aggregate/changes.js';
import { trendRows } from '../../src/aggregate/trends.js';
import { STANCES, type Stance } from '../../src/types.js';
import { CORPUS, MEETINGS, type MeetingId, statement, TOPICS } from './fixtures.js';

/** The columns changes.csv had before the counts behind each step were added (issue 15). */
const STEP_COLUMNS = [
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
type Step = Pick<ChangeRow, (typeof STEP_COLUMNS)[number]>;

/** A row cut to the step columns: the tests of this file are about steps, evidence.test.ts the counts. */
const stepOf = (row: ChangeRow): Step =>
  Object.fromEntries(STEP_COLUMNS.map((column) => [column, row[column]])) as Step;
const steps = (rows: readonly ChangeRow[]): Step[] => rows.map(stepOf);

function step(
  series: string,
  side: string,
  topic: string,
  from: MeetingId,
  to: MeetingId,
  fromStance: Stance | '',
  toStance: Stance | '',
  change: ChangeRow['change'],
): Step {
  return {
    series,
    side,
    topic,
    from_meeting: MEETINGS[from].meeting,
    from_date: MEETINGS[from].date,
    to_meeting: MEETINGS[to].meeting,
    to_date: MEETINGS[to].date,
    from_stance: fromStance,
    to_stance: toStance,
    change,
  };
}

const trends = trendRows(CORPUS, { topics: TOPICS });
const ICT = MEETINGS.a12.series;
const DPC = MEETINGS.b1.series;

describe('dominantStance', () => {
  it('takes the stance with most statements', () => {
    expect(dominantStance({ explained: 3, raised_issues: 1 })).toBe('explained');
  });

  it('breaks ties raised_issues, concurred, explained, other', () => {
    expect(dominantStance({ explained: 2, raised_issues: 2, concurred: 2 })).toBe('raised_issues');
    expect(dominantStance({ explained: 1, concurred: 1, other: 1 })).toBe('concurred');
    expect(dominantStance({ other: 1, explained: 1 })).toBe('explained');
  });

  it('is null without statements', () => {
    expect(dominantStance({})).toBeNull();
    expect(dominantStance({ explained: 0 })).toBeNull();
  });

  it('has a tie order that places every stance once', () => {
    expect([...DOMINANCE_ORDER].sort()).toEqual([...STANCES].sort());
  });
});

describe('dominantCells', () => {
  // [meeting, side, topic, dominant stance, all statements]
  const expected: [MeetingId, string, string, Stance, number][] = [
    ['a12', 'japan', 'platform', 'raised_issues', 1],
    ['a12', 'japan', 'ai', 'explained', 3],
    ['a12', 'eu', 'ai', 'explained', 1],
    ['a12', 'both', 'ai', 'concurred', 1],
    ['b1', 'japan', 'data', 'explained', 1],
    ['b1', 'eu', 'data', 'raised_issues', 1],
    ['a13', 'japan', 'ai', 'raised_issues', 2], // a 1-1 tie with explained
    ['a13', 'eu', 'data', 'explained', 1],
    ['a13', 'eu', 'ai', 'explained', 1],
    ['a14', 'japan', 'ai', 'raised_issues', 1],
    ['a14', 'eu', 'data', 'concurred', 1],
    ['a14', 'both', 'ai', 'concurred', 1],
    ['b2', 'japan', 'data', 'explained', 1],
    ['b2', 'eu', 'data', 'concurred', 1],
    ['b2', 'eu', 'ai', 'explained', 1],
  ];

  it('reads each meeting, side and topic as one stance, in the order of the trend rows', () => {
    // Trend rows come by series first: the Council (b) before the Workshop (a).
    const bySeries = [...expected].sort(([a], [b]) => MEETINGS[a].series.localeCompare(MEETINGS[b].series));
    expect(dominantCells(trends)).toEqual(
      bySeries.map(([id, side, topic, stance, statements]) => ({
        ...MEETINGS[id],
        side,
        topic,
        stance,
        statements,
      })),
    );
  });

  it('agrees with changes.csv on every step', () => {
    const cells = new Map(dominantCells(trends).map((c) => [`${c.doc} ${c.side} ${c.topic}`, c.stance]));
    for (const change of changeRows(trends, { topics: TOPICS })) {
      const to = Object.values(MEETINGS).find(
        (m) => m.series === change.series && m.meeting === change.to_meeting,
      );
      expect(cells.get(`${to?.doc} ${change.side} ${change.topic}`) ?? '').toBe(change.to_stance);
    }
  });
});

describe('changeRows', () => {
  it('steps through each series in date order', () => {
    expect(steps(changeRows(trends, { topics: TOPICS }))).toEqual([
      step(DPC, 'japan', 'data', 'b1', 'b2', 'explained', 'explained', 'unchanged'),
      step(DPC, 'eu', 'data', 'b1', 'b2', 'raised_issues', 'concurred', 'stance-shift'),
      step(DPC, 'eu', 'ai', 'b1', 'b2', '', 'explained', 'new-topic'),
      step(ICT, 'japan', 'platform', 'a12', 'a13', 'raised_issues', '', 'dropped-topic'),
      // 2 explained to 1 raised issue, then a tie that raised_issues wins.
      step(ICT, 'japan', 'ai', 'a12', 'a13', 'explained', 'raised_issues', 'stance-shift'),
      step(ICT, 'japan', 'ai', 'a13', 'a14', 'raised_issues', 'raised_issues', 'unchanged'),
      step(ICT, 'eu', 'data', 'a12', 'a13', '', 'explained', 'new-topic'),
      step(ICT, 'eu', 'data', 'a13', 'a14', 'explained', 'concurred', 'stance-shift'),
      step(ICT, 'eu', 'ai', 'a12', 'a13', 'explained', 'explained', 'unchanged'),
      step(ICT, 'eu', 'ai', 'a13', 'a14', 'explained', '', 'dropped-topic'),
      step(ICT, 'both', 'ai', 'a12', 'a13', 'concurred', '', 'dropped-topic'),
      step(ICT, 'both', 'ai', 'a13', 'a14', '', 'concurred', 'new-topic'),
    ]);
  });

  it('reads all series as one timeline by date with acrossSeries', () => {
    const all = ALL_SERIES;
    expect(steps(changeRows(trends, { topics: TOPICS, acrossSeries: true }))).toEqual([
      step(all, 'japan', 'platform', 'a12', 'b1', 'raised_issues', '', 'dropped-topic'),
      step(all, 'japan', 'data', 'a12', 'b1', '', 'explained', 'new-topic'),
      step(all, 'japan', 'data', 'b1', 'a13', 'explained', '', 'dropped-topic'),
      step(all, 'japan', 'data', 'a14', 'b2', '', 'explained', 'new-topic'),
      step(all, 'japan', 'ai', 'a12', 'b1', 'explained', '', 'dropped-topic'),
      step(all, 'japan', 'ai', 'b1', 'a13', '', 'raised_issues', 'new-topic'),
      step(all, 'japan', 'ai', 'a13', 'a14', 'raised_issues', 'raised_issues', 'unchanged'),
      step(all, 'japan', 'ai', 'a14', 'b2', 'raised_issues', '', 'dropped-topic'),
      step(all, 'eu', 'data', 'a12', 'b1', '', 'raised_issues', 'new-topic'),
      step(all, 'eu', 'data', 'b1', 'a13', 'raised_issues', 'explained', 'stance-shift'),
      step(all, 'eu', 'data', 'a13', 'a14', 'explained', 'concurred', 'stance-shift'),
      step(all, 'eu', 'data', 'a14', 'b2', 'concurred', 'concurred', 'unchanged'),
      step(all, 'eu', 'ai', 'a12', 'b1', 'explained', '', 'dropped-topic'),
      step(all, 'eu', 'ai', 'b1', 'a13', '', 'explained', 'new-topic'),
      step(all, 'eu', 'ai', 'a13', 'a14', 'explained', '', 'dropped-topic'),
      step(all, 'eu', 'ai', 'a14', 'b2', '', 'explained', 'new-topic'),
      step(all, 'both', 'ai', 'a12', 'b1', 'concurred', '', 'dropped-topic'),
      step(all, 'both', 'ai', 'a13', 'a14', '', 'concurred', 'new-topic'),
      step(all, 'both', 'ai', 'a14', 'b2', 'concurred', '', 'dropped-topic'),
    ]);
  });

  it('keeps the step columns first, in their order; the counts come after them', () => {
    expect(CHANGE_COLUMNS.slice(0, STEP_COLUMNS.length)).toEqual([...STEP_COLUMNS]);
  });

  it('gives its rows the columns of changes.csv, in order', () => {
    const [first] = changeRows(trends);
    expect(Object.keys(first ?? {})).toEqual([...CHANGE_COLUMNS]);
  });

  it('finds no change in a single meeting', () => {
    const seed = CORPUS.filter((row) => row.doc === 'a12');
    expect(changeRows(trendRows(seed))).toEqual([]);
    expect(changeRows(trendRows(seed), { acrossSeries: true })).toEqual([]);
    expect(changeRows([])).toEqual([]);
  });

  it('counts a meeting where no party spoke as a step when the meetings are given', () => {
    const quiet = { doc: 'quiet', series: ICT, meeting: 99, date: '2022-01-01' };
    const twoMeetings = trendRows([
      statement(MEETINGS.a12, 'eu', 'ai', 'explained'),
      statement(MEETINGS.a13, 'eu', 'ai', 'explained'),
    ]);
    expect(changeRows(twoMeetings).map((r) => r.change)).toEqual(['unchanged']);
    const withQuiet = changeRows(twoMeetings, { meetings: [MEETINGS.a12, quiet, MEETINGS.a13] });
    expect(withQuiet.map((r) => [r.from_meeting, r.to_meeting, r.change])).toEqual([
      [12, 99, 'dropped-topic'],
      [99, 13, 'new-topic'],
    ]);
  });
});
