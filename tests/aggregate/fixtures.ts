// A corpus of five meetings in two series with known stance shifts, as statements.csv rows.
import type { Stance, StatementRow } from '../../src/types.js';

export const ICT = 'Japan-EU ICT Strategy Workshop';
export const DPC = 'Japan-EU Digital Partnership Council';

export const MEETINGS = {
  a12: { doc: 'a12', series: ICT, meeting: 12, date: '2021-11-17' },
  b1: { doc: 'b1', series: DPC, meeting: 1, date: '2022-05-12' },
  a13: { doc: 'a13', series: ICT, meeting: 13, date: '2022-06-01' },
  a14: { doc: 'a14', series: ICT, meeting: 14, date: '2023-03-01' },
  b2: { doc: 'b2', series: DPC, meeting: 2, date: '2023-07-03' },
} as const;

export type MeetingId = keyof typeof MEETINGS;

/** Codebook topic order, deliberately not alphabetical. */
export const TOPICS = ['platform', 'data', 'ai'];

export function statement(
  meeting: { doc: string; series: string; meeting: number | null; date: string | null },
  side: string,
  topic: string,
  stance: Stance,
  index = 1,
): StatementRow {
  return {
    ...meeting,
    lang: 'en',
    counted: true,
    section: '',
    sentence: index,
    statement: 1,
    side,
    stance,
    topic,
    topics: [topic],
    cue: '',
    text: `${side} on ${topic}`,
    start: 0,
    end: 1,
    extra: {},
  };
}

// [meeting, side, topic, stance, how many]
const PLAN: [MeetingId, string, string, Stance, number][] = [
  ['a12', 'japan', 'ai', 'explained', 2],
  ['a12', 'japan', 'ai', 'raised_issues', 1],
  ['a12', 'japan', 'platform', 'raised_issues', 1],
  ['a12', 'eu', 'ai', 'explained', 1],
  ['a12', 'both', 'ai', 'concurred', 1],
  ['a12', 'none', 'ai', 'other', 1],
  ['a13', 'japan', 'ai', 'raised_issues', 1],
  ['a13', 'japan', 'ai', 'explained', 1],
  ['a13', 'eu', 'ai', 'explained', 1],
  ['a13', 'eu', 'data', 'explained', 1],
  ['a14', 'japan', 'ai', 'raised_issues', 1],
  ['a14', 'eu', 'data', 'concurred', 1],
  ['a14', 'both', 'ai', 'concurred', 1],
  ['b1', 'japan', 'data', 'explained', 1],
  ['b1', 'eu', 'data', 'raised_issues', 1],
  ['b1', 'none', 'data', 'other', 2],
  ['b2', 'japan', 'data', 'explained', 1],
  ['b2', 'eu', 'data', 'concurred', 1],
  ['b2', 'eu', 'ai', 'explained', 1],
];

export const CORPUS: StatementRow[] = PLAN.flatMap(([id, side, topic, stance, n]) =>
  Array.from({ length: n }, (_, i) => statement(MEETINGS[id], side, topic, stance, i + 1)),
);
