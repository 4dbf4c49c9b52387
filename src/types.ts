// Plain data that travels through the pipeline. Every stage takes some of these and returns new ones;
// nothing here has behaviour, so a stage's result can be printed, compared in a test or serialised.
import type { ActorBasis, LanguageId } from './lang/types.js';

/** Half-open range [start, end) of UTF-16 code units into a document's `text`. */
export interface Span {
  start: number;
  end: number;
}

export type SourceFormat = 'txt' | 'md' | 'html';

/**
 * Structure that markup declared (HTML tags, Markdown syntax). Plain text declares none; the
 * structure stage then reads the lines. A hint covers the block's text inside `SourceDocument.text`.
 */
export interface BlockHint {
  kind: 'heading' | 'paragraph' | 'item' | 'footnote';
  span: Span;
  /** Heading level as the markup gave it (h1 = 1, `##` = 2). */
  level?: number;
}

/** What ingestion makes of one input file. */
export interface SourceDocument {
  /** File name without extension; unique in a run. */
  id: string;
  /** The path as given on the command line (relative stays relative). */
  path: string;
  format: SourceFormat;
  /**
   * The encoding the bytes were decoded from, as TextDecoder names it ("utf-8", "shift_jis",
   * "utf-16le" ...). Set by ingestion; absent for documents made in memory.
   */
  encoding?: string;
  /** Size of the raw file in bytes, and its sha256 (hex). */
  bytes: number;
  sha256: string;
  /**
   * The text every offset points into: for `.txt` the decoded file itself (BOM dropped, line ends
   * kept as they were); for HTML and Markdown the plain text extracted from the markup.
   */
  text: string;
  hints: BlockHint[];
  /**
   * An HTML page's <title>, which is not part of `text` (no offset points into it): its site name
   * ("... ｜外務省") may say who published the page.
   */
  pageTitle?: string;
}

export type BlockKind =
  | 'dateline' // front matter on a line of its own: release date, "Press Release", publisher
  | 'title'
  | 'heading'
  | 'paragraph'
  | 'item' // a bullet or numbered list item that is body text
  | 'footnote' // a gloss such as "* ISAC: Information Sharing and Analysis Center"
  | 'contact' // "For further information ...", division names, TEL/FAX/e-mail lines
  | 'reference'; // "(Reference)" and "Related links" tails, "please refer to the website ..."

/** A block of the document: one of the kinds above, with its place in the text. */
export interface Block {
  kind: BlockKind;
  /** The whole block, marker included, trimmed of surrounding whitespace. */
  span: Span;
  /** The block without its list or heading marker ("1.", "(2)", "•"). */
  content: Span;
  /** The enumerator or bullet that opened the block, as written ("1.", "i.", "(1)", "•"), or "". */
  marker: string;
  /** For headings: 1 = top level. */
  level?: number;
  /** For body blocks (paragraph, item): index into `DocumentStructure.sections`, or null before any. */
  section: number | null;
}

export interface Section {
  /** 0-based position in `DocumentStructure.sections`. */
  index: number;
  /** Heading text without its enumerator, whitespace folded: "5G/Beyond 5G (6G)". */
  heading: string;
  marker: string;
  level: number;
  /** The heading's span in the text. */
  span: Span;
  /** The enclosing section ("2. Major achievements" encloses "1. 5G"), or null. */
  parent: number | null;
}

/** One meeting a document reports: most report one, some several (one section each). */
export interface DocumentMeeting {
  /** The series' canonical name ("Japan-EU ICT Strategy Workshop"), or "" when the text gives none. */
  series: string;
  /** The name as the text gives it, less its release wording (「日EUサイバー対話」), or "". */
  named: string;
  /** Meeting number ("12th", 「第12回」 -> 12), or null when the text gives none. */
  meeting: number | null;
  /** Meeting date, ISO yyyy-mm-dd (first day of a multi-day meeting), or null. */
  date: string | null;
  /** The section reporting this meeting (and the sections nested in it), or null for the whole document. */
  section: number | null;
}

/** What the text says about the meeting; `metadata.csv` may override any of it. */
export interface DocumentMetadata {
  title: string;
  /** The first meeting's series, number and date (the document's own, for a one-meeting release). */
  series: string;
  meeting: number | null;
  date: string | null;
  /** Release date of the summary, ISO, or null. */
  releaseDate: string | null;
  /** Every meeting the document reports, the first-named first. */
  meetings: DocumentMeeting[];
  /** The side that published it (its first person's), `both` for a joint statement, or null. */
  publisher: string | null;
  /** Further columns from metadata.csv, in that file's column order. */
  extra: Record<string, string>;
}

export interface DocumentStructure {
  blocks: Block[];
  sections: Section[];
  metadata: DocumentMetadata;
}

export interface Sentence {
  /** 1-based within the document. */
  index: number;
  span: Span;
  /** The sentence's words with whitespace folded to single spaces. */
  text: string;
  /** Index into `DocumentStructure.sections`, or null. */
  section: number | null;
  /** Index into `DocumentStructure.blocks` of the body block holding it. */
  block: number;
}

/** `none`, `both` and the ids of the codebook's two parties. */
export type Side = string;
export type Stance = 'explained' | 'raised_issues' | 'concurred' | 'other';
export const STANCES: readonly Stance[] = ['explained', 'raised_issues', 'concurred', 'other'];

export interface Statement {
  /** 1-based within its sentence. */
  index: number;
  /** Index into `DocumentMetadata.meetings` of the meeting the statement belongs to. */
  meeting: number;
  /** 1-based index of the sentence. */
  sentence: number;
  span: Span;
  text: string;
  side: Side;
  stance: Stance;
  /** Primary topic id. */
  topic: string;
  /** Every topic id the words or the section point to, in codebook order. */
  topics: string[];
  /** Where `topic` came from: the section heading, the statement's words, the paragraph's last
   * named topic, the document title, or none (`general`). */
  topicSource: 'section' | 'words' | 'paragraph' | 'document' | 'general';
  /** The words that decided the stance ("raised issues", "did not agree"), or "". */
  cue: string;
  /** The words taken as the actor ("The Japanese side", "They"), or "". */
  actor: string;
  /** How the actor was found (see lang/types.ts `ActorBasis`). */
  basis: ActorBasis;
  /** The reporting predicate as written ("explained", "was acknowledged"), or "". */
  predicate: string;
  /**
   * An actor-like subject that no side alias matched ("The delegation" in "The delegation
   * explained ..."), or "": what unmatched.csv lists for extending the codebook.
   */
  unknownActor: string;
  /** Why it got its side, stance and topic: what `explain` and the review page show. */
  why: Explanation;
}

/** The evidence behind one statement's coding. */
export interface Explanation {
  actor: {
    basis: ActorBasis;
    /** The words taken as the actor (with a partner that made the act joint). */
    words: string;
    /** The sides the actor's words name (party ids, "both" for a joint form). */
    sides: string[];
    /** For a pronoun or an inherited actor: the sentence whose actor it refers back to. */
    refersTo: number | null;
  };
  /** The cue that decided the stance, or null (stance `other` for want of one). */
  cue: { pattern: string; lemma: string; words: string; negated: boolean } | null;
  topic: {
    source: 'section' | 'words' | 'paragraph' | 'document' | 'general';
    /** The words that matched topic terms, by topic id. */
    terms: Record<string, string[]>;
    /** The heading the topic came from, for source `section`. */
    heading: string;
  };
  /** The words at which the clause was cut from the one before it (", and", 「あり、」), or "". */
  cut: string;
}

/** Everything the pipeline knows about one document. */
export interface AnalyzedDocument {
  source: SourceDocument;
  /** The language the document was read in (detected, or set in metadata.csv). */
  lang: LanguageId;
  structure: DocumentStructure;
  sentences: Sentence[];
  statements: Statement[];
}

/** One row of statements.csv: a statement with its document's metadata. */
export interface StatementRow {
  doc: string;
  /** The document's language. */
  lang: LanguageId;
  /** The statement's release is the one counted for its meeting in trends (see aggregate/releases.ts). */
  counted: boolean;
  series: string;
  meeting: number | null;
  date: string | null;
  section: string;
  sentence: number;
  statement: number;
  side: Side;
  stance: Stance;
  topic: string;
  topics: string[];
  cue: string;
  text: string;
  start: number;
  end: number;
  extra: Record<string, string>;
}
