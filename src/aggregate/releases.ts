// One meeting, several releases: the Japanese and the English release of one workshop, or the
// releases of both co-chairs. Every release is analysed, but trends must count the meeting once.
// A meeting is its series and number (or, without a number, its series and date); the release
// counted is the one in the preferred language, then the one devoted to that meeting alone, then
// the first by document id.
import type { LanguageId } from '../lang/types.js';
import type { AnalyzedDocument, DocumentMeeting } from '../types.js';
import { compareText } from './order.js';

/** A meeting as one release reports it. */
export interface Report {
  doc: string;
  lang: LanguageId;
  /** Index into the document's `metadata.meetings`. */
  index: number;
  meeting: DocumentMeeting;
  /** How many meetings the release reports. */
  meetings: number;
}

/** The key that is equal for two reports of one meeting. */
export function meetingIdentity(meeting: DocumentMeeting, doc: string): string {
  if (meeting.series !== '' && meeting.meeting !== null)
    return JSON.stringify([meeting.series, meeting.meeting]);
  if (meeting.series !== '' && meeting.date !== null)
    return JSON.stringify([meeting.series, null, meeting.date]);
  // Nothing tells this meeting apart from another: it is its release's own.
  return JSON.stringify([meeting.series, meeting.meeting, meeting.date, doc]);
}

export interface CountedMeetings {
  /** Every meeting once, in date order, with all its reports, the counted one first. */
  meetings: Report[][];
  /** Is the meeting `index` of document `doc` the counted report of its meeting? */
  isCounted(doc: string, index: number): boolean;
}

/** What countMeetings needs of a release: a streamed run keeps only this of each document. */
export interface Release {
  doc: string;
  lang: LanguageId;
  meetings: readonly DocumentMeeting[];
}

export const releaseOf = (document: AnalyzedDocument): Release => ({
  doc: document.source.id,
  lang: document.lang,
  meetings: document.structure.metadata.meetings,
});

export function countMeetings(
  documents: readonly AnalyzedDocument[],
  preferLang: LanguageId,
): CountedMeetings {
  return countReleases(documents.map(releaseOf), preferLang);
}

export function countReleases(releases: readonly Release[], preferLang: LanguageId): CountedMeetings {
  const byIdentity = new Map<string, Report[]>();
  for (const release of releases) {
    const { meetings } = release;
    meetings.forEach((meeting, index) => {
      const key = meetingIdentity(meeting, release.doc);
      const report = {
        doc: release.doc,
        lang: release.lang,
        index,
        meeting,
        meetings: meetings.length,
      };
      byIdentity.set(key, [...(byIdentity.get(key) ?? []), report]);
    });
  }
  const preference = (a: Report, b: Report) =>
    Number(b.lang === preferLang) - Number(a.lang === preferLang) ||
    a.meetings - b.meetings ||
    compareText(a.doc, b.doc) ||
    a.index - b.index;
  const meetings = [...byIdentity.values()]
    .map((reports) => [...reports].sort(preference))
    .sort(([a], [b]) => (a && b ? compareReports(a, b) : 0));
  const counted = new Set(meetings.map(([first]) => JSON.stringify([first?.doc, first?.index])));
  return { meetings, isCounted: (doc, index) => counted.has(JSON.stringify([doc, index])) };
}

/** One row of meetings.csv; keys in column order. */
export interface MeetingRow {
  series: string;
  meeting: number | null;
  date: string | null;
  /** The counted release, its language, and the statements it gives this meeting. */
  doc: string;
  lang: LanguageId;
  statements: number;
  statements_none: number;
  /** The other releases of the meeting (analysed, not counted), `;`-separated. */
  other_releases: string;
}

export const MEETING_COLUMNS = [
  'series',
  'meeting',
  'date',
  'doc',
  'lang',
  'statements',
  'statements_none',
  'other_releases',
] as const satisfies readonly (keyof MeetingRow)[];

/** meetings.csv: every meeting once, in date order, as its counted release reports it. */
export function meetingRows(counted: CountedMeetings, documents: readonly AnalyzedDocument[]): MeetingRow[] {
  const byDoc = new Map(documents.map((d) => [d.source.id, d]));
  return meetingRowsOf(counted, (doc, index) => {
    const statements = byDoc.get(doc)?.statements.filter((s) => s.meeting === index) ?? [];
    return { statements: statements.length, none: statements.filter((s) => s.side === 'none').length };
  });
}

/** How many statements a release gives one of its meetings, and how many of them have no side. */
export type MeetingStatementCounts = (doc: string, index: number) => { statements: number; none: number };

/** meetings.csv from the counts alone, for a run that no longer holds the documents. */
export function meetingRowsOf(counted: CountedMeetings, countsOf: MeetingStatementCounts): MeetingRow[] {
  return counted.meetings.flatMap((reports) => {
    const [first, ...others] = reports;
    if (!first) return [];
    const counts = countsOf(first.doc, first.index);
    return [
      {
        series: first.meeting.series,
        meeting: first.meeting.meeting,
        date: first.meeting.date,
        doc: first.doc,
        lang: first.lang,
        statements: counts.statements,
        statements_none: counts.none,
        other_releases: others.map((r) => r.doc).join(';'),
      },
    ];
  });
}

/** Date order (undated last), then number, then series, then doc. */
function compareReports(a: Report, b: Report): number {
  const missing = (x: unknown) => (x === null ? 1 : 0);
  return (
    missing(a.meeting.date) - missing(b.meeting.date) ||
    compareText(a.meeting.date ?? '', b.meeting.date ?? '') ||
    missing(a.meeting.meeting) - missing(b.meeting.meeting) ||
    (a.meeting.meeting ?? 0) - (b.meeting.meeting ?? 0) ||
    compareText(a.meeting.series, b.meeting.series) ||
    compareText(a.doc, b.doc)
  );
}
