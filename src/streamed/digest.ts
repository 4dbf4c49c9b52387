// What a streamed run keeps of a document once it is analysed: the few numbers and names that the
// reports spanning documents need (meetings, trends, crosslang, the review page's meeting list). Its
// rows, sentences and statements go to the spools (spools.ts) and the document is dropped. A digest
// is kept for every document of the run, so it is kept small: counts as flat arrays of numbers,
// cells as ids into one table shared by the run, and strings copied out of the document's text
// (a string cut from it would keep the whole text alive) and shared between documents.
import { isParty } from '../aggregate/order.js';
import type { Release } from '../aggregate/releases.js';
import type { MeetingRef } from '../report/review/data.js';
import type { AnalyzedDocument, Side, Stance } from '../types.js';

/** A cell of the trends: a statement meeting index, side, topic and stance. */
export type TrendCell = [index: number, side: Side, topic: string, stance: Stance];

export interface DocumentDigest {
  release: Release;
  /** The series, number and date of the document's metadata: a statement's meeting when its index has none. */
  ownMeeting: MeetingRef;
  /** Its metadata.csv columns. */
  extra: Record<string, string>;
  sentences: number;
  statements: number;
  /** Flat triples: statement meeting index, its statements, those with no side (meetings.csv). */
  meetingCounts: number[];
  /** Flat pairs: a cell's id in Digester.cells, its party statements; cells in order of first occurrence. */
  trendCells: number[];
}

/** A statement's meeting as statements.csv gives it: its meeting's, else the document's own. */
export function statementMeeting(digest: DocumentDigest, index: number): MeetingRef {
  return digest.release.meetings[index] ?? digest.ownMeeting;
}

/** The meetings the review page lists for the document (as documentMeetings). */
export function reviewMeetingsOf(digest: DocumentDigest): readonly MeetingRef[] {
  return digest.release.meetings.length > 0 ? digest.release.meetings : [digest.ownMeeting];
}

/** The statements a release gives its meeting `index`, and how many of them have no side. */
export function meetingCountsOf(digest: DocumentDigest, index: number): { statements: number; none: number } {
  const counts = digest.meetingCounts;
  for (let at = 0; at < counts.length; at += 3)
    if (counts[at] === index) return { statements: counts[at + 1] ?? 0, none: counts[at + 2] ?? 0 };
  return { statements: 0, none: 0 };
}

/**
 * A document's digest as one document knows it: its strings its own, its cells whole rather than
 * ids into the run's table. Made where the document is analysed (a worker thread, possibly), and
 * made a DocumentDigest by the run's Digester, which shares what documents have in common.
 */
export interface DigestParts extends Omit<DocumentDigest, 'trendCells'> {
  /** Flat: a cell's four parts and its party statements, cells in order of first occurrence. */
  cells: (number | string)[];
}

/** The digest parts of `document`. */
export function digestParts(document: AnalyzedDocument): DigestParts {
  const { source, lang, structure, sentences, statements } = document;
  const { metadata } = structure;
  const meetingCounts = new Map<number, [number, number, number]>();
  const cells = new Map<string, [TrendCell, number]>();
  for (const statement of statements) {
    const counts = meetingCounts.get(statement.meeting) ?? [statement.meeting, 0, 0];
    counts[1]++;
    if (statement.side === 'none') counts[2]++;
    meetingCounts.set(statement.meeting, counts);
    if (!isParty(statement.side)) continue;
    const cell: TrendCell = [statement.meeting, statement.side, statement.topic, statement.stance];
    const key = JSON.stringify(cell);
    const entry = cells.get(key) ?? [cell, 0];
    entry[1]++;
    cells.set(key, entry);
  }
  return {
    release: {
      doc: source.id,
      lang,
      meetings: metadata.meetings.map(({ series, named, meeting, date, section }) => ({
        series,
        named,
        meeting,
        date,
        section,
      })),
    },
    ownMeeting: { series: metadata.series, meeting: metadata.meeting, date: metadata.date },
    extra: metadata.extra,
    sentences: sentences.length,
    statements: statements.length,
    meetingCounts: [...meetingCounts.values()].flat(),
    cells: [...cells.values()].flatMap(([cell, n]) => [...cell, n]),
  };
}

export const crossKey = (meeting: MeetingRef): string =>
  JSON.stringify([meeting.series, meeting.meeting, meeting.date]);

/** Makes the digests of one run: it holds what they share (the cells, the strings). */
export class Digester {
  /** Every cell met, by id. */
  readonly cells: TrendCell[] = [];
  private readonly cellIds = new Map<string, number>();
  private readonly strings = new Map<string, string>();

  /**
   * One copy of `text` for the run, not part of any document's text (a string cut from it would
   * keep the whole text alive).
   */
  private shared(text: string): string {
    let copy = this.strings.get(text);
    if (copy === undefined) {
      copy = Buffer.from(text, 'utf16le').toString('utf16le');
      this.strings.set(copy, copy);
    }
    return copy;
  }

  private sharedOrNull(text: string | null): string | null {
    return text === null ? null : this.shared(text);
  }

  private cellId(cell: TrendCell): number {
    const key = JSON.stringify(cell);
    let id = this.cellIds.get(key);
    if (id === undefined) {
      id = this.cells.length;
      this.cells.push(cell);
      this.cellIds.set(key, id);
    }
    return id;
  }

  digest(document: AnalyzedDocument): DocumentDigest {
    return this.adopt(digestParts(document));
  }

  /** The run's digest of a document from its parts: strings shared, cells made ids. */
  adopt(parts: DigestParts): DocumentDigest {
    const { release, ownMeeting, cells } = parts;
    const trendCells: number[] = [];
    for (let at = 0; at + 4 < cells.length; at += 5) {
      const cell = cells.slice(at, at + 4) as TrendCell;
      trendCells.push(this.cellId(cell), cells[at + 4] as number);
    }
    return {
      release: {
        doc: this.shared(release.doc),
        lang: release.lang,
        meetings: release.meetings.map((meeting) => ({
          series: this.shared(meeting.series),
          named: this.shared(meeting.named),
          meeting: meeting.meeting,
          date: this.sharedOrNull(meeting.date),
          section: meeting.section,
        })),
      },
      ownMeeting: {
        series: this.shared(ownMeeting.series),
        meeting: ownMeeting.meeting,
        date: this.sharedOrNull(ownMeeting.date),
      },
      // From metadata.csv, held for the whole run anyway.
      extra: parts.extra,
      sentences: parts.sentences,
      statements: parts.statements,
      meetingCounts: parts.meetingCounts,
      trendCells,
    };
  }
}
