import { describe, expect, it } from 'vitest';
import { meetingLabels, shortMeetingLabel } from '../../src/aggregate/meetings.js';
import { stanceShares } from '../../src/aggregate/shares.js';
import { trendRows } from '../../src/aggregate/trends.js';
import { STANCES } from '../../src/types.js';
import { CORPUS, ICT, MEETINGS, TOPICS } from './fixtures.js';

const trends = trendRows(CORPUS, { topics: TOPICS });

/** [stance, statements, share] of one side at one meeting. */
function sharesAt(rows: ReturnType<typeof stanceShares>, doc: string, side: string) {
  return rows
    .filter((row) => row.doc === doc && row.side === side)
    .map((r) => [r.stance, r.statements, r.share]);
}

describe('stanceShares', () => {
  it("gives every stance's share of a side's statements in a meeting, all topics, zeros included", () => {
    // Japan at the 12th workshop: ai explained 2, ai raised 1, platform raised 1.
    expect(sharesAt(stanceShares(trends), 'a12', 'japan')).toEqual([
      ['explained', 2, 0.5],
      ['raised_issues', 2, 0.5],
      ['concurred', 0, 0],
      ['other', 0, 0],
    ]);
  });

  it('sums to 1 for every meeting and side, and leaves out sides that said nothing', () => {
    const rows = stanceShares(trends);
    const sums = new Map<string, number>();
    for (const row of rows)
      sums.set(`${row.doc} ${row.side}`, (sums.get(`${row.doc} ${row.side}`) ?? 0) + row.share);
    for (const sum of sums.values()) expect(sum).toBeCloseTo(1, 12);
    expect(sharesAt(rows, 'a13', 'both')).toEqual([]);
    expect(rows.length).toBe(sums.size * STANCES.length);
  });

  it('pools each meeting with the ones before it in its series when given a window', () => {
    const rows = stanceShares(trends, { window: 2 });
    // Japan at the 13th workshop, pooled with the 12th: explained 2+1, raised 2+1 of 6.
    expect(sharesAt(rows, 'a13', 'japan')).toEqual([
      ['explained', 3, 0.5],
      ['raised_issues', 3, 0.5],
      ['concurred', 0, 0],
      ['other', 0, 0],
    ]);
    // Both sides said nothing at the 13th, but did at the 12th: the window still holds a point.
    expect(sharesAt(rows, 'a13', 'both')).toEqual([
      ['explained', 0, 0],
      ['raised_issues', 0, 0],
      ['concurred', 1, 1],
      ['other', 0, 0],
    ]);
    // Windows stay within a series: the Council's first meeting stands alone.
    expect(sharesAt(rows, 'b1', 'eu')).toEqual(sharesAt(stanceShares(trends), 'b1', 'eu'));
  });

  it('orders rows by series, meeting, side and stance', () => {
    const rows = stanceShares(trends, { sides: ['eu', 'japan', 'both'] });
    const ict = rows.filter((row) => row.series === ICT && row.stance === 'explained');
    expect(ict.map((row) => `${row.doc} ${row.side}`)).toEqual([
      'a12 eu',
      'a12 japan',
      'a12 both',
      'a13 eu',
      'a13 japan',
      'a14 eu',
      'a14 japan',
      'a14 both',
    ]);
    const series = rows.map((row) => row.series);
    expect(series).toEqual([...series].sort());
  });
});

describe('shortMeetingLabel', () => {
  // [meeting number, date, label]
  const cases: [number | null, string | null, string][] = [
    [12, '2021-11-17', '#12 2021'],
    [12, null, '#12'],
    [null, '2021-11-17', '2021-11-17'],
    [null, null, 'undated'],
  ];
  it.each(cases)('labels meeting %s of %s as %s', (meeting, date, label) => {
    expect(shortMeetingLabel({ series: ICT, meeting, date, doc: 'x' })).toBe(label);
  });

  it('names two meetings that would share a label apart by their doc id', () => {
    const twice = [MEETINGS.a12, { ...MEETINGS.a12, doc: 'a12-ja' }];
    expect(meetingLabels(twice, shortMeetingLabel)).toEqual(['#12 2021 (a12)', '#12 2021 (a12-ja)']);
  });
});
