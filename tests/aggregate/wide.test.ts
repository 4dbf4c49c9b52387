import { describe, expect, it } from 'vitest';
import { trendRows } from '../../src/aggregate/trends.js';
import { wideTrendTable } from '../../src/aggregate/wide.js';
import { CORPUS, MEETINGS, statement, TOPICS } from './fixtures.js';

describe('wideTrendTable', () => {
  it('has a row per side, topic and stance and a column per meeting in date order', () => {
    const table = wideTrendTable(trendRows(CORPUS, { topics: TOPICS }), { topics: TOPICS });
    expect(table.header).toEqual([
      'side',
      'topic',
      'stance',
      '2021-11-17 #12 Japan-EU ICT Strategy Workshop',
      '2022-05-12 #1 Japan-EU Digital Partnership Council',
      '2022-06-01 #13 Japan-EU ICT Strategy Workshop',
      '2023-03-01 #14 Japan-EU ICT Strategy Workshop',
      '2023-07-03 #2 Japan-EU Digital Partnership Council',
    ]);
    expect(table.rows).toEqual([
      ['japan', 'platform', 'raised_issues', 1, '', '', '', ''],
      ['japan', 'data', 'explained', '', 1, '', '', 1],
      ['japan', 'ai', 'explained', 2, '', 1, '', ''],
      ['japan', 'ai', 'raised_issues', 1, '', 1, 1, ''],
      ['eu', 'data', 'explained', '', '', 1, '', ''],
      ['eu', 'data', 'raised_issues', '', 1, '', '', ''],
      ['eu', 'data', 'concurred', '', '', '', 1, 1],
      ['eu', 'ai', 'explained', 1, '', 1, '', 1],
      ['both', 'ai', 'concurred', 1, '', '', 1, ''],
    ]);
  });

  it('gives a column to a meeting where no party spoke when the meetings are given', () => {
    const quiet = { doc: 'quiet', series: 'S', meeting: null, date: null };
    const trends = trendRows([statement(MEETINGS.a12, 'eu', 'ai', 'explained')]);
    const table = wideTrendTable(trends, { meetings: [quiet] });
    expect(table.header.slice(3)).toEqual(['2021-11-17 #12 Japan-EU ICT Strategy Workshop', 'undated S']);
    expect(table.rows).toEqual([['eu', 'ai', 'explained', 1, '']]);
  });

  it('tells apart two documents that would share a column heading', () => {
    const twin = { ...MEETINGS.a12, doc: 'a12-copy' };
    const trends = trendRows([
      statement(MEETINGS.a12, 'eu', 'ai', 'explained'),
      statement(twin, 'eu', 'ai', 'explained'),
    ]);
    expect(wideTrendTable(trends).header.slice(3)).toEqual([
      '2021-11-17 #12 Japan-EU ICT Strategy Workshop (a12)',
      '2021-11-17 #12 Japan-EU ICT Strategy Workshop (a12-copy)',
    ]);
  });

  it('is empty but headed when there are no trends', () => {
    expect(wideTrendTable([])).toEqual({ header: ['side', 'topic', 'stance'], rows: [] });
  });
});
