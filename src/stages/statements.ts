// Stage: sentences -> statements. The document's language learns its people and reads each
// sentence into clauses (cut, actor, cue; side and stance decided by stages/decide); this stage
// gives each clause its offsets, its topics (from its section, its own words, its paragraph's
// opener or the document's series) and its meeting. What carries from one sentence to the next
// (the last party that acted, the paragraph's topic) is passed along explicitly.
import type { CompiledCodebook } from '../codebook/compile.js';
import type { ActorBasis, ClauseReading, CompiledLanguage, ReadingContext, Token } from '../lang/types.js';
import type { DocumentStructure, Explanation, Sentence, Statement } from '../types.js';
import { askedClause } from './decide/question.js';
import { quotationAt, quotedClause } from './decide/quote.js';
import { namedSides } from './decide/side.js';
import { meetingNameSpans, meetingSections } from './meeting-names.js';
import { inferPublisher, type Publisher } from './publisher.js';
import { paragraphQuotations } from './quotations.js';
import {
  decideTopic,
  documentTopics,
  primaryTopic,
  sectionTopics,
  type TopicReader,
  topicHits,
} from './topic.js';

/** The topic an opening phrase or label names ("Regarding submarine cables, ...", "Data: ..."), or null. */
function openerTopic(
  reader: TopicReader,
  language: CompiledLanguage,
  tokens: readonly Token[],
): string | null {
  const end = language.openerEnd(tokens);
  return end === 0 ? null : primaryTopic(reader, topicHits(reader, tokens.slice(0, end)));
}

/** Bases whose actor words are a title or name ("Director for ... Cybersecurity, DG CONNECT"), not a topic. */
const NAMED: ReadonlySet<ActorBasis> = new Set(['subject', 'pronoun', 'inherited', 'first-person']);

/** The meeting of a section: the meeting whose section encloses it, else the first-named one. */
function meetingOfSection(structure: DocumentStructure): (section: number | null) => number {
  const { meetings } = structure.metadata;
  return (section) => {
    for (let s = section; s !== null; s = structure.sections[s]?.parent ?? null) {
      const at = meetings.findIndex((m) => m.section === s);
      if (at >= 0) return at;
    }
    return 0;
  };
}

/** A list marker's kind: "1." and "2." are one, "-" and "•" others. */
const markerKind = (marker: string) => marker.replace(/\p{N}+/gu, '0');

/**
 * Does `sentence` go on with the list (or its lead-in) that `previous` stands in: an item of the
 * same section, in the same block or the next, with a marker of the kind of the item before it?
 */
function inListOf(structure: DocumentStructure, sentence: Sentence, previous: Sentence | undefined): boolean {
  const block = structure.blocks[sentence.block];
  const before = previous ? structure.blocks[previous.block] : undefined;
  if (!previous || block?.kind !== 'item' || sentence.section !== previous.section) return false;
  if (sentence.block === previous.block) return true;
  if (sentence.block !== previous.block + 1) return false;
  // The first item after its lead-in ("5. On trust services, the co-chairs:") may have any marker.
  if (before?.kind !== 'item' || previous.text.endsWith(':')) return true;
  return markerKind(before.marker) === markerKind(block.marker);
}

export interface StatementOptions {
  /** The side of the document's publisher, for a first person ("we"); inferred from the text when absent. */
  publisher?: string | null;
  /** The HTML page's <title>, whose site name may say who published it. */
  pageTitle?: string;
}

export interface DocumentStatements {
  statements: Statement[];
  publisher: Publisher;
}

export function segmentStatements(
  docText: string,
  sentences: readonly Sentence[],
  structure: DocumentStructure,
  codebook: CompiledCodebook,
  language: CompiledLanguage,
  options: StatementOptions = {},
): DocumentStatements {
  const reader: TopicReader = { topics: codebook.topics, language };
  // Each sentence is read into tokens once; people, openers and clauses all work on them.
  const tokensOf = sentences.map((s) =>
    language.tokenize(docText.slice(s.span.start, s.span.end), s.span.start),
  );
  const knowledge = language.learn(tokensOf);
  const publisher: Publisher =
    options.publisher !== undefined
      ? { side: options.publisher, basis: 'metadata' }
      : inferPublisher(docText, structure, language, codebook, knowledge, options.pageTitle);
  const namingSections = meetingSections(structure, language);
  const topicsBySection = sectionTopics(reader, structure.sections, namingSections);
  const byMeeting = documentTopics(reader, structure.metadata);
  const meetingOf = meetingOfSection(structure);
  // A heading's words, read once for all the statements under it.
  const tokensBySection = new Map<number, Token[]>();
  const headingTokens = (section: number): Token[] => {
    let tokens = tokensBySection.get(section);
    if (!tokens) {
      tokens = language.tokenize(structure.sections[section]?.heading ?? '', 0);
      tokensBySection.set(section, tokens);
    }
    return tokens;
  };
  let context: ReadingContext = { lastParty: null, publisher: publisher.side };
  const quotationsOf = paragraphQuotations(docText, structure, language, knowledge);
  let paragraph: { block: number; topic: string | null } = { block: -1, topic: null };
  const statements: Statement[] = [];
  sentences.forEach((sentence, i) => {
    const tokens = tokensOf[i] ?? [];
    if (sentence.block !== paragraph.block) paragraph = { block: sentence.block, topic: null };
    // "On 5G, the EU side explained ... Both sides agreed ...": an opener's topic carries on
    // through its paragraph.
    paragraph = { ...paragraph, topic: openerTopic(reader, language, tokens) ?? paragraph.topic };
    const section = sentence.section === null ? [] : (topicsBySection[sentence.section] ?? []);
    const lastParty = context.lastParty;
    // A lead-in's actor is lent to the items of its list only: it ends where a paragraph, another
    // section, a gap or an item of another kind of marker comes. A heading can be the lead-in ("The
    // co-chairs:" on a line of its own): it is read for its actor alone, where its section starts.
    const block = structure.blocks[sentence.block];
    const previous = sentences[i - 1];
    if (context.leadIn && !inListOf(structure, sentence, previous)) {
      const { leadIn: _, ...rest } = context;
      context = rest;
    }
    const heading = sentence.section === null ? '' : (structure.sections[sentence.section]?.heading ?? '');
    const opensSection = sentence.section !== null && sentence.section !== previous?.section;
    if (block?.kind === 'item' && opensSection && heading.endsWith(':')) {
      const { leadIn } = language.readSentence(
        heading,
        headingTokens(sentence.section ?? 0),
        knowledge,
        context,
      ).context;
      if (leadIn) context = { ...context, leadIn };
    }
    const read = language.readSentence(docText, tokens, knowledge, context);
    context = read.context;
    const carried = paragraph.topic;
    const quotations = quotationsOf(sentence.block);
    // A meeting's name gives no topic.
    const meetingNames = meetingNameSpans(language, docText, sentence.span);
    const inMeetingName = (t: number) => {
      const token = tokens[t];
      return token !== undefined && meetingNames.some((m) => token.start >= m.start && token.end <= m.end);
    };
    const asked = language.structure.question.test(
      docText.slice(sentence.span.start, sentence.span.end).trim(),
    );
    // "..., and agree to reassess the need for such provisions": a clause sharing the actor of the
    // one before it in the sentence, and referring back to what it named, talks of the same thing
    // when it names nothing of its own.
    let sentenceTopic: string | null = null;
    read.clauses.forEach((readClause, k) => {
      // A clause in or introducing a quotation is its speaker's.
      const quotation = quotationAt(
        quotations,
        tokens[readClause.from]?.start ?? sentence.span.start,
        tokens[readClause.to - 1]?.end ?? sentence.span.end,
      );
      const quoted = quotation ? quotedClause(readClause, quotation, lastParty) : readClause;
      const clause = asked ? askedClause(quoted) : quoted;
      const statement = toStatement(docText, sentence, tokens, clause, k, read.clauses.length);
      const inActor = (t: number) => NAMED.has(clause.basis) && t >= clause.actor.from && t < clause.actor.to;
      const inName = (t: number) => clause.names?.some((name) => t >= name.from && t < name.to) ?? false;
      const about = tokens.filter(
        (_, t) => t >= clause.from && t < clause.to && !inActor(t) && !inName(t) && !inMeetingName(t),
      );
      const decided = decideTopic(reader, about, {
        section,
        paragraph:
          (clause.basis === 'inherited' && language.structure.anaphor.test(statement.text)
            ? sentenceTopic
            : null) ?? carried,
        document: byMeeting[meetingOf(sentence.section)] ?? byMeeting[0] ?? [],
        about: clause.about,
      });
      const { topic, topics, source } = decided;
      sentenceTopic = source === 'words' ? topic : sentenceTopic;
      // A statement naming another topic of its own ends the opener's carry.
      if (source === 'words' && topic !== paragraph.topic) paragraph = { ...paragraph, topic: null };
      const why: Explanation = {
        actor: {
          basis: clause.basis,
          words: clause.actorText,
          sides: namedSides(clause.actor, publisher.side),
          refersTo: refersTo(statements, clause),
        },
        cue: clause.cue.cue
          ? {
              pattern: clause.cue.cue.pattern,
              lemma: clause.cue.cue.lemma,
              words: clause.cue.text,
              negated: clause.cue.negated,
            }
          : null,
        topic: {
          source,
          terms: decided.terms,
          heading:
            source === 'section' ? headingOf(reader, structure, sentence.section, topic, headingTokens) : '',
        },
        cut: clause.cutAt,
      };
      statements.push({
        ...statement,
        meeting: meetingOf(sentence.section),
        topic,
        topics,
        topicSource: source,
        why,
      });
    });
  });
  return { statements, publisher };
}

/** For a pronoun or an inherited actor, the sentence of the statement before with that side. */
function refersTo(before: readonly Statement[], clause: ClauseReading): number | null {
  if (clause.basis !== 'pronoun' && clause.basis !== 'inherited') return null;
  for (let i = before.length - 1; i >= 0; i--) {
    const earlier = before[i] as Statement;
    if (earlier.side === clause.side) return earlier.sentence;
  }
  return null;
}

/** The heading a section topic came from: the section's own, or the nearest enclosing one naming it. */
function headingOf(
  reader: TopicReader,
  structure: DocumentStructure,
  section: number | null,
  topic: string,
  headingTokens: (section: number) => Token[],
): string {
  for (let s = section; s !== null; s = structure.sections[s]?.parent ?? null) {
    const heading = structure.sections[s]?.heading ?? '';
    if (topicHits(reader, headingTokens(s)).some((hit) => hit.id === topic)) return heading;
  }
  return section === null ? '' : (structure.sections[section]?.heading ?? '');
}

/** A clause as a statement: its offsets (the first and last clause reach the sentence's ends) and words. */
function toStatement(
  docText: string,
  sentence: Sentence,
  tokens: readonly Token[],
  clause: ClauseReading,
  k: number,
  count: number,
): Omit<Statement, 'meeting' | 'topic' | 'topics' | 'topicSource' | 'why'> {
  const start = k === 0 ? sentence.span.start : (tokens[clause.from]?.start ?? sentence.span.start);
  const end = k === count - 1 ? sentence.span.end : (tokens[clause.to - 1]?.end ?? sentence.span.end);
  return {
    index: k + 1,
    sentence: sentence.index,
    span: { start, end },
    text: docText.slice(start, end).replace(/\s+/g, ' ').trim(),
    side: clause.side,
    stance: clause.stance,
    cue: clause.cue.text,
    actor: clause.actorText,
    basis: clause.basis,
    predicate: clause.cue.predicate,
    unknownActor: clause.actor.unknown,
  };
}
