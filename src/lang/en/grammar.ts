// English grammar data (grammar.json) as the readers use it: word sets and compiled patterns.
import {
  escapeRegExp,
  type GrammarData,
  grammarData,
  mergeGrammar,
  regex,
  regexes,
  wordSet,
  words,
} from '../grammar.js';
import type { StructureGrammar } from '../types.js';
import { SPEAKER_NAME } from './quotes.js';

export interface VerbFormData {
  form: 'base' | 'present' | 'past' | 'participle' | 'gerund';
  text: string;
}

export interface EnglishGrammar {
  abbreviations: ReadonlySet<string>;
  /** "Jun.", "Wed.": abbreviations only before a day's number ("Jun. 5"); "Mr SAKAMOTO Jun. The ..." ends a sentence. */
  dateAbbreviations: ReadonlySet<string>;
  /** "from the PPC": an article between a preposition and an alias written without it. */
  articles: ReadonlySet<string>;
  /** Nouns before a colon that announce what follows ("one concern: ..."): no clause cut there. */
  announcingNouns: ReadonlySet<string>;
  determiners: ReadonlySet<string>;
  relatives: ReadonlySet<string>;
  be: ReadonlySet<string>;
  prepositions: ReadonlySet<string>;
  mentionCoordinators: ReadonlySet<string>;
  clauseCoordinators: ReadonlySet<string>;
  participleConnectives: ReadonlySet<string>;
  complementizers: ReadonlySet<string>;
  honorifics: ReadonlySet<string>;
  /** Words that open a head count ("About 60 participants"); a number does too. */
  headCount: ReadonlySet<string>;
  /** Cue words of stressing importance: a clause of emphasis and one of agreement are two acts. */
  emphasis: ReadonlySet<string>;
  agentPreposition: string;
  partnerPreposition: string;
  /**
   * "joined on the Japanese side", "co-chaired it on the U.S. side": a preposition and the head
   * nouns of a side alias after the verb that say whose side a clause with no side-naming subject is.
   */
  /** "welcomed Mr. X": verbs whose person object makes them hosting (`other`), whatever their cue says. */
  greetingVerbs: ReadonlySet<string>;
  sidePhrasePreposition: string;
  sidePhraseHeads: ReadonlySet<string>;
  /**
   * Words that open an aside between a subject and its verb ("Japan and the EU, as close partners
   * sharing fundamental values, reaffirm ..."): the verb after it still follows the subject.
   */
  asideOpeners: ReadonlySet<string>;
  /** "the": with a role word of the document's people it names one of them ("the Vice-President"). */
  definiteArticle: string;
  /**
   * "intention to build ... with the EU": a partner or joint adverb after an infinitive belongs to
   * the object's own action, not to the clause's actor.
   */
  infinitiveMarker: string;
  governingPrepositions: ReadonlySet<string>;
  notNames: ReadonlySet<string>;
  organisationWords: ReadonlySet<string>;
  nameParticles: ReadonlySet<string>;
  titleWords: ReadonlySet<string>;
  appositiveEnds: ReadonlySet<string>;
  appositiveOpeners: ReadonlySet<string>;
  /** "our Japanese counterparts": the nouns after a first-person possessive that name the other party. */
  counterpartWords: ReadonlySet<string>;
  firstPersonPossessives: ReadonlySet<string>;
  /** "Together we agreed", "we jointly decided": a first person acting with the other side. */
  jointAdverbs: ReadonlySet<string>;
  /** Verbs that attribute a quotation: '"...," said X', 'X added: "..."'. */
  speechVerbs: readonly string[];
  /** '"...," he said': a speaker named by a pronoun is the last party that acted. */
  speakerPronouns: ReadonlySet<string>;
  months: readonly string[];
  weekdays: readonly string[];
  ordinals: ReadonlyMap<string, number>;
  /** "twenty" in "twenty-third": tens before an ordinal word. */
  ordinalTens: ReadonlyMap<string, number>;
  /** Nouns that make a name a meeting series ("Dialogue", "Working Group"). */
  seriesHeads: readonly string[];
  /** Words before a meeting that is still to come ("in preparation for the third ..."). */
  aheadOf: readonly string[];
  /** Release wording before a series' name ("ministerial meeting of the"). */
  seriesLead: RegExp;
  /** Release wording after it ("Held", "(Results)", emoji). */
  seriesTail: RegExp;
  /** Words for a day counted from the release's date: "today" 0, "yesterday" -1. */
  relativeDays: ReadonlyMap<string, number>;
  /** "last week": a weekday named after it falls in the week before the release's. */
  lastWeek: readonly string[];
  /** "last", "this past" right before a weekday: the one before the release's day, never that day. */
  lastWeekday: readonly string[];
  /** "the following day" 1: days counted from the date the text gave before. */
  followingDay: ReadonlyMap<string, number>;
  ordinalSuffixes: readonly string[];
  dayRangeJoiners: readonly string[];
  verbForms: Readonly<Record<string, VerbFormData[]>>;
  /** Function words that `keyness` leaves out of its terms (lower-cased). */
  stopWords: ReadonlySet<string>;
  titlePrefix: RegExp;
  seriesEndInSentence: RegExp;
  seriesEndInTitle: RegExp;
  structure: StructureGrammar;
}

/** The shipped data, with a codebook's replacements (`where` names the codebook in errors). */
export function englishGrammar(overrides: GrammarData = {}, where = 'codebook'): EnglishGrammar {
  const data = mergeGrammar(grammarData('en'), overrides, where);
  return {
    abbreviations: wordSet(data, 'abbreviations'),
    dateAbbreviations: wordSet(data, 'dateAbbreviations'),
    articles: wordSet(data, 'articles'),
    announcingNouns: wordSet(data, 'announcingNouns'),
    determiners: wordSet(data, 'determiners'),
    relatives: wordSet(data, 'relatives'),
    be: wordSet(data, 'be'),
    prepositions: wordSet(data, 'prepositions'),
    mentionCoordinators: wordSet(data, 'mentionCoordinators'),
    clauseCoordinators: wordSet(data, 'clauseCoordinators'),
    participleConnectives: wordSet(data, 'participleConnectives'),
    complementizers: wordSet(data, 'complementizers'),
    honorifics: wordSet(data, 'honorifics'),
    headCount: wordSet(data, 'headCount'),
    emphasis: wordSet(data, 'emphasis'),
    agentPreposition: data.agentPreposition as string,
    partnerPreposition: data.partnerPreposition as string,
    greetingVerbs: wordSet(data, 'greetingVerbs'),
    sidePhrasePreposition: data.sidePhrasePreposition as string,
    sidePhraseHeads: wordSet(data, 'sidePhraseHeads'),
    definiteArticle: data.definiteArticle as string,
    asideOpeners: wordSet(data, 'asideOpeners'),
    infinitiveMarker: data.infinitiveMarker as string,
    governingPrepositions: wordSet(data, 'governingPrepositions'),
    notNames: wordSet(data, 'notNames'),
    organisationWords: wordSet(data, 'organisationWords'),
    nameParticles: wordSet(data, 'nameParticles'),
    titleWords: wordSet(data, 'titleWords'),
    appositiveEnds: wordSet(data, 'appositiveEnds'),
    appositiveOpeners: wordSet(data, 'appositiveOpeners'),
    counterpartWords: wordSet(data, 'counterpartWords'),
    firstPersonPossessives: wordSet(data, 'firstPersonPossessives'),
    jointAdverbs: wordSet(data, 'jointAdverbs'),
    speechVerbs: words(data, 'speechVerbs'),
    speakerPronouns: wordSet(data, 'speakerPronouns'),
    months: words(data, 'months'),
    weekdays: words(data, 'weekdays'),
    ordinals: new Map(Object.entries(data.ordinals as Record<string, number>)),
    ordinalTens: new Map(Object.entries(data.ordinalTens as Record<string, number>)),
    seriesHeads: words(data, 'seriesHeads'),
    aheadOf: words(data, 'aheadOf'),
    seriesLead: regex(data, 'seriesLead'),
    seriesTail: regex(data, 'seriesTail'),
    relativeDays: new Map(Object.entries(data.relativeDays as Record<string, number>)),
    lastWeek: words(data, 'lastWeek'),
    lastWeekday: words(data, 'lastWeekday'),
    followingDay: new Map(Object.entries(data.followingDay as Record<string, number>)),
    ordinalSuffixes: words(data, 'ordinalSuffixes'),
    dayRangeJoiners: words(data, 'dayRangeJoiners'),
    verbForms: data.verbForms as Record<string, VerbFormData[]>,
    stopWords: wordSet(data, 'stopWords'),
    titlePrefix: regex(data, 'titlePrefix'),
    seriesEndInSentence: regex(data, 'seriesEndInSentence'),
    seriesEndInTitle: regex(data, 'seriesEndInTitle'),
    structure: {
      contactOpeners: regexes(data, 'contactOpeners'),
      referenceOpener: regex(data, 'referenceOpener'),
      referenceLine: regex(data, 'referenceLine'),
      contactLine: regex(data, 'contactLine'),
      pressLabel: regex(data, 'pressLabel'),
      pageChrome: regex(data, 'pageChrome'),
      pageLabel: regex(data, 'pageLabel'),
      publisher: regex(data, 'publisher'),
      runsOn: regex(data, 'runsOn'),
      noteLine: regex(data, 'noteLine'),
      datelineLabel: regex(data, 'datelineLabel'),
      datelinePlace: regex(data, 'datelinePlace'),
      signature: regex(data, 'signature'),
      proseOpener: regex(data, 'proseOpener'),
      attributionLine: attributionLine(words(data, 'speechVerbs')),
      byline: regex(data, 'byline'),
      jointStatement: regex(data, 'jointStatement'),
      jointSelf: regex(data, 'jointSelf'),
      question: regex(data, 'question'),
      anaphor: regex(data, 'anaphor'),
      enumerators: [],
      headingMaxChars: 120,
      titleMaxChars: 200,
      headingMaxWords: 14,
      // A sentence may close inside its quotation marks or brackets: 'partners."', '(2023).'
      sentenceEnd: /[.;,!?。]["'”’)\]]*$/u,
      sentenceStart: /^["'“‘(]?[\p{Lu}\p{N}]/u,
      headingTail: regex(data, 'headingTail'),
    },
  };
}

/** "About 60 participants", "more than 20 companies": does the token open a head count? */
export const opensHeadCount = (grammar: EnglishGrammar, text: string): boolean =>
  grammar.headCount.has(text.toLowerCase()) || /^\d[\d,]*$/.test(text);

/** "Minister Thomas Whitfield said:" alone on its line, from the speech verbs. */
function attributionLine(speechVerbs: readonly string[]): RegExp {
  const verbs = speechVerbs.map(escapeRegExp).join('|');
  return new RegExp(`^${SPEAKER_NAME}\\s+(?:${verbs})(?:\\s+that)?\\s*:$`, 'u');
}
