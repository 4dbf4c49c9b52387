// The codebook as the tool holds it after validation (version 2). Everything a researcher may want
// to change is here as data: the parties, the topics, the meeting series, and per language the
// words that name them, the stance cues, and the closed-class grammar the clause readers use.
import type { LanguageId } from '../lang/types.js';
import type { Stance } from '../types.js';

/** Words per language: `{ "en": [...], "ja": [...] }`. */
export type ByLanguage<T> = Partial<Record<LanguageId, T>>;

export interface CodebookSide {
  id: string;
  label: string;
  /** Names of the party, per language: "the EU side", "DG CONNECT"; 「EU側」「欧州委員会」. */
  aliases: ByLanguage<string[]>;
  /** "Japanese", "European": with each group noun ("experts", "side") they name the side too. */
  adjectives: ByLanguage<string[]>;
  /** Its officials' names are written surname first in capitals ("SATO Ichiro") in English releases. */
  capitalSurnames?: boolean;
  /**
   * The script its officials' names are written in, per language: in Japanese releases a foreign
   * official's name is katakana (「マルティネス総局長」), a Japanese one's kanji (「田辺局長」). A name
   * before a title that no side's words claim is presumed this side's.
   */
  nameScript?: ByLanguage<NameScript>;
}

export type NameScript = 'katakana' | 'han' | 'latin';

export interface CodebookTopic {
  id: string;
  label: string;
  /** Words and phrases that point to the topic, per language. */
  terms: ByLanguage<string[]>;
  /** Primary only when no other topic applies ("joint research" under no more specific topic). */
  fallback?: boolean;
}

/** A meeting series with one canonical name across publishers and languages. */
export interface CodebookSeries {
  id: string;
  /** The canonical name reports use: "Japan-EU ICT Strategy Workshop". */
  label: string;
  /** Other names in any language and party order: "EU-Japan ICT Strategy Workshop", 「日EU・ICT戦略ワークショップ」. */
  aliases: string[];
}

export interface CodebookCue {
  stance: Stance;
  /** Stance when a single party (not both) is the actor; defaults to `stance`. */
  whenSingle?: Stance;
  /** Stance when the cue is negated ("could not accept": raised_issues); defaults to `other`. */
  whenNegated?: Stance;
  /** Stance when no side acts ("The workshop aims to ...": other); defaults to `stance`. */
  whenNone?: Stance;
  /**
   * The act needs two parties ("agree", "concur", "share the view"): a first person doing it in a
   * text by one side ("We agreed to ...") is both sides, since a side does not agree with itself.
   */
  mutual?: boolean;
  /** English: "verb-lemma [word ...]" ("give ... presentation|overview"); Japanese: words (「説明」「こととされ」). */
  patterns: string[];
}

/**
 * The language-specific part of a codebook. Each language reads the fields it knows (see
 * src/lang/<id>/codebook.ts); `grammar` replaces lists of the language's default grammar data.
 */
export interface LanguagePart {
  /** `joint` ("they") refer to both sides; `party` ("it") to the last party; `first` ("we") to the publisher. */
  pronouns: { joint: string[]; party: string[]; first: string[] };
  /**
   * Phrases that name both parties whatever the pair ("both sides", "the two countries"; 「双方」
   * 「両国」), so a codebook for another pair inherits them; the top-level `joint` adds the pair's own.
   */
  joint: string[];
  predicates: {
    auxiliaries: string[];
    adverbs: string[];
    /** Person and body nouns: "the Director-General of DG CONNECT" acts for DG CONNECT's side. */
    roles: string[];
    /** Group nouns that a side's adjective makes an actor: "the Japanese experts", "EU officials". */
    groups: string[];
    /** Cue lemmas whose agentless passive is the joint outcome: "it was agreed", 「…ことを確認した」. */
    outcomes: string[];
    openers: string[];
  };
  negation: string[];
  cues: CodebookCue[];
  /**
   * What marks a statement about the meeting itself rather than a topic: logistics phrases ("next
   * meeting", "will be held"), which make it `general`; meeting nouns as its subject ("The workshop
   * consisted of ...") and attendance verbs ("attended"), which keep it from inheriting a topic
   * from its paragraph or the document title.
   */
  procedural: { phrases: string[]; subjects: string[]; verbs: string[] };
  /** Replacements for lists of the language's grammar data (src/lang/<id>/grammar.json). */
  grammar: Record<string, unknown>;
}

export interface Codebook {
  name: string;
  version: number;
  sides: CodebookSide[];
  /** The pair's own joint forms per language ("日EU双方"); the generic ones are `languages.<id>.joint`. */
  joint: ByLanguage<string[]>;
  /** How series names write the pair of parties: `{"en": "Japan-EU", "ja": "日EU"}`. */
  pair: ByLanguage<string>;
  topics: CodebookTopic[];
  series: CodebookSeries[];
  languages: ByLanguage<LanguagePart>;
}

/** A stance cue compiled for matching. */
export interface CompiledCue {
  stance: Stance;
  whenSingle: Stance;
  whenNegated: Stance;
  whenNone: Stance;
  mutual: boolean;
  /** The pattern as written in the codebook. */
  pattern: string;
  /** Its first word: the verb lemma (English) or the cue word (Japanese). */
  lemma: string;
  /** Position in the codebook: earlier wins a tie. */
  order: number;
}

/** Finds the canonical series of a name; see codebook/series.ts. */
export interface SeriesMatcher {
  /** The series a name (cleaned of release wording) stands for, or null. */
  find(name: string): CodebookSeries | null;
  /** The series whose name a longer name holds ("Ministerial Meeting of the X"), or null. */
  within(name: string): CodebookSeries | null;
  /** The series named in running text, where each name stands. */
  findIn(text: string): { series: CodebookSeries; start: number; end: number }[];
}
