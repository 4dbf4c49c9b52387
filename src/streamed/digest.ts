// What a streamed run keeps of a document once it is analysed: the few numbers and names the
// reports that span documents need (meetings, trends, crosslang, documents.csv, run.json). The rest,
// its sentences and statements, goes to the spools (spools.ts) and the document is dropped.
import { isParty } from '../aggregate/order.js';
import type { Release } from '../aggregate/releases.js';
import type { Cell } from '../report/csv.js';
import { documentMeetings, type MeetingRef } from '../report/review/data.js';
import { documentCells } from '../report/tables.js';
import type { AnalyzedDocument, Side, Stance } from '../types.js';

/** Statements of one side, topic and stance. */
export interface CellCount {
  side: Side;
  topic: string;
  stance: Stance;
  n: number;
}

export interface DocumentDigest {
  release: Release;
  /** The series, number and date of the document's metadata: a statement's meeting when its index has none. */
  ownMeeting: MeetingRef;
  /** The meetings the review page lists for it (see documentMeetings). */
  reviewMeetings: MeetingRef[];
  /** Its documents.csv row, less the metadata.csv columns. */
  documentRow: Cell[];
  /** Its metadata.csv columns. */
  extra: Record<string, string>;
  input: { doc: string; path: string; bytes: number; sha256: string };
  sentences: number;
  statements: number;
  /** By statement meeting index: its statements, and those with no side (meetings.csv). */
  meetingCounts: Map<number, { statements: number; none: number }>;
  /** By statement meeting index, by cell key: the party statements (trends.csv). */
  trendCells: Map<number, Map<string, CellCount>>;
  /** By meeting (JSON of series, number, date), by cell key: the party statements (crosslang.csv). */
  crossCells: Map<string, Map<string, number>>;
}

/** A statement's meeting as statements.csv gives it: its meeting's, else the document's own. */
export function statementMeeting(digest: DocumentDigest, index: number): MeetingRef {
  return digest.release.meetings[index] ?? digest.ownMeeting;
}

export const crossKey = (meeting: MeetingRef): string =>
  JSON.stringify([meeting.series, meeting.meeting, meeting.date]);

/** The digest of one analysed document (`input`: its run.json record). */
export function digestDocument(document: AnalyzedDocument, input: DocumentDigest['input']): DocumentDigest {
  const { source, lang, structure, sentences, statements } = document;
  const { metadata } = structure;
  const digest: DocumentDigest = {
    release: { doc: source.id, lang, meetings: metadata.meetings },
    ownMeeting: { series: metadata.series, meeting: metadata.meeting, date: metadata.date },
    reviewMeetings: documentMeetings(document),
    documentRow: documentCells(document),
    extra: metadata.extra,
    input,
    sentences: sentences.length,
    statements: statements.length,
    meetingCounts: new Map(),
    trendCells: new Map(),
    crossCells: new Map(),
  };
  for (const statement of statements) {
    const counts = digest.meetingCounts.get(statement.meeting) ?? { statements: 0, none: 0 };
    counts.statements++;
    if (statement.side === 'none') counts.none++;
    digest.meetingCounts.set(statement.meeting, counts);
    if (!isParty(statement.side)) continue;
    const key = JSON.stringify([statement.side, statement.topic, statement.stance]);
    const trend = digest.trendCells.get(statement.meeting) ?? new Map<string, CellCount>();
    const cell = trend.get(key) ?? {
      side: statement.side,
      topic: statement.topic,
      stance: statement.stance,
      n: 0,
    };
    cell.n++;
    trend.set(key, cell);
    digest.trendCells.set(statement.meeting, trend);
    const meetingKey = crossKey(statementMeeting(digest, statement.meeting));
    const cross = digest.crossCells.get(meetingKey) ?? new Map<string, number>();
    cross.set(key, (cross.get(key) ?? 0) + 1);
    digest.crossCells.set(meetingKey, cross);
  }
  return digest;
}
