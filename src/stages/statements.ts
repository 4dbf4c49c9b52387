// Stage: sentences -> statements. Each sentence is cut into clauses (split.ts), each clause read
// for its side, stance and cue (reading.ts), and each statement given its topics from its section,
// its own words, its paragraph's opener or the document's series.
import { type CompiledCodebook, longestPhraseAt } from '../codebook/compile.js';
import { type Token, tokenize } from '../nlp/tokens.js';
import type { DocumentStructure, Sentence, Statement } from '../types.js';
import { analyzeClause, coordinatedPredicate, openerEnd, skipAdverbs, verbFormsOf } from './clauses.js';
import { learnPeople, withPeople } from './people.js';
import { type Reading, readClause, type SentenceScope } from './reading.js';
import { NONE, type SideContext } from './side.js';
import { type ClauseSpan, coordinatorLength, splitClauses } from './split.js';
import { matchSlots } from './stance.js';
import {
  decideTopic,
  documentTopics,
  primaryTopic,
  sectionTopics,
  type TopicContext,
  topicHits,
} from './topic.js';

/** The topic an opening phrase names ("Regarding submarine cables, ..."), or null. */
function openerTopic(tokens: readonly Token[], codebook: CompiledCodebook): string | null {
  // A label works as an opener too: "・Data: The EU side reported ... The Japanese side explained ...".
  const label = tokens.findIndex((t, i) => i <= LABEL_WORDS && /^[:：]$/u.test(t.text));
  const end = label > 0 ? label : openerEnd(tokens, codebook, 0, tokens.length);
  return end === 0 ? null : primaryTopic(codebook, topicHits(codebook, tokens.slice(0, end)));
}

/** A label ("Data:", "High performance computing:") has at most this many words. */
const LABEL_WORDS = 5;

/** Is the statement about the meeting itself (see `TopicContext.about`)? */
function aboutWhat(
  codebook: CompiledCodebook,
  tokens: readonly Token[],
  span: ClauseSpan,
  reading: Reading,
): TopicContext['about'] {
  const { phrases, patterns, subjects, verbs } = codebook.procedural;
  for (let i = span.from; i < span.to; i++) {
    if (longestPhraseAt(phrases, tokens, i, span.to)) return 'logistics';
    // "It was agreed to hold the 4th meeting in Brussels".
    const lemmas = verbFormsOf(codebook, tokens[i]).map((f) => f.lemma);
    const logistics = lemmas.flatMap((lemma) => patterns.get(lemma) ?? []);
    if (logistics.some((cue) => matchSlots(cue, tokens, i, span.to) >= 0)) return 'logistics';
  }
  if (verbs.has(reading.cueLemma)) return 'meeting';
  // Without a predicate, the first words stand for the subject ("The workshop consisted of ...").
  const subjectEnd =
    reading.actorTo > reading.actorFrom ? reading.actorTo : Math.min(span.to, reading.actorFrom + 4);
  const subject = tokens.slice(reading.actorFrom, subjectEnd);
  return reading.side === NONE && subject.some((t) => subjects.has(t.norm)) ? 'meeting' : 'topic';
}

/** The statements of one sentence; `context` carries the last acting party across sentences. */
export function sentenceStatements(
  docText: string,
  sentence: Sentence,
  tokens: readonly Token[],
  codebook: CompiledCodebook,
  topicContext: Omit<TopicContext, 'about'>,
  context: SideContext,
): Statement[] {
  if (tokens.length === 0) return [];
  const scope: SentenceScope = {
    text: docText,
    tokens,
    codebook,
    parties: codebook.parties.map((p) => p.id),
    context,
  };
  const spans = splitClauses(scope);
  return spans.map((span, i) => {
    const first =
      i === 0 ? 0 : skipAdverbs(tokens, codebook, span.from + coordinatorLength(tokens, span.from));
    const clause = span.inherited
      ? {
          openerEnd: first,
          subjectStart: first,
          predicate: coordinatedPredicate(tokens, codebook, first, span.to),
          mentions: [],
        }
      : analyzeClause(tokens, codebook, first, span.to);
    const reading = span.gapped ?? readClause(scope, clause, span.to, span.inherited);
    if (scope.parties.includes(reading.side)) context.lastPartySide = reading.side;
    const start = i === 0 ? sentence.span.start : (tokens[span.from]?.start ?? sentence.span.start);
    const end = i === spans.length - 1 ? sentence.span.end : (tokens[span.to - 1]?.end ?? sentence.span.end);
    const words = docText.slice(start, end).replace(/\s+/g, ' ').trim();
    // The actor's own title ("Director for ... Cybersecurity, DG CONNECT") says nothing of the
    // topic; a passive's subject ("Issues related to online platforms were discussed") does.
    const actorNamed = reading.basis === 'subject' || reading.basis === 'pronoun';
    const inActor = (k: number) => actorNamed && k >= reading.actorFrom && k < reading.actorTo;
    const about = tokens.filter((_, k) => k >= span.from && k < span.to && !inActor(k));
    const { topic, topics, source } = decideTopic(codebook, about, {
      ...topicContext,
      about: aboutWhat(codebook, tokens, span, reading),
    });
    return {
      index: i + 1,
      sentence: sentence.index,
      span: { start, end },
      text: words,
      side: reading.side,
      stance: reading.stance,
      topic,
      topics,
      topicSource: source,
      cue: reading.cue,
      actor: reading.actor,
      predicate: reading.predicate,
      unknownActor: reading.unknownActor,
    };
  });
}

export function segmentStatements(
  docText: string,
  sentences: readonly Sentence[],
  structure: DocumentStructure,
  general: CompiledCodebook,
): Statement[] {
  // Each sentence is read into tokens once; people, openers and statements all work on them.
  const tokensOf = sentences.map((s) => tokenize(docText.slice(s.span.start, s.span.end), s.span.start));
  const codebook = withPeople(general, learnPeople(tokensOf, general));
  const topicsBySection = sectionTopics(codebook, structure.sections);
  const document = documentTopics(codebook, structure.metadata);
  const context: SideContext = { lastPartySide: null };
  const statements: Statement[] = [];
  let paragraph: { block: number; topic: string | null } = { block: -1, topic: null };
  sentences.forEach((sentence, i) => {
    const tokens = tokensOf[i] ?? [];
    if (sentence.block !== paragraph.block) paragraph = { block: sentence.block, topic: null };
    // "On 5G, the EU side explained ... Both sides agreed ...": an opener's topic carries on
    // through its paragraph.
    paragraph.topic = openerTopic(tokens, codebook) ?? paragraph.topic;
    const section = sentence.section === null ? [] : (topicsBySection[sentence.section] ?? []);
    const topicContext = { section, paragraph: paragraph.topic, document };
    for (const statement of sentenceStatements(docText, sentence, tokens, codebook, topicContext, context)) {
      // A statement naming another topic of its own ends the opener's carry.
      if (statement.topicSource === 'words' && statement.topic !== paragraph.topic) paragraph.topic = null;
      statements.push(statement);
    }
  });
  return statements;
}
