import { describe, expect, it } from 'vitest';
import { roundTrendShares } from '../../src/aggregate/round.js';
import { TREND_COLUMNS, type TrendRow, trendRows } from '../../src/aggregate/trends.js';
import type { Stance } from '../../src/types.js';
import { CORPUS, MEETINGS, type MeetingId, statement, TOPICS } from './fixtures.js';

function row(
  id: MeetingId,
  side: string,
  topic: string,
  stance: Stance,
  statements: number,
  shareOfSideTopic: number,
  shareOfSide: number,
): TrendRow {
  const { doc, series, meeting, date } = MEETINGS[id];
  return {
    series,
    meeting,
    date,
    doc,
    side,
    topic,
    stance,
    statements,
    share_of_side_topic: shareOfSideTopic,
    share_of_side: shareOfSide,
  };
}

describe('trendRows', () => {
  it('counts each side, topic and stance per meeting, series by series in date order', () => {
    expect(trendRows(CORPUS, { topics: TOPICS })).toEqual([
      // Japan-EU Digital Partnership Council sorts before Japan-EU ICT Strategy Workshop.
      row('b1', 'japan', 'data', 'explained', 1, 1, 1),
      row('b1', 'eu', 'data', 'raised_issues', 1, 1, 1),
      row('b2', 'japan', 'data', 'explained', 1, 1, 1),
      row('b2', 'eu', 'data', 'concurred', 1, 1, 0.5),
      row('b2', 'eu', 'ai', 'explained', 1, 1, 0.5),
      row('a12', 'japan', 'platform', 'raised_issues', 1, 1, 0.25),
      row('a12', 'japan', 'ai', 'explained', 2, 2 / 3, 0.5),
      row('a12', 'japan', 'ai', 'raised_issues', 1, 1 / 3, 0.25),
      row('a12', 'eu', 'ai', 'explained', 1, 1, 1),
      row('a12', 'both', 'ai', 'concurred', 1, 1, 1),
      row('a13', 'japan', 'ai', 'explained', 1, 0.5, 0.5),
      row('a13', 'japan', 'ai', 'raised_issues', 1, 0.5, 0.5),
      row('a13', 'eu', 'data', 'explained', 1, 1, 0.5),
      row('a13', 'eu', 'ai', 'explained', 1, 1, 0.5),
      row('a14', 'japan', 'ai', 'raised_issues', 1, 1, 1),
      row('a14', 'eu', 'data', 'concurred', 1, 1, 1),
      row('a14', 'both', 'ai', 'concurred', 1, 1, 1),
    ]);
  });

  it('gives its rows the columns of trends.csv, in order', () => {
    const [first] = trendRows(CORPUS);
    expect(Object.keys(first ?? {})).toEqual([...TREND_COLUMNS]);
  });

  it('leaves out the none side', () => {
    const none = [statement(MEETINGS.a12, 'none', 'ai', 'other')];
    expect(trendRows(none)).toEqual([]);
    expect(trendRows(CORPUS).some((r) => r.side === 'none')).toBe(false);
  });

  it('lists topics alphabetically without a codebook order, and unknown sides after the given ones', () => {
    const rows = [
      statement(MEETINGS.a12, 'zz', 'b', 'other'),
      statement(MEETINGS.a12, 'eu', 'b', 'other'),
      statement(MEETINGS.a12, 'aa', 'a', 'other'),
      statement(MEETINGS.a12, 'japan', 'b', 'other'),
      statement(MEETINGS.a12, 'japan', 'a', 'other'),
    ];
    const order = trendRows(rows).map((r) => `${r.side}/${r.topic}`);
    expect(order).toEqual(['japan/a', 'japan/b', 'eu/b', 'aa/a', 'zz/b']);
    const codebookSides = trendRows(rows, { sides: ['eu', 'zz'] }).map((r) => r.side);
    expect(codebookSides).toEqual(['eu', 'zz', 'aa', 'japan', 'japan']);
  });

  it('puts undated meetings and meetings without a number last', () => {
    const series = 'S';
    const rows = [
      statement({ doc: 'undated', series, meeting: 1, date: null }, 'eu', 't', 'other'),
      statement({ doc: 'later', series, meeting: 3, date: '2022-01-01' }, 'eu', 't', 'other'),
      statement({ doc: 'unnumbered', series, meeting: null, date: '2021-01-01' }, 'eu', 't', 'other'),
      statement({ doc: 'earlier', series, meeting: 2, date: '2021-01-01' }, 'eu', 't', 'other'),
    ];
    expect(trendRows(rows).map((r) => r.doc)).toEqual(['earlier', 'unnumbered', 'later', 'undated']);
  });

  it('counts a statement under its primary topic only', () => {
    const multi = { ...statement(MEETINGS.a12, 'eu', 'ai', 'explained'), topics: ['data', 'ai'] };
    expect(trendRows([multi]).map((r) => r.topic)).toEqual(['ai']);
  });

  it('is the same whatever order the statements come in', () => {
    expect(trendRows([...CORPUS].reverse(), { topics: TOPICS })).toEqual(
      trendRows(CORPUS, { topics: TOPICS }),
    );
  });
});

describe('roundTrendShares', () => {
  it('rounds shares to four decimals and leaves the raw rows alone', () => {
    const raw = trendRows(CORPUS, { topics: TOPICS });
    const rounded = roundTrendShares(raw);
    const a12 = rounded.filter((r) => r.doc === 'a12' && r.side === 'japan' && r.topic === 'ai');
    expect(a12.map((r) => r.share_of_side_topic)).toEqual([0.6667, 0.3333]);
    expect(raw.find((r) => r.doc === 'a12' && r.stance === 'explained')?.share_of_side_topic).toBe(2 / 3);
  });
});
