// Stage: sentences -> statements. A sentence is cut at a coordinator (", and", "; ", ", while")
// where what follows is a clause of its own whose side or stance differs, or a coordinated
// predicate whose stance differs; then each statement gets its side, stance, cue and topics.
import { type CompiledCodebook, longestPhraseAt } from '../codebook/compile.js';
import { type Token, tokenize } from '../nlp/tokens.js';
import type { DocumentStructure, Sentence, Side, Stance, Statement } from '../types.js';
import {
  analyzeClause,
  type Clause,
  coordinatedPredicate,
  openerEnd,
  skipAdverbs,
  verbFormsOf,
} from './clauses.js';
import { findMentions } from './mentions.js';
import { learnPeople, withPeople } from './people.js';
import {
  BOTH,
  decideSide,
  jointPartner,
  labelSide,
  NONE,
  type SideContext,
  type SideDecision,
} from './side.js';
import { matchCue, matchSlots, stanceFor } from './stance.js';
import {
  decideTopic,
  documentTopics,
  primaryTopic,
  sectionTopics,
  type TopicContext,
  topicHits,
} from './topic.js';

const COORDINATORS = new Set(['and', 'but', 'while', 'whereas', 'whilst', 'although', 'though', ';']);
const COMPLEMENTIZERS = new Set(['that', 'whether', 'which', 'how', 'what', 'where', 'who']);

interface Reading {
  /** The lemma of the cue that decided the stance, or "". */
  cueLemma: string;
  /** How the side was found (a subject, a "by" agent, a joint outcome, a pronoun, none). */
  basis: SideDecision['basis'];
  /** Tokens from the end of any opener to the predicate: the actor, whose title the topic ignores. */
  actorFrom: number;
  actorTo: number;
  side: Side;
  stance: Stance;
  actor: string;
  cue: string;
  predicate: string;
  unknownActor: string;
}

interface ClauseSpan {
  /** Token range [from, to). */
  from: number;
  to: number;
  /** The reading of the clause before, for a coordinated predicate with no subject of its own. */
  inherited?: Reading;
  /** A gapped clause ("..., and Japan by Minister X"): the reading whole, the verb left out. */
  gapped?: Reading;
}

/** Everything one sentence's analysis needs, so the helpers below take one argument. */
interface SentenceScope {
  text: string;
  tokens: readonly Token[];
  codebook: CompiledCodebook;
  parties: readonly string[];
  context: SideContext;
}

function slice(scope: SentenceScope, from: number, to: number): string {
  const first = scope.tokens[from];
  const last = scope.tokens[to - 1];
  return first && last ? scope.text.slice(first.start, last.end) : '';
}

/** Side and stance of `clause`, whose tokens end at `to`. */
function readClause(scope: SentenceScope, clause: Clause, to: number, inherited?: Reading): Reading {
  const { tokens, codebook, parties } = scope;
  const predicate = clause.predicate;
  const passiveSubject = predicate?.passive ? ([clause.subjectStart, predicate.start] as const) : undefined;
  // A copula may carry the cue itself: "The two sides were of the view that ...".
  const cueAt = predicate ? (predicate.verb >= 0 ? predicate.verb : predicate.start) : -1;
  const match = predicate ? matchCue(codebook, tokens, cueAt, to, passiveSubject) : null;
  // "No agreement was reached": the negation stands in the passive's subject.
  const negated =
    predicate !== null &&
    (predicate.negated ||
      (passiveSubject !== undefined && tokens.slice(...passiveSubject).some((t) => t.lower === 'no')));
  // "It was agreed / confirmed that ...": an agreement nobody is named for is the joint outcome.
  const outcome =
    match !== null && !negated && match.cue.stance === 'concurred' && codebook.outcomes.has(match.cue.lemma);
  const decided = inherited
    ? { side: inherited.side, actor: inherited.actor, basis: 'subject' as const }
    : decideSide(clause, tokens, scope.text, codebook, scope.context, outcome);
  let { side, actor } = decided;
  const basis = decided.basis;
  if (!predicate && side === NONE) side = labelSide(tokens, codebook, clause.subjectStart) ?? NONE;
  // "MIC held the dialogue with DG CONNECT": meeting the other party is a joint act; agreeing
  // with it ("Japan concurred with the EU side") stays the one party's act.
  if (match?.cue.stance === 'other' && predicate && parties.includes(side)) {
    const partner = jointPartner(tokens, scope.text, codebook, side, predicate.verb + 1, to);
    if (partner) {
      side = BOTH;
      actor = `${actor} ${partner}`;
    }
  }
  const predicateText = predicate
    ? slice(scope, predicate.start, Math.max(predicate.verb, predicate.start) + 1)
    : '';
  // An active predicate whose short subject names no side: a candidate alias for the codebook.
  const subjectLength = predicate ? predicate.start - clause.subjectStart : 0;
  const unknownActor =
    decided.basis === 'none' &&
    predicate &&
    !predicate.passive &&
    predicate.verb >= 0 &&
    subjectLength > 0 &&
    subjectLength <= 8
      ? slice(scope, clause.subjectStart, predicate.start)
      : '';
  const region = { actorFrom: clause.openerEnd, actorTo: predicate ? predicate.start : clause.openerEnd };
  if (!predicate || !match)
    return {
      ...region,
      cueLemma: '',
      basis,
      side,
      actor,
      stance: 'other',
      cue: '',
      predicate: predicateText,
      unknownActor,
    };
  // A negated cue ("did not agree") is reported with its negation and decides nothing.
  return {
    ...region,
    basis,
    side,
    actor,
    // Agreement needs someone who agrees: "The AI Act was adopted in 2024" concurs with nothing
    // (an active subject that names no side, "The Council reaffirmed ...", still concurs).
    stance: negated
      ? match.cue.whenNegated
      : side === NONE && predicate.passive && match.cue.stance === 'concurred'
        ? 'other'
        : stanceFor(match.cue, side, parties),
    cue: slice(scope, predicate.negated ? predicate.start : cueAt, match.end),
    cueLemma: match.cue.lemma,
    predicate: predicateText,
    unknownActor,
  };
}

/** The topic an opening phrase names ("Regarding submarine cables, ..."), or null. */
function openerTopic(tokens: readonly Token[], codebook: CompiledCodebook): string | null {
  const end = openerEnd(tokens, codebook, 0, tokens.length);
  return end === 0 ? null : primaryTopic(codebook, topicHits(codebook, tokens.slice(0, end)));
}

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

function coordinatorLength(tokens: readonly Token[], at: number): number {
  const token = tokens[at];
  if (!token) return 0;
  if (token.text === ',' && COORDINATORS.has(tokens[at + 1]?.lower ?? '')) return 2;
  return COORDINATORS.has(token.lower) ? 1 : 0;
}

/**
 * "The EU was represented by A, and Japan by B": after the connective, another side followed by
 * "by" and no verb repeats the clause before with its own actor. Returns that reading, or undefined.
 */
function gappedClause(scope: SentenceScope, from: number, left: Reading): Reading | undefined {
  const [mention] = findMentions(scope.tokens, scope.codebook, from);
  if (
    !mention ||
    mention.start !== from ||
    mention.alias.kind !== 'party' ||
    mention.alias.side === left.side
  )
    return undefined;
  if (scope.tokens[mention.end]?.lower !== 'by') return undefined;
  return {
    ...left,
    side: mention.alias.side,
    actor: slice(scope, mention.start, mention.end),
    unknownActor: '',
  };
}

/** Cuts a sentence's tokens into clause spans. */
function splitClauses(scope: SentenceScope): ClauseSpan[] {
  const { tokens, codebook } = scope;
  // "MIC and DG CONNECT will ...": an "and" between two actors joins a subject, not clauses.
  const mentions = findMentions(tokens, codebook);
  const mentionEnds = new Set(mentions.map((m) => m.end));
  const mentionStarts = new Set(mentions.map((m) => m.start));
  const joinsActors = (b: number) =>
    tokens[b]?.lower === 'and' && mentionEnds.has(b) && mentionStarts.has(b + 1);
  const spans: ClauseSpan[] = [];
  let current: ClauseSpan = { from: 0, to: tokens.length };
  for (let b = 1; b < tokens.length; b++) {
    // ", and" / "while" / ";" — or a bare comma before a new actor ("..., the Japanese side raised ...").
    const bareComma = tokens[b]?.text === ',' && coordinatorLength(tokens, b) === 0;
    const length = bareComma ? 1 : coordinatorLength(tokens, b);
    if (length === 0 || (length === 1 && joinsActors(b))) continue;
    const left = analyzeClause(tokens, codebook, current.from, b);
    if (!left.predicate && !current.inherited) continue;
    const rightFrom = skipAdverbs(tokens, codebook, b + length);
    const right = analyzeClause(tokens, codebook, rightFrom, tokens.length, { embedded: true });
    if (bareComma && !(right.predicate && right.mentions.length > 0 && right.subjectStart === rightFrom))
      continue;
    const leftReading = readClause(scope, left, b, current.inherited);
    // "although", "while" and "but" end the complement; "and" continues it.
    const inComplement =
      tokens[b + length - 1]?.lower === 'and' &&
      tokens.slice(left.predicate?.start ?? b, b).some((t) => COMPLEMENTIZERS.has(t.lower));
    let split = false;
    let inherited: Reading | undefined;
    const coordinated = bareComma ? null : coordinatedPredicate(tokens, codebook, rightFrom, tokens.length);
    if (coordinated) {
      // "..., and concurred to B": the same actor, split only where the stance changes.
      const clause: Clause = {
        openerEnd: rightFrom,
        subjectStart: rightFrom,
        predicate: coordinated,
        mentions: [],
      };
      split = readClause(scope, clause, tokens.length, leftReading).stance !== leftReading.stance;
      inherited = leftReading;
    } else if (right.predicate && !(right.mentions.length === 0 && inComplement)) {
      // A clause with a subject of its own is a statement of its own ("MIC introduced A, and
      // Japanese companies presented B"; "participants attended, and views were exchanged").
      split = true;
    }
    const gapped = split || bareComma ? undefined : gappedClause(scope, rightFrom, leftReading);
    if (!split && !gapped) continue;
    // A comma or semicolon ends the clause before it; a connective ("and") opens the next one.
    const cut = /^[,;]$/.test(tokens[b]?.text ?? '') ? b + 1 : b;
    spans.push({ ...current, to: cut });
    current = {
      from: cut,
      to: tokens.length,
      ...(inherited ? { inherited } : {}),
      ...(gapped ? { gapped } : {}),
    };
    b = cut;
  }
  spans.push(current);
  return spans;
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
