// The per-language interface. Every stage that does not depend on the language (structure,
// sentences, statements, the side/stance/topic decisions, aggregates, reports) asks a `Language`
// for the few things that do: where sentences end, where words are, where a sentence is cut into
// clauses and what each clause's actor and cue are. A language is a folder under src/lang/ with its
// grammar data (grammar.json) and the code that reads it; adding one means copying a folder.
import type { Codebook, CompiledCue, LanguagePart } from '../codebook/types.js';
import type { Span, Stance } from '../types.js';

export type LanguageId = 'en' | 'ja';
export const LANGUAGE_IDS: readonly LanguageId[] = ['en', 'ja'];

/** A word of a sentence with its offsets into the document text. */
export interface Token {
  /** The token as written. */
  text: string;
  /** Lower-cased (English: curly apostrophe folded; Japanese: full-width letters and digits folded). */
  lower: string;
  /** `lower` in the singular ("issues" -> "issue") where a language has number; else `lower`. */
  norm: string;
  start: number;
  end: number;
  /** The parts of a compound written as one token ("ICT-ISAC"), for topic terms inside it. */
  parts?: readonly Token[];
}

/** A phrase of a codebook list (an alias, a term, a negation), as written there. */
export interface Phrase {
  text: string;
}

/** Finds the phrases of one list in tokens; each language matches in its own way. */
export interface PhraseMatcher<T extends Phrase> {
  /** The longest phrase starting at token `at` and ending by token `to`, with the token index after it. */
  at(tokens: readonly Token[], at: number, to?: number): { phrase: T; end: number } | undefined;
}

/** A party alias, a joint form, a pronoun for both sides ("they"), one for the last party ("it"), or the publisher's first person ("we"). */
export type MentionKind = 'party' | 'joint' | 'pronoun' | 'party-pronoun' | 'first-person';

export interface AliasPhrase extends Phrase {
  /** A party id, or "both" for joint forms and pronouns. */
  side: string;
  kind: MentionKind;
}

export interface TopicTerm extends Phrase {
  topic: string;
}

/** How a clause's actor was found: the decision's basis (see stages/decide/side.ts). */
export type ActorBasis =
  | 'subject' // a side named as the subject ("The EU side explained")
  | 'agent' // a passive's agent ("was explained by the EU side")
  | 'pronoun' // "they" (both) or "it" (the last party that acted)
  | 'first-person' // "we", "I": the publisher's side
  | 'inherited' // a coordinated predicate sharing the clause before's actor
  | 'joint-outcome' // an agentless agreement ("it was agreed", 「…ことを確認した」)
  | 'label' // a participant line ("Japanese side: Mr. X ...")
  | 'quote' // a quotation's speaker ('"...," said Commissioner X')
  | 'question' // a question asserts nothing ("Q: Did the two sides discuss ...?")
  | 'none';

/** The facts a language reads off a clause about its actor; stages/decide turns them into a side. */
export interface ActorFacts {
  basis: ActorBasis;
  /** Party ids and "both" of the acting mentions (for `subject`, `agent`, `label`). */
  sides: string[];
  /** For pronouns: "both" for a joint pronoun, "party" for one that takes the last party. */
  pronoun?: 'both' | 'party';
  /** The words taken as the actor, or "". */
  text: string;
  /** Parties the predicate names *with* ("held the dialogue with DG CONNECT"), in text order. */
  partners: { side: string; text: string }[];
  /** Token range of the actor, whose own title says nothing about the topic. */
  from: number;
  to: number;
  /** An actor-like subject no alias matched, for unmatched.csv, or "". */
  unknown: string;
  /** The side inherited from the clause before (basis `inherited`). */
  inherited?: string;
  /** The publisher's first person acts beside the sides named ("We and our Japanese partners"). */
  firstPerson?: boolean;
}

/** The facts a language reads off a clause about its stance. */
export interface CueFacts {
  /** The cue that matched at the predicate, or null. */
  cue: CompiledCue | null;
  negated: boolean;
  /** The predicate is passive (an agentless passive agreement concurs with nothing). */
  passive: boolean;
  /** The words of the cue as written (with a negation: "did not agree"), or "". */
  text: string;
  /** The reporting predicate as written, or "". */
  predicate: string;
}

/** What a statement is about besides its words (see stages/topic.ts). */
export type About = 'topic' | 'meeting' | 'logistics';

/** One clause of a sentence as a language read it: once, with everything the decisions need. */
export interface ClauseFacts {
  /** Token range [from, to) of the clause in its sentence. */
  from: number;
  to: number;
  actor: ActorFacts;
  cue: CueFacts;
  about: About;
  /** Where the clause was cut from the one before, for `explain`: the words at the cut, or "". */
  cutAt: string;
  /**
   * Further token ranges of names (agencies, people and their titles) whose words say nothing of
   * the topic (「内閣サイバーセキュリティセンター」 is no cybersecurity statement), or none.
   */
  names?: readonly { from: number; to: number }[];
}

/** What carries from one sentence to the next: the last party that acted, for "it". */
export interface ReadingContext {
  lastParty: string | null;
  /** The publisher's side, for the first person. */
  publisher: string | null;
  /**
   * The actor a lead-in ending in a colon names ("On trust services, the co-chairs:"), for the list
   * items after it that open with their verb ("recognise that ...;"); absent elsewhere.
   */
  leadIn?: { side: string; actor: string };
}

/** People learnt from one document: kept beside the codebook, never merged into a copy of it. */
export interface DocumentKnowledge {
  /** The names learnt, with their sides (for `explain` and tests). */
  people: readonly AliasPhrase[];
  /** The side the text's first person reveals ("with our Japanese counterparts": not Japan's), or null. */
  publisher: string | null;
}

/** A quotation of a paragraph, with its speaker: the statement of the speaker's side. */
export interface Quotation {
  /** Offsets into the document text, quotation marks included. */
  start: number;
  end: number;
  /** The words naming the speaker as written ("Commissioner Pierre Lacombe", "he"). */
  speaker: string;
  /** The side those words name, or null ("he": see `pronoun`). */
  side: string | null;
  /** The speaker is a pronoun ("he said"): the last party that acted. */
  pronoun: boolean;
  /**
   * The paragraph only introduces the quotation ("Minister X said:"), which follows unmarked in
   * the next paragraphs, as GOV.UK releases print it; `start`-`end` is the introducing line.
   */
  opensParagraphs: boolean;
  /** A paragraph quoted because a line or paragraph before it opened the quotation. */
  introduced: boolean;
  /**
   * No attribution of its own: it goes on, in the same paragraph, from the attributed quotation
   * right before it ('"...," said X. "I am pleased that ..."').
   */
  continued?: boolean;
}

/** A meeting named in a text: "24th Japan-EU ICT Policy Dialogue", 「日EU・ICT政策対話（第24回）」. */
export interface MeetingMention {
  /** The name as written, without its number and the release wording. */
  name: string;
  number: number | null;
  /** Character offsets of the whole mention in the searched text. */
  start: number;
  end: number;
  /** A meeting still to come ("in preparation for the third ministerial meeting"): not the release's. */
  ahead?: boolean;
}

/**
 * A day named relative to the release's date: `days` from it ("yesterday": -1), or the latest
 * `weekday` (0 Sunday ... 6 Saturday) on or before it, in the week before when `lastWeek`.
 */
export interface RelativeDate {
  days?: number;
  weekday?: number;
  lastWeek?: boolean;
  /** "last Tuesday": the weekday before the release's day, never that day itself. */
  before?: boolean;
  /** Counted from the date the text gave before ("the following day"), not from the release. */
  fromPrevious?: boolean;
  index: number;
  length: number;
}

/** A date as written; `year` is null where the text gives none. */
export interface FoundDate {
  year: number | null;
  month: number;
  day: number;
  index: number;
  length: number;
  /** A day joined to the date before it (「19日（火）及び20日（水）」): a second day of one text. */
  joined?: boolean;
}

/** The written conventions of releases in a language that the structure stage needs. */
export interface StructureGrammar {
  contactOpeners: readonly RegExp[];
  referenceOpener: RegExp;
  referenceLine: RegExp;
  contactLine: RegExp;
  pressLabel: RegExp;
  /** A page's navigation line copied with its text ("Skip to main content", "Menu", "Home"). */
  pageChrome: RegExp;
  /** A page's label line ("From:", "Published") above its publisher or date, mid-page. */
  pageLabel: RegExp;
  publisher: RegExp;
  runsOn: RegExp;
  noteLine: RegExp;
  datelineLabel: RegExp;
  /** What may stand before a date on a dateline of its own: "Tokyo, 3 July 2023", "Tuesday, ...". */
  datelinePlace: RegExp;
  /** A signature under the title: "YOSHIDA Satoshi, Vice-Minister for ...". */
  signature: RegExp;
  /** How a line of prose starts and a title does not ("I'm back in Brussels ...", "Today, ..."). */
  proseOpener: RegExp;
  /** A line that only introduces a quotation ("Minister Whitfield said:"): prose, never a heading. */
  attributionLine: RegExp;
  /** A byline: "By Katrin Holmberg, ...", "Joint Press Release with the Ministry of ...". */
  byline: RegExp;
  /** A title that makes the document a joint statement, published by both sides. */
  jointStatement: RegExp;
  /**
   * A word that refers back to what the sentence already named ("such provisions", 「これら」): a
   * clause sharing the actor of the one before carries that one's topic when it has one.
   */
  anaphor: RegExp;
  /** A sentence that asks ("Did the two sides discuss ...?", 「…議論したのか。」 is not one; 「…か？」 is). */
  question: RegExp;
  /** A first person that names who it is ("We, the leaders of Japan and the EU,"): joint when it names both parties. */
  jointSelf: RegExp;
  /** Extra heading enumerators of the language (Japanese ア/イ/ウ), tried after the shared ones. */
  enumerators: readonly { style: string; pattern: RegExp; numbers?: readonly string[] }[];
  /** Longest heading and title, in characters, and heading in words where words are spaced. */
  headingMaxChars: number;
  titleMaxChars: number;
  headingMaxWords: number;
  /** Sentence-final punctuation that keeps a line from being a heading. */
  sentenceEnd: RegExp;
  /** How a new sentence or line of text may start (English: a capital, a digit, a quote). */
  sentenceStart: RegExp;
  /** An ending a heading may have despite its full stop ("3. Data and AI, etc."). */
  headingTail: RegExp;
}

/** A clause as read and decided: the statement before its topic and offsets are added. */
export interface ClauseReading extends ClauseFacts {
  side: string;
  stance: Stance;
  /** The basis as decided (a pronoun with nothing to refer to is `none`). */
  basis: ActorBasis;
  /** The actor's words, with a partner that made the act joint. */
  actorText: string;
}

/** A language: its id and how it compiles its part of a codebook. */
export interface Language {
  id: LanguageId;
  /** Compiles this language's part of `codebook` (`where` names the codebook in errors). */
  compile(codebook: Codebook, part: LanguagePart, where: string): CompiledLanguage;
}

/** A language bound to one codebook: everything the shared stages ask of it. */
export interface CompiledLanguage {
  id: LanguageId;
  structure: StructureGrammar;
  /** Sentence spans inside `span` of `text`: trimmed, disjoint, in order; `kind` is the block's. */
  splitSentences(text: string, span: Span, kind?: 'paragraph' | 'item'): Span[];
  /** The tokens of one sentence; `offset` is where `text` starts in the document. */
  tokenize(text: string, offset: number): Token[];
  /** Dates as the language writes them, in text order. */
  findDates(text: string): FoundDate[];
  /** Is the text nothing but a date (with a weekday or punctuation)? */
  isDateOnly(text: string): boolean;
  /** Meetings named in a title or a sentence, in text order. */
  meetingMentions(text: string, where: 'title' | 'sentence'): MeetingMention[];
  /** A name less its release wording ("Results of the", "Held", 「の結果」). */
  cleanSeries(name: string): string;
  /** The name with its pair of parties as the codebook writes it ("EU-Japan X" -> "Japan-EU X"). */
  canonicalPair(name: string): string;
  /** Does the name have a series noun ("Dialogue", 「対話」), so it can name a meeting series? */
  namesSeries(name: string): boolean;
  /**
   * Does the line hold a finite verb ("The following points were discussed:", "Japan was
   * represented by:")? A line that does is a sentence leading into a list, never a heading.
   */
  holdsClause(text: string): boolean;
  /** Days named relative to the release: "today", "yesterday", "on Monday", 「本日」, in text order. */
  relativeDates(text: string): RelativeDate[];
  /** Topic terms, matched in this language's way. */
  topicTerms: PhraseMatcher<TopicTerm>;
  /** The parties a text names (side ids, in text order), for telling who published it. */
  partiesIn(text: string): string[];
  /**
   * A user's search pattern (`kwic`) matched as this language matches codebook cues: a word or
   * phrase (English: the first word in every inflection), "|" between alternatives, "..." for a
   * few words between.
   */
  patternMatcher(pattern: string): PhraseMatcher<Phrase>;
  /** People a document introduces, learnt from all its sentences at once. */
  learn(sentences: readonly (readonly Token[])[]): DocumentKnowledge;
  /**
   * The quotations of a paragraph (`span` of `text`) and their speakers, in text order; `opened`,
   * a quotation the paragraph before left open ("Minister X said:"), which this one may continue.
   */
  quotations(text: string, span: Span, knowledge: DocumentKnowledge, opened?: Quotation): Quotation[];
  /** Token index where a sentence's opening phrase or label ends ("Regarding X,", "Data:"), or 0. */
  openerEnd(tokens: readonly Token[]): number;
  /** The clauses of one sentence, each read once, and the context for the next sentence. */
  readSentence(
    text: string,
    tokens: readonly Token[],
    knowledge: DocumentKnowledge,
    context: ReadingContext,
  ): { clauses: ClauseReading[]; context: ReadingContext };
}
