// The data the review page is built from: one JSON object embedded in the page (its "island"),
// made here in Node so that everything the page shows or writes is decided, and tested, without a
// browser. The page's script only renders it and keeps the coder's corrections.
//
// Offsets are UTF-16 code units into each document's `text` (source.text), as everywhere else, which
// is what JavaScript strings index in the browser too.
import { createHash, type Hash } from 'node:crypto';
import { DOMINANCE_ORDER } from '../../aggregate/changes.js';
import { compareMeetings, type Meeting, meetingLabel } from '../../aggregate/meetings.js';
import { countMeetings, meetingRows } from '../../aggregate/releases.js';
import type { LoadedCodebook } from '../../codebook/load.js';
import { foldForMatch } from '../../evaluate/match.js';
import { tokenize as japaneseTokens } from '../../lang/ja/tokens.js';
import type { LanguageId } from '../../lang/types.js';
import type { AnalysisResult } from '../../run.js';
import { type AnalyzedDocument, type BlockKind, type Span, STANCES, type Statement } from '../../types.js';
import { VERSION } from '../../version.js';
import { explainStatement } from '../explanation.js';
import { SIDE_COLOURS, STANCE_STYLES } from '../palette.js';
import { timelines } from '../timelines.js';

/** A gold snippet has at least this many words (fewer only when the statement has fewer). */
export const SNIPPET_MIN_WORDS = 5;

export interface ReviewSide {
  id: string;
  label: string;
  /** A short tag shown beside each statement, so that the side is never told by colour alone. */
  abbr: string;
  colour: string;
}

export interface ReviewStance {
  id: string;
  label: string;
  colour: string;
  mark: string;
}

export interface ReviewMeeting {
  series: string;
  meeting: number | null;
  date: string | null;
  /** "2021-11-17 #12 Japan-EU ICT Strategy Workshop" */
  label: string;
  /**
   * Its column in trends.svg ("#12 2021", named apart within its series as the chart names it) when
   * it is a meeting the trends count (a row of meetings.csv); null for a release's date of a meeting
   * that another release is counted for.
   */
  column: string | null;
}

/** [kind, start, end, level]: a block of the document (level 0 where it has none). */
export type ReviewBlock = [BlockKind, number, number, number];

export interface ReviewDocument {
  id: string;
  title: string;
  lang: LanguageId;
  /** The first meeting's date, else the release date, else null. */
  date: string | null;
  /** Indexes into `ReviewData.meetings`, the first-named first. */
  meetings: number[];
  /** The text as it was read: what every offset points into. */
  text: string;
  blocks: ReviewBlock[];
}

export interface ReviewStatement {
  /** Index into `ReviewData.documents`. */
  doc: number;
  sentence: number;
  /** 1-based within its sentence. */
  index: number;
  start: number;
  end: number;
  /** Index into `ReviewData.meetings`. */
  meeting: number;
  /** As statements.csv's `counted`: its release is the one the trends count for its meeting. */
  counted: boolean;
  side: string;
  stance: string;
  topic: string;
  topics: string[];
  cue: string;
  /** Where the cue's words stand in the text: [start, end) pairs inside the statement. */
  cueSpans: [number, number][];
  /** The explanation lines (side, stance, topic, and where the clause was cut, if it was). */
  why: string[];
  /**
   * [start, end) of the gold snippet: the shortest run of the statement's words, from
   * SNIPPET_MIN_WORDS up, whose folded text occurs once in the folded document; null when no run
   * does (the statement's whole text occurs twice), and then the statement cannot be gold.
   */
  snippet: [number, number] | null;
}

export interface ReviewData {
  format: 'dialogue-stance-review';
  /** Bumped when the island's shape changes. */
  version: 2;
  tool: string;
  codebook: string;
  /** sha256 over the documents' ids and bytes and the statements' offsets: the storage key. */
  fingerprint: string;
  /** The parties, `both` and `none`, in that order. */
  sides: ReviewSide[];
  stances: ReviewStance[];
  /** Stance ids in the order that wins a tie for the dominant stance (changes.csv, trends.svg). */
  dominance: string[];
  /** The codebook's topics and `general`. */
  topics: { id: string; label: string }[];
  /** Every meeting the documents report, in date order. */
  meetings: ReviewMeeting[];
  documents: ReviewDocument[];
  /** Every statement, document by document, in text order. */
  statements: ReviewStatement[];
}

/** The shortest distinct prefixes (at least one letter) of the side ids, upper-cased. */
function abbreviations(ids: readonly string[]): string[] {
  return ids.map((id) => {
    for (let length = 1; length <= id.length; length++) {
      const prefix = id.slice(0, length).toUpperCase();
      if (ids.every((other) => other === id || other.slice(0, length).toUpperCase() !== prefix))
        return prefix;
    }
    return id.toUpperCase();
  });
}

function reviewSides(codebook: LoadedCodebook): ReviewSide[] {
  const parties = codebook.compiled.parties;
  const sides = [
    ...parties.map((party, index) => ({
      id: party.id,
      label: party.label,
      colour: (index === 0 ? SIDE_COLOURS.first : SIDE_COLOURS.second) ?? '#DDDDDD',
    })),
    { id: 'both', label: 'both sides', colour: SIDE_COLOURS.both ?? '#CC79A7' },
    { id: 'none', label: 'no side', colour: SIDE_COLOURS.none ?? '#DDDDDD' },
  ];
  const abbrs = abbreviations(sides.map((side) => side.id));
  return sides.map((side, index) => ({ ...side, abbr: abbrs[index] ?? side.id }));
}

/** Word spans of a statement: ICU words (punctuation left out) in Japanese, whitespace-separated runs elsewhere. */
export function wordSpans(text: string, span: Span, lang: LanguageId): Span[] {
  const slice = text.slice(span.start, span.end);
  if (lang === 'ja') {
    return japaneseTokens(slice, span.start)
      .filter((token) => /[\p{L}\p{N}]/u.test(token.text))
      .map(({ start, end }) => ({ start, end }));
  }
  return [...slice.matchAll(/\S+/g)].map((match) => ({
    start: span.start + (match.index ?? 0),
    end: span.start + (match.index ?? 0) + match[0].length,
  }));
}

function occurrences(haystack: string, needle: string, limit: number): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1 && count < limit; at = haystack.indexOf(needle, at + 1))
    count++;
  return count;
}

/**
 * The gold snippet of a statement (see `ReviewStatement.snippet`). Of the runs of equal length the
 * first is taken, so a snippet starts as early in the statement as it can: where actor and verb are.
 * `foldedText` is `foldForMatch(text)`, passed in so that a document is folded once.
 */
export function snippetSpan(
  text: string,
  foldedText: string,
  span: Span,
  lang: LanguageId,
): [number, number] | null {
  const words = wordSpans(text, span, lang);
  if (words.length === 0) return null;
  for (let length = Math.min(SNIPPET_MIN_WORDS, words.length); length <= words.length; length++) {
    for (let first = 0; first + length <= words.length; first++) {
      const start = words[first]?.start ?? 0;
      const end = words[first + length - 1]?.end ?? 0;
      const folded = foldForMatch(text.slice(start, end));
      if (folded !== '' && occurrences(foldedText, folded, 2) === 1) return [start, end];
    }
  }
  return null;
}

/**
 * Where the cue's words stand in the statement: the cue as written where it occurs whole (the first
 * time), else each of its words in order, case folded; words not found are left out.
 */
export function cueSpans(text: string, span: Span, cue: string): [number, number][] {
  if (cue.trim() === '') return [];
  const slice = text.slice(span.start, span.end);
  const whole = slice.indexOf(cue);
  if (whole !== -1) return [[span.start + whole, span.start + whole + cue.length]];
  const lower = slice.toLowerCase();
  const spans: [number, number][] = [];
  let from = 0;
  for (const word of cue.toLowerCase().split(/\s+|\.{3}|…/)) {
    if (word === '') continue;
    const at = lower.indexOf(word, from);
    if (at === -1) continue;
    spans.push([span.start + at, span.start + at + word.length]);
    from = at + word.length;
  }
  return spans;
}

function whyLines(statement: Statement): string[] {
  const lines = explainStatement(statement);
  return [lines.side, lines.stance, lines.topic, ...(lines.cut ? [lines.cut] : [])];
}

/** A meeting as the review page tells meetings apart: by series, number and date. */
export interface MeetingRef {
  series: string;
  meeting: number | null;
  date: string | null;
}

function meetingIdentity(meeting: MeetingRef): string {
  return JSON.stringify([meeting.series, meeting.meeting, meeting.date]);
}

/** The meetings of a document: those its metadata lists, or its own metadata as one. */
export function documentMeetings(document: AnalyzedDocument): MeetingRef[] {
  const { metadata } = document.structure;
  return (metadata.meetings.length > 0 ? metadata.meetings : [metadata]).map(({ series, meeting, date }) => ({
    series,
    meeting,
    date,
  }));
}

export function corpusFingerprint(documents: readonly AnalyzedDocument[]): string {
  const hash = createHash('sha256');
  for (const document of documents) addToFingerprint(hash, document);
  return hash.digest('hex');
}

/** One document's part of corpusFingerprint, added in document order. */
export function addToFingerprint(hash: Hash, document: AnalyzedDocument): void {
  hash.update(fingerprintPart(document));
}

/** The text one document adds to corpusFingerprint's hash. */
export function fingerprintPart({ source, statements }: AnalyzedDocument): string {
  return `${JSON.stringify([source.id, source.sha256, statements.map((s) => [s.span.start, s.span.end])])}\n`;
}

export interface ReviewDataOptions {
  /** The language whose release of a meeting the trends count (as `analyze --prefer-lang`; default ja). */
  preferLang?: LanguageId;
}

/** The review page's data for an analysed corpus. */
export function reviewData(result: AnalysisResult, options: ReviewDataOptions = {}): ReviewData {
  const { documents, codebook } = result;
  // The meetings and releases the trends count, exactly as `analyze` decides them for trends.csv.
  const counted = countMeetings(documents, options.preferLang ?? 'ja');
  const owns = documents.map(documentMeetings);
  const meetings = reviewMeetings(meetingRows(counted, documents), owns);
  const statements: ReviewStatement[] = [];
  const reviewDocuments = documents.map((document, docIndex): ReviewDocument => {
    const own = owns[docIndex] ?? [];
    const folded = foldForMatch(document.source.text);
    for (const statement of document.statements) {
      statements.push(
        reviewStatementOf(document, statement, folded, {
          doc: docIndex,
          meeting: meetings.indexOf(own[statement.meeting] ?? own[0] ?? document.structure.metadata),
          counted: counted.isCounted(document.source.id, statement.meeting),
        }),
      );
    }
    return reviewDocumentOf(document, own.map(meetings.indexOf));
  });
  return {
    ...reviewHeader(codebook, corpusFingerprint(documents), meetings.list),
    documents: reviewDocuments,
    statements,
  };
}

/** The meetings the page lists, in date order, and the index of a meeting in that list. */
export interface ReviewMeetings {
  list: ReviewMeeting[];
  indexOf: (meeting: MeetingRef) => number;
}

/**
 * Every meeting the documents report (`owns`: each document's `documentMeetings`), in date order;
 * `counted` are the rows of meetings.csv, which name the meetings' columns in trends.svg.
 */
export function reviewMeetings(
  counted: readonly Meeting[],
  owns: Iterable<readonly MeetingRef[]>,
): ReviewMeetings {
  const columns = new Map<string, string>();
  for (const { labelOf, rows } of timelines(counted)) {
    for (const row of rows) columns.set(meetingIdentity(row), labelOf(row));
  }
  const byIdentity = new Map<string, ReviewMeeting>();
  for (const own of owns) {
    for (const { series, meeting, date } of own) {
      const entry = {
        series,
        meeting,
        date,
        label: meetingLabel({ series, meeting, date, doc: '' }),
        column: columns.get(meetingIdentity({ series, meeting, date })) ?? null,
      };
      byIdentity.set(meetingIdentity(entry), entry);
    }
  }
  const list = [...byIdentity.values()].sort((a, b) => compareMeetings({ ...a, doc: '' }, { ...b, doc: '' }));
  const meetingIndex = new Map(list.map((meeting, index) => [meetingIdentity(meeting), index]));
  return { list, indexOf: (meeting) => meetingIndex.get(meetingIdentity(meeting)) ?? 0 };
}

/** One statement of the page; `folded` is foldForMatch of its document's text. */
export function reviewStatementOf(
  document: AnalyzedDocument,
  statement: Statement,
  folded: string,
  where: { doc: number; meeting: number; counted: boolean },
): ReviewStatement {
  const { text } = document.source;
  return {
    doc: where.doc,
    sentence: statement.sentence,
    index: statement.index,
    start: statement.span.start,
    end: statement.span.end,
    meeting: where.meeting,
    counted: where.counted,
    side: statement.side,
    stance: statement.stance,
    topic: statement.topic,
    topics: statement.topics,
    cue: statement.cue,
    cueSpans: cueSpans(text, statement.span, statement.cue),
    why: whyLines(statement),
    snippet: snippetSpan(text, folded, statement.span, document.lang),
  };
}

/** One document of the page; `meetings`: its meetings' indexes in the page's list. */
export function reviewDocumentOf(document: AnalyzedDocument, meetings: number[]): ReviewDocument {
  const { source, structure } = document;
  return {
    id: source.id,
    title: structure.metadata.title || source.id,
    lang: document.lang,
    date: structure.metadata.date ?? structure.metadata.releaseDate,
    meetings,
    text: source.text,
    blocks: structure.blocks.map((block) => [block.kind, block.span.start, block.span.end, block.level ?? 0]),
  };
}

/** Everything of the page's data but its documents and statements. */
export function reviewHeader(
  codebook: LoadedCodebook,
  fingerprint: string,
  meetings: ReviewMeeting[],
): Omit<ReviewData, 'documents' | 'statements'> {
  return {
    format: 'dialogue-stance-review',
    version: 2,
    tool: `dialogue-stance ${VERSION}`,
    codebook: codebook.compiled.source.name,
    fingerprint,
    sides: reviewSides(codebook),
    stances: STANCES.map((stance) => {
      const { label, colour, mark } = STANCE_STYLES[stance];
      return { id: stance, label, colour, mark };
    }),
    dominance: [...DOMINANCE_ORDER],
    topics: [
      ...codebook.compiled.topics.map(({ id, label }) => ({ id, label })),
      { id: 'general', label: 'general' },
    ],
    meetings,
  };
}
