// Japanese grammar data (grammar.json) as the reader uses it.
import { type GrammarData, grammarData, literal, mergeGrammar, regex, regexes, words } from '../grammar.js';
import type { StructureGrammar } from '../types.js';
import { foldWidth } from './width.js';

export interface JapaneseGrammar {
  sentenceEnds: ReadonlySet<string>;
  openBrackets: ReadonlySet<string>;
  closeBrackets: ReadonlySet<string>;
  /** Longest first, so that 「からは」 is read before 「から」. */
  actorParticles: readonly string[];
  /** The actor particles that mark who speaks, not how a thing came about (「…により」). */
  speakerParticles: readonly string[];
  mentionJoiners: readonly string[];
  /** Particles after a side that make it a partner of the act (true) or a noun's modifier (false), longest first. */
  partnerParticles: readonly (readonly [string, boolean])[];
  clauseEndings: readonly string[];
  notClauseEndings: readonly string[];
  emphasis: readonly string[];
  negation: readonly string[];
  passive: readonly string[];
  /** Words that make a clause a noun, the object of the predicate after it (「…協力していくことを提案」). */
  nominalizers: readonly string[];
  /** Cue lemmas whose passive subject is the thing done (「…が開催された」), not its actor. */
  heldVerbs: readonly string[];
  /** Words after a cue that make it background (「…こととされたことを受け」): no act of the statement. */
  backgroundMarkers: readonly string[];
  eras: ReadonlyMap<string, number>;
  weekdays: readonly string[];
  /** Words joining a second day to a date (「19日（火）及び20日（水）」): two days, two dates. */
  dayJoiners: readonly string[];
  titleSuffixes: readonly string[];
  /** Nouns that make a name a meeting series (「対話」「ワークショップ」). */
  seriesHeads: readonly string[];
  /** Words for a day counted from the release's date: 「本日」 0, 「昨日」 -1. */
  relativeDays: ReadonlyMap<string, number>;
  titlePrefixes: readonly string[];
  meetingNumber: RegExp;
  /** Words of a purpose sentence (「本ワークショップは、…を目的としている」): about the meeting, one statement. */
  purposeWords: readonly string[];
  /** Words of bodies and offices, never in a person's name (「情報通信」 before 「国際戦略局長」). */
  notNameWords: readonly string[];
  /** Words after a role that belong to it (「…事務総長代理」: acting). */
  roleSuffixes: ReadonlySet<string>;
  /** Surnames that hold such a word all the same (「日下部」「長谷部」「室井」). */
  surnamesWithOfficeWords: readonly string[];
  /** Marks of a footnote written after a name (「ENISA※の担当者」): the name reads on past them. */
  noteMarks: ReadonlySet<string>;
  /**
   * Words that end the name of a body or a side (「センター」「研究所」「側」): a side's name followed by
   * name-like words up to one of them is that body, and speaks for the side (「欧州委員会共同研究セン
   * ター」「欧州側」).
   */
  bodyHeads: readonly string[];
  /**
   * Nouns that end a side's own name (「日本側」): such a name governs the noun phrase after it
   * (「日本側の各省庁」「日本側参加者」), which speaks for the side.
   */
  sideNouns: readonly string[];
  /**
   * Heads of a phrase a side governs that speak, besides the codebook's groups and roles and the
   * bodies (「日本側の参加企業からは」): a phrase with another head names a thing, not a speaker.
   */
  speakerHeads: readonly string[];
  /**
   * Names of a meeting that name no series (「日EU連結性パートナーシップ第１回実務者会合」): the
   * series is then the name before the number.
   */
  genericMeetings: readonly string[];
  /** Kana some kanji names hold between two kanji (「三ツ矢」「一ノ瀬」「霞ヶ関」). */
  kanjiNameKana: ReadonlySet<string>;
  /** Words that end a meeting's name (「…政策対話及び…」). */
  nameStops: readonly string[];
  /** Words with kana that a meeting's name may hold (「…に関する政策協力対話」). */
  nameJoiners: readonly string[];
  /** Particles, auxiliaries and formal nouns that `keyness` leaves out of its terms (folded). */
  stopWords: ReadonlySet<string>;
  structure: StructureGrammar;
}

const longestFirst = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length);
const folded = (list: readonly string[]) => longestFirst(list.map((word) => foldWidth(word).toLowerCase()));

export function japaneseGrammar(overrides: GrammarData = {}, where = 'codebook'): JapaneseGrammar {
  const data = mergeGrammar(grammarData('ja'), overrides, where);
  const enumerators = (data.enumerators as { style: string; pattern: string; numbers?: string[] }[]).map(
    (e) => ({
      style: e.style,
      pattern: literal(e.pattern),
      ...(e.numbers ? { numbers: e.numbers } : {}),
    }),
  );
  return {
    sentenceEnds: new Set(words(data, 'sentenceEnds')),
    openBrackets: new Set(words(data, 'openBrackets')),
    closeBrackets: new Set(words(data, 'closeBrackets')),
    actorParticles: folded(words(data, 'actorParticles')),
    speakerParticles: folded(words(data, 'speakerParticles')),
    mentionJoiners: folded(words(data, 'mentionJoiners')),
    partnerParticles: Object.entries(data.partnerParticles as Record<string, boolean>)
      .map(([particle, partner]): [string, boolean] => [foldWidth(particle), partner])
      .sort(([a], [b]) => b.length - a.length),
    clauseEndings: folded(words(data, 'clauseEndings')),
    notClauseEndings: folded(words(data, 'notClauseEndings')),
    emphasis: folded(words(data, 'emphasis')),
    negation: folded(words(data, 'negation')),
    passive: folded(words(data, 'passive')),
    heldVerbs: folded(words(data, 'heldVerbs')),
    nominalizers: folded(words(data, 'nominalizers')),
    backgroundMarkers: folded(words(data, 'backgroundMarkers')),
    eras: new Map(Object.entries(data.eras as Record<string, number>)),
    weekdays: words(data, 'weekdays'),
    dayJoiners: folded(words(data, 'dayJoiners')),
    titleSuffixes: longestFirst(words(data, 'titleSuffixes')),
    seriesHeads: words(data, 'seriesHeads'),
    relativeDays: new Map(Object.entries(data.relativeDays as Record<string, number>)),
    titlePrefixes: longestFirst(words(data, 'titlePrefixes')),
    meetingNumber: regex(data, 'meetingNumber'),
    purposeWords: folded(words(data, 'purposeWords')),
    notNameWords: words(data, 'notNameWords'),
    surnamesWithOfficeWords: longestFirst(words(data, 'surnamesWithOfficeWords')),
    roleSuffixes: new Set(words(data, 'roleSuffixes')),
    noteMarks: new Set(words(data, 'noteMarks')),
    bodyHeads: folded(words(data, 'bodyHeads')),
    sideNouns: folded(words(data, 'sideNouns')),
    speakerHeads: folded(words(data, 'speakerHeads')),
    kanjiNameKana: new Set(words(data, 'kanjiNameKana')),
    genericMeetings: words(data, 'genericMeetings'),
    nameStops: longestFirst(words(data, 'nameStops')),
    nameJoiners: longestFirst(words(data, 'nameJoiners')),
    stopWords: new Set(folded(words(data, 'stopWords'))),
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
      // Japanese releases quote no one line by line.
      attributionLine: /(?!)/u,
      byline: regex(data, 'byline'),
      jointStatement: regex(data, 'jointStatement'),
      jointSelf: regex(data, 'jointSelf'),
      question: regex(data, 'question'),
      anaphor: regex(data, 'anaphor'),
      enumerators,
      headingMaxChars: data.headingMaxChars as number,
      titleMaxChars: data.titleMaxChars as number,
      // Japanese writes no spaces between words: the character limit is the one that counts.
      headingMaxWords: Number.POSITIVE_INFINITY,
      sentenceEnd: /[。．！？!?、,]$/u,
      // Anything but punctuation that continues a sentence (、。）」) may start one.
      sentenceStart: /^[^、。，．,.）)」』]/u,
      headingTail: regex(data, 'headingTail'),
    },
  };
}
