// Japanese: releases of the ministries in Japanese (報道資料). Words come from Node's ICU segmenter;
// aliases, cues and terms are matched on characters aligned with its words; the actor is the side
// marked by から / は / が / より, the cue the last one before the sentence or clause ends.
import type { Codebook, LanguagePart } from '../../codebook/types.js';
import type {
  AliasPhrase,
  CompiledLanguage,
  DocumentKnowledge,
  Language,
  PhraseMatcher,
  RelativeDate,
} from '../types.js';
import { findMentions, readJapaneseSentence } from './clauses.js';
import { japaneseDates } from './dates.js';
import { japaneseMeetings } from './meetings.js';
import { compileJapanese, type JapaneseModel } from './model.js';
import { japanesePattern } from './pattern.js';
import { learnJapanesePeople } from './people.js';
import { japaneseMatcher } from './phrases.js';
import { splitJapaneseSentences } from './sentences.js';
import { tokenize } from './tokens.js';

/** A label that works as an opener (「・データ：」) has at most this many tokens before its colon. */
const LABEL_TOKENS = 8;

export function compiledJapanese(model: JapaneseModel): CompiledLanguage {
  const { grammar } = model;
  const dates = japaneseDates(grammar);
  const meetings = japaneseMeetings(grammar);
  const people = new WeakMap<DocumentKnowledge, PhraseMatcher<AliasPhrase>>();
  const peopleOf = (knowledge: DocumentKnowledge) => {
    let matcher = people.get(knowledge);
    if (!matcher) {
      matcher = japaneseMatcher(knowledge.people);
      people.set(knowledge, matcher);
    }
    return matcher;
  };
  return {
    id: 'ja',
    structure: grammar.structure,
    splitSentences: (text, span, kind) => splitJapaneseSentences(grammar, text, span, kind === 'item'),
    tokenize,
    findDates: dates.findDates,
    isDateOnly: dates.isDateOnly,
    meetingMentions: meetings.meetingMentions,
    cleanSeries: meetings.cleanSeries,
    // Japanese series names write the pair one way (「日EU」), and the codebook lists them so.
    canonicalPair: (name) => name,
    namesSeries: (name) => grammar.seriesHeads.some((head) => name.includes(head)),
    // A Japanese lead-in line ends in its predicate and 。 (「主な議論は以下のとおり。」): the sentence
    // end already keeps it from being a heading.
    holdsClause: () => false,
    relativeDates(text) {
      const found: RelativeDate[] = [];
      for (const [word, days] of grammar.relativeDays)
        for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length))
          found.push({ days, index: at, length: word.length });
      return found.sort((a, b) => a.index - b.index);
    },
    topicTerms: model.topicTerms,
    learn: (sentences) => ({ people: learnJapanesePeople(sentences, model), publisher: null }),
    partiesIn(text) {
      const mentions = findMentions({ text, tokens: tokenize(text), model, people: japaneseMatcher([]) });
      return [...new Set(mentions.filter((m) => m.alias.kind === 'party').map((m) => m.alias.side))];
    },
    // Japanese releases report what a side said (「…と述べた」) rather than quote it at length.
    quotations: () => [],
    patternMatcher: japanesePattern,
    openerEnd(tokens) {
      const label = tokens.findIndex((t, i) => i <= LABEL_TOKENS && (t.lower === ':' || t.lower === '：'));
      if (label > 0) return label;
      // 「AIについては、」: the phrase before the first 、 when it ends like an opener.
      const comma = tokens.findIndex((t) => t.lower === '、' || t.lower === ',');
      if (comma <= 0) return 0;
      const before = tokens
        .slice(0, comma)
        .map((t) => t.lower)
        .join('');
      return model.openers.some((opener) => before.endsWith(opener)) ? comma + 1 : 0;
    },
    readSentence(text, tokens, knowledge, context) {
      if (tokens.length === 0) return { clauses: [], context };
      return readJapaneseSentence({ text, tokens, model, people: peopleOf(knowledge) }, context);
    },
  };
}

export const japanese: Language = {
  id: 'ja',
  compile: (codebook: Codebook, part: LanguagePart, where: string) =>
    compiledJapanese(compileJapanese(codebook, part, where)),
};
