// Stage: sentences -> statements. A sentence is cut at a coordinator (", and", "; ", ", while")
// where what follows is a clause of its own whose actor differs, or a coordinated predicate whose
// stance differs; then each statement gets its side, stance, cue and topics.
import type { CompiledCodebook } from '../codebook/compile.js';
import { type Token, tokenize } from '../nlp/tokens.js';
import type { DocumentStructure, Sentence, Side, Stance, Statement } from '../types.js';
import { analyzeClause, type Clause, coordinatedPredicate, skipAdverbs } from './clauses.js';
import { BOTH, decideSide, NONE, type SideContext } from './side.js';
import { matchCue, stanceFor } from './stance.js';
import { decideTopic, sectionTopics } from './topic.js';

const COORDINATORS = new Set(['and', 'but', 'while', 'whereas', 'whilst', ';']);
const COMPLEMENTIZERS = new Set(['that', 'whether', 'which', 'how', 'what', 'where', 'who']);

interface Reading {
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
  /** Side inherited from the clause before (a coordinated predicate has no subject of its own). */
  inherited?: Reading;
}

function slice(text: string, tokens: readonly Token[], from: number, to: number): string {
  const first = tokens[from];
  const last = tokens[to - 1];
  return first && last ? text.slice(first.start, last.end) : '';
}

/** Side and stance of the clause in tokens[from, to). */
function readClause(
  text: string,
  tokens: readonly Token[],
  codebook: CompiledCodebook,
  clause: Clause,
  to: number,
  context: SideContext,
  inherited?: Reading,
): Reading {
  const predicate = clause.predicate;
  const parties = codebook.parties.map((p) => p.id);
  const match = predicate && predicate.verb >= 0 ? matchCue(codebook, tokens, predicate.verb, to) : null;
  const decided = inherited
    ? { side: inherited.side, actor: inherited.actor, basis: 'subject' }
    : decideSide(clause, tokens, text, codebook, context, match?.cue.stance === 'concurred');
  const decision = { side: decided.side, actor: decided.actor };
  const predicateText = predicate
    ? slice(text, tokens, predicate.start, Math.max(predicate.verb, predicate.start) + 1)
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
      ? slice(text, tokens, clause.subjectStart, predicate.start)
      : '';
  if (!predicate || !match) {
    return { ...decision, stance: 'other', cue: '', predicate: predicateText, unknownActor };
  }
  // A negated cue ("did not agree") is reported with its negation and decides nothing.
  const cueFrom = predicate.negated ? predicate.start : predicate.verb;
  return {
    ...decision,
    stance: predicate.negated ? 'other' : stanceFor(match.cue, decision.side, parties),
    cue: slice(text, tokens, cueFrom, match.end),
    predicate: predicateText,
    unknownActor,
  };
}

function coordinatorLength(tokens: readonly Token[], at: number): number {
  const token = tokens[at];
  if (!token) return 0;
  if (token.text === ',' && COORDINATORS.has(tokens[at + 1]?.lower ?? '')) return 2;
  return COORDINATORS.has(token.lower) ? 1 : 0;
}

/** Cuts a sentence's tokens into clause spans. */
function splitClauses(
  text: string,
  tokens: readonly Token[],
  codebook: CompiledCodebook,
  context: SideContext,
): ClauseSpan[] {
  const spans: ClauseSpan[] = [];
  let current: ClauseSpan = { from: 0, to: tokens.length };
  for (let b = 1; b < tokens.length; b++) {
    const length = coordinatorLength(tokens, b);
    if (length === 0) continue;
    const left = analyzeClause(tokens, codebook, current.from, b);
    if (!left.predicate && !current.inherited) continue;
    const leftReading = readClause(text, tokens, codebook, left, b, context, current.inherited);
    const rightFrom = skipAdverbs(tokens, codebook, b + length);
    const right = analyzeClause(tokens, codebook, rightFrom, tokens.length, { embedded: true });
    let split = false;
    let inherited: Reading | undefined;
    // "shared the view that the G7 and the OECD should ...": a subject without a side inside a
    // complement clause continues that clause; it is no statement of its own.
    const inComplement = tokens
      .slice(left.predicate?.start ?? b, b)
      .some((t) => COMPLEMENTIZERS.has(t.lower));
    if (right.predicate && right.mentions.length === 0 && inComplement) continue;
    if (right.predicate) {
      const rightReading = readClause(text, tokens, codebook, right, tokens.length, {
        lastActorSide: leftReading.side === NONE ? context.lastActorSide : leftReading.side,
      });
      split = rightReading.side !== leftReading.side || rightReading.stance !== leftReading.stance;
    } else {
      const predicate = coordinatedPredicate(tokens, codebook, rightFrom, tokens.length);
      if (predicate) {
        const clause: Clause = { subjectStart: rightFrom, predicate, mentions: [] };
        const rightReading = readClause(text, tokens, codebook, clause, tokens.length, context, leftReading);
        split = rightReading.stance !== leftReading.stance;
        inherited = leftReading;
      }
    }
    if (!split) continue;
    spans.push({ ...current, to: b });
    current = { from: b, to: tokens.length, ...(inherited ? { inherited } : {}) };
    b += length - 1;
  }
  spans.push(current);
  return spans;
}

/** The statements of one sentence; `context` carries the last actor across sentences. */
export function sentenceStatements(
  docText: string,
  sentence: Sentence,
  codebook: CompiledCodebook,
  sectionTopicIds: readonly string[],
  context: SideContext,
): Statement[] {
  const tokens = tokenize(docText.slice(sentence.span.start, sentence.span.end), sentence.span.start);
  if (tokens.length === 0) return [];
  const spans = splitClauses(docText, tokens, codebook, context);
  return spans.map((span, i) => {
    const first =
      i === 0 ? 0 : skipAdverbs(tokens, codebook, span.from + coordinatorLength(tokens, span.from));
    const clause = span.inherited
      ? {
          subjectStart: first,
          predicate: coordinatedPredicate(tokens, codebook, first, span.to),
          mentions: [],
        }
      : analyzeClause(tokens, codebook, first, span.to);
    const reading = readClause(docText, tokens, codebook, clause, span.to, context, span.inherited);
    if (reading.side !== NONE) context.lastActorSide = reading.side;
    const start = i === 0 ? sentence.span.start : (tokens[span.from]?.start ?? sentence.span.start);
    const end = i === spans.length - 1 ? sentence.span.end : (tokens[span.to - 1]?.end ?? sentence.span.end);
    const words = docText.slice(start, end).replace(/\s+/g, ' ').trim();
    const { topic, topics } = decideTopic(codebook, words, sectionTopicIds);
    return {
      index: i + 1,
      sentence: sentence.index,
      span: { start, end },
      text: words,
      side: reading.side,
      stance: reading.stance,
      topic,
      topics,
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
  codebook: CompiledCodebook,
): Statement[] {
  const topicsBySection = sectionTopics(codebook, structure.sections);
  const context: SideContext = { lastActorSide: null };
  return sentences.flatMap((sentence) =>
    sentenceStatements(
      docText,
      sentence,
      codebook,
      sentence.section === null ? [] : (topicsBySection[sentence.section] ?? []),
      context,
    ),
  );
}

export { BOTH, NONE };
