// English: releases in the ministries' and the Commission's English. The clause grammar is shallow
// on purpose: these summaries say "[opener,] ACTOR [adverb] PREDICATE object" again and again, so
// a subject region before the first finite predicate, plus the codebook's aliases, finds the actor.
import type { Codebook, LanguagePart } from '../../codebook/types.js';
import type { Span } from '../../types.js';
import type {
  About,
  ClauseReading,
  CompiledLanguage,
  DocumentKnowledge,
  Language,
  Quotation,
  ReadingContext,
  Token,
} from '../types.js';
import { openerEnd, verbFormsOf } from './clauses.js';
import { matchSlots } from './cues.js';
import { englishDates } from './dates.js';
import { englishMeetings } from './meetings.js';
import { findMentions, type Vocabulary } from './mentions.js';
import { compileEnglish, type EnglishModel } from './model.js';
import { englishPattern } from './pattern.js';
import { firstPersonSide, isTitle, learnPeople, vocabularyOf } from './people.js';
import { type EnglishAlias, longestPhraseAt, phraseMatcher } from './phrases.js';
import { quoteFinder } from './quotes.js';
import type { Reading, SentenceScope } from './reading.js';
import { splitEnglishSentences } from './sentences.js';
import { splitClauses } from './split.js';
import { tokenize } from './tokens.js';

/** A label ("Data:", "High performance computing:") has at most this many words. */
const LABEL_WORDS = 5;

/** Is the clause about the meeting itself: its logistics, or the meeting as its subject? */
function aboutWhat(
  model: EnglishModel,
  tokens: readonly Token[],
  from: number,
  to: number,
  reading: Reading,
): About {
  const { phrases, patterns, subjects, verbs } = model.procedural;
  for (let i = from; i < to; i++) {
    if (longestPhraseAt(phrases, tokens, i, to)) return 'logistics';
    // "It was agreed to hold the 4th meeting in Brussels".
    const lemmas = verbFormsOf(model, tokens[i]).map((f) => f.lemma);
    const logistics = lemmas.flatMap((lemma) => patterns.get(lemma) ?? []);
    if (logistics.some((cue) => matchSlots(cue, tokens, i, to) >= 0)) return 'logistics';
  }
  if (verbs.has(reading.cueLemma)) return 'meeting';
  // Without a predicate, the first words stand for the subject ("The workshop consisted of ...").
  const subjectEnd =
    reading.actorTo > reading.actorFrom ? reading.actorTo : Math.min(to, reading.actorFrom + 4);
  const subject = tokens.slice(reading.actorFrom, subjectEnd);
  return reading.side === 'none' && subject.some((t) => subjects.has(t.norm)) ? 'meeting' : 'topic';
}

export function compiledEnglish(model: EnglishModel): CompiledLanguage {
  const { grammar } = model;
  const dates = englishDates(grammar);
  const meetings = englishMeetings(grammar, model.pair);
  const findQuotes = quoteFinder(grammar.speechVerbs);
  /**
   * A paragraph after "Minister X said:" is X's: one in quotation marks closes the quotation; one
   * without them (GOV.UK) goes on into the next paragraph while that speaks in the first person.
   */
  const continuedQuotation = (
    block: string,
    span: Span,
    opened: Quotation,
    knowledge: DocumentKnowledge,
  ): Quotation[] => {
    const marked = /^[“"‘]/u.test(block);
    if (opened.introduced) {
      const mentions = findMentions(tokenize(block, span.start), vocabularyFor(knowledge));
      if (marked || !mentions.some((m) => m.alias.kind === 'first-person')) return [];
    }
    return [{ ...opened, start: span.start, end: span.end, opensParagraphs: !marked, introduced: true }];
  };
  const vocabularies = new WeakMap<DocumentKnowledge, Vocabulary>();
  const vocabularyFor = (knowledge: DocumentKnowledge): Vocabulary => {
    let vocabulary = vocabularies.get(knowledge);
    if (!vocabulary) {
      vocabulary = vocabularyOf(model, knowledge.people as EnglishAlias[]);
      vocabularies.set(knowledge, vocabulary);
    }
    return vocabulary;
  };
  return {
    id: 'en',
    structure: grammar.structure,
    splitSentences: (text, span) => splitEnglishSentences(grammar, text, span),
    tokenize,
    findDates: dates.findDates,
    isDateOnly: dates.isDateOnly,
    meetingMentions: meetings.meetingMentions,
    cleanSeries: meetings.cleanSeries,
    canonicalPair: meetings.canonicalPair,
    namesSeries: meetings.namesSeries,
    holdsClause: (text) =>
      tokenize(text).some(
        (token) =>
          grammar.be.has(token.lower) ||
          model.auxiliaries.has(token.lower) ||
          (model.verbForms.get(token.lower) ?? []).some(({ form }) => form === 'past' || form === 'present'),
      ),
    relativeDates: dates.relativeDates,
    topicTerms: phraseMatcher(model.topicTerms),
    learn: (sentences) => ({
      people: learnPeople(sentences, model),
      publisher: firstPersonSide(sentences, model),
    }),
    partiesIn(text) {
      const tokens = tokenize(text);
      const mentions = findMentions(tokens, vocabularyOf(model, []));
      return [...new Set(mentions.filter((m) => m.alias.kind === 'party').map((m) => m.alias.side))];
    },
    quotations(text, span, knowledge, opened) {
      const block = text.slice(span.start, span.end);
      const own = findQuotes(block);
      if (own.length === 0 && opened) return continuedQuotation(block, span, opened, knowledge);
      return own.map((quote): Quotation => {
        const words = block.slice(quote.speaker.start, quote.speaker.end);
        const tokens = tokenize(words, span.start + quote.speaker.start);
        const mentions = findMentions(tokens, vocabularyFor(knowledge));
        const parties = mentions.filter((m) => m.alias.kind === 'party').map((m) => m.alias.side);
        return {
          start: span.start + quote.start,
          end: span.start + quote.end,
          speaker: words,
          side: parties[0] ?? null,
          pronoun: parties.length === 0 && grammar.speakerPronouns.has(words.toLowerCase()),
          opensParagraphs: quote.opensParagraphs,
          introduced: false,
          ...(quote.continued ? { continued: true } : {}),
        };
      });
    },
    patternMatcher: (pattern) => englishPattern(model, pattern),
    openerEnd(tokens) {
      // A label works as an opener too: "・Data: The EU side reported ... The Japanese side explained ...".
      const label = tokens.findIndex((t, i) => i <= LABEL_WORDS && /^[:：]$/u.test(t.text));
      return label > 0 ? label : openerEnd(tokens, model, 0, tokens.length);
    },
    readSentence(text, tokens, knowledge, context: ReadingContext) {
      if (tokens.length === 0) return { clauses: [], context };
      const scope: SentenceScope = {
        text,
        tokens,
        vocabulary: vocabularyFor(knowledge),
        parties: model.parties,
      };
      const split = splitClauses(scope, context);
      // An office's title says who, not what about: "headed by Mr. MORI, Ambassador in charge of
      // Cyber Policy" is about no topic.
      const titles = split.mentions
        .filter((m) => m.alias.kind === 'party' && isTitle(m, model))
        .map((m) => ({ from: m.start, to: m.end }));
      const clauses = split.spans.map(
        ({ from, to, reading, cutAt }): ClauseReading => ({
          from,
          to,
          actor: reading.facts.actor,
          cue: reading.facts.cue,
          about: aboutWhat(model, tokens, from, to, reading),
          cutAt,
          side: reading.side,
          stance: reading.stance,
          basis: reading.basis,
          actorText: reading.actor,
          names: titles.filter((t) => t.from >= from && t.to <= to),
        }),
      );
      return { clauses, context: split.context };
    },
  };
}

export const english: Language = {
  id: 'en',
  compile: (codebook: Codebook, part: LanguagePart, where: string) =>
    compiledEnglish(compileEnglish(codebook, part, where)),
};
