// Clause splitting: a sentence is cut at a coordinator (", and", ";", ", while", "although", a bare
// comma before a new actor) where what follows is a clause with a subject of its own, a coordinated
// predicate with another stance, or a gapped clause ("..., and Japan by Minister X"). The reading
// that decided a cut is the reading of the clause it closes: no clause is read twice.
import { nextContext } from '../../stages/decide/index.js';
import type { ActorBasis, ReadingContext } from '../types.js';
import {
  analyzeClause,
  type Clause,
  coordinatedPredicate,
  leadingPredicate,
  skipAdverbs,
} from './clauses.js';
import { findMentions, type Mention } from './mentions.js';
import { type Reading, readClause, type SentenceScope, slice } from './reading.js';

export interface ClauseSpan {
  /** Token range [from, to): from the cut, coordinator included, to the next cut. */
  from: number;
  to: number;
  /** First token of the clause itself, after its coordinator and adverbs. */
  first: number;
  reading: Reading;
  /** The coordinator the clause was cut at (", and", ";"), or "". */
  cutAt: string;
}

/** A clause being read: where it starts and what it takes from the clause before. */
interface Open {
  from: number;
  first: number;
  /** The reading of the clause before, for a coordinated predicate with no subject of its own. */
  inherited?: Pick<Reading, 'side' | 'actor'>;
  /** A list item whose actor is the lead-in's: its predicate opens it. */
  listItem?: boolean;
  /** A gapped clause ("..., and Japan by Minister X"): the reading whole, the verb left out. */
  gapped?: Reading;
}

export function coordinatorLength(scope: SentenceScope, at: number): number {
  const { tokens } = scope;
  const coordinators = scope.vocabulary.model.grammar.clauseCoordinators;
  const token = tokens[at];
  if (!token) return 0;
  if (token.text === ',' && coordinators.has(tokens[at + 1]?.lower ?? '')) return 2;
  return coordinators.has(token.lower) ? 1 : 0;
}

/** Inherited predicates share their actor: they compare as a subject does. */
const actorKind = (basis: ActorBasis): ActorBasis => (basis === 'inherited' ? 'subject' : basis);

/**
 * "The EU was represented by A, and Japan by B": after the connective, another side followed by
 * "by" and no verb repeats the clause before with its own actor. Returns that reading, or undefined.
 */
function gappedClause(scope: SentenceScope, from: number, left: Reading): Reading | undefined {
  const [mention] = findMentions(scope.tokens, scope.vocabulary, from);
  if (
    !mention ||
    mention.start !== from ||
    mention.alias.kind !== 'party' ||
    mention.alias.side === left.side
  )
    return undefined;
  if (scope.tokens[mention.end]?.lower !== scope.vocabulary.model.grammar.agentPreposition) return undefined;
  const actor = slice(scope, mention.start, mention.end);
  return {
    ...left,
    side: mention.alias.side,
    actor,
    facts: {
      ...left.facts,
      actor: { ...left.facts.actor, sides: [mention.alias.side], text: actor, unknown: '' },
    },
  };
}

/**
 * "The EU outlined its funding for research and development programmes and the two sides agreed
 * ...": the subject the clause after this "and" would take stands after another coordinator, which
 * is where the cut belongs; "and" inside a noun phrase never cuts.
 */
function laterCut(scope: SentenceScope, from: number, right: Clause): boolean {
  const [actor] = right.mentions;
  if (!actor) return false;
  for (let t = from; t < actor.start; t++) if (coordinatorLength(scope, t) > 0) return true;
  return false;
}

/** Does the reading stress the importance of something ("pointed out the importance of")? */
function emphasis(scope: SentenceScope, reading: Reading): boolean {
  const words = reading.cuePattern.split(/[\s|]+/);
  return words.some((word) => scope.vocabulary.model.grammar.emphasis.has(word));
}

/** The clause of `open` up to `to`: a coordinated predicate, or a clause with its own subject. */
function clauseOf(scope: SentenceScope, open: Open, to: number): Clause {
  if (!open.inherited) return analyzeClause(scope.tokens, scope.vocabulary, open.first, to);
  const { tokens, vocabulary } = scope;
  return {
    openerEnd: open.first,
    subjectStart: open.first,
    predicate: open.listItem
      ? leadingPredicate(tokens, vocabulary.model, to)
      : coordinatedPredicate(tokens, vocabulary.model, open.first, to),
    mentions: [],
  };
}

/**
 * The actor of a lead-in: a sentence without a predicate that ends in a colon right after a side
 * ("On trust services, the co-chairs:", "The partners:"). The list items after it act for it.
 */
function leadInOf(scope: SentenceScope, mentions: readonly Mention[], last: Reading) {
  const { tokens } = scope;
  const colon = tokens.length - 1;
  const actor = mentions.at(-1);
  if (tokens[colon]?.text !== ':' || last.facts.cue.predicate !== '' || actor?.end !== colon || actor.oblique)
    return undefined;
  return { side: actor.alias.side, actor: slice(scope, actor.start, actor.end) };
}

function readOpen(scope: SentenceScope, open: Open, to: number, context: ReadingContext): Reading {
  return open.gapped ?? readClause(scope, clauseOf(scope, open, to), to, context, open.inherited);
}

/**
 * Longest sentence, in tokens, that is cut into clauses. Each cut reads the rest of the sentence,
 * so the work grows with the square of its length; no summary writes a sentence of 400 words,
 * and a run of words without a full stop (a scraped page's menu, a broken file) is read as one
 * clause, in time linear in its length.
 */
const MAX_SPLIT_TOKENS = 400;

/** Cuts a sentence's tokens into clauses, each with its reading; and the context after them. */
export function splitClauses(
  scope: SentenceScope,
  context: ReadingContext,
): { spans: ClauseSpan[]; context: ReadingContext; mentions: Mention[] } {
  const { tokens, vocabulary } = scope;
  const { model } = vocabulary;
  // The sentence's side mentions, found once: the cuts use them, and the caller the titles among them.
  const mentions = findMentions(tokens, vocabulary);
  if (tokens.length > MAX_SPLIT_TOKENS) {
    const whole = readOpen(scope, { from: 0, first: 0 }, tokens.length, context);
    return {
      spans: [{ from: 0, to: tokens.length, first: 0, reading: whole, cutAt: '' }],
      context: nextContext(context, whole.side, scope.parties),
      mentions,
    };
  }
  // "MIC and DG CONNECT will ...": an "and" between two actors joins a subject, not clauses.
  const mentionEnds = new Set(mentions.map((m) => m.end));
  const mentionStarts = new Set(mentions.map((m) => m.start));
  // A mention starts at `at`, or after an article there ("and the Japan AI Safety Institute").
  const startsMention = (at: number) =>
    mentionStarts.has(at) ||
    (model.grammar.articles.has(tokens[at]?.lower ?? '') && mentionStarts.has(at + 1));
  const joinsActors = (b: number) => tokens[b]?.lower === 'and' && mentionEnds.has(b) && startsMention(b + 1);
  const spans: ClauseSpan[] = [];
  // A list item after a lead-in, opening with its verb, acts for the lead-in's actor.
  const listItem = context.leadIn !== undefined && leadingPredicate(tokens, model, tokens.length) !== null;
  let current: Open = listItem
    ? { from: 0, first: 0, inherited: context.leadIn, listItem }
    : { from: 0, first: 0 };
  let cutAt = '';
  let here = context;
  for (let b = 1; b < tokens.length; b++) {
    // ", and" / "while" / ";" — or a bare comma before a new actor ("..., the Japanese side raised ...").
    // A colon before a clause with its own subject works as such a comma ("We did not agree on
    // everything: our Japanese colleagues still have doubts ..."); a colon opening a quotation
    // ('X said: "..."') does not cut, the quotation is the speaker's.
    // Nor does a colon after a noun that announces what follows ("raised one concern: the EU side
    // would ..."): that clause is the concern itself, the object of the one before.
    const colon = tokens[b]?.text === ':' && !model.grammar.announcingNouns.has(tokens[b - 1]?.lower ?? '');
    const bareComma =
      (tokens[b]?.text === ',' || (colon && !/^["“‘']/u.test(tokens[b + 1]?.text ?? ''))) &&
      coordinatorLength(scope, b) === 0;
    const length = bareComma ? 1 : coordinatorLength(scope, b);
    if (length === 0 || (length === 1 && joinsActors(b))) continue;
    // A comma or semicolon ends the clause before it; a connective ("and") opens the next one.
    const cut = /^[,;:]$/.test(tokens[b]?.text ?? '') ? b + 1 : b;
    const left = clauseOf(scope, current, cut);
    if (!left.predicate && !current.inherited && !current.gapped) continue;
    const rightFrom = skipAdverbs(tokens, model, b + length);
    const right = analyzeClause(tokens, vocabulary, rightFrom, tokens.length, { embedded: true });
    if (bareComma && !(right.predicate && right.mentions.length > 0 && right.subjectStart === rightFrom))
      continue;
    // "colleagues from MIC, METI and the Japan AI Safety Institute joined": a comma between two
    // sides of one list governed by a preposition, the one after it coordinated with the next,
    // goes on with the list ("thanked MIC, the EU and Japan then agreed" is cut).
    const [head] = right.mentions;
    const listGoesOn =
      mentions.some((m) => m.end === b && m.oblique) &&
      head !== undefined &&
      model.grammar.mentionCoordinators.has(tokens[head.end]?.lower ?? '') &&
      startsMention(head.end + 1);
    if (bareComma && listGoesOn) continue;
    const leftReading = current.gapped ?? readClause(scope, left, cut, here, current.inherited);
    const afterLeft = nextContext(here, leftReading.side, scope.parties);
    // "although", "while" and "but" end the complement; "and" continues it.
    const inComplement =
      tokens[b + length - 1]?.lower === 'and' &&
      tokens.slice(left.predicate?.start ?? b, b).some((t) => model.grammar.complementizers.has(t.lower));
    let split = false;
    let inherited: Reading | undefined;
    const coordinated = bareComma ? null : coordinatedPredicate(tokens, model, rightFrom, tokens.length);
    if (coordinated) {
      // "..., and concurred to B": the same actor, split only where the stance changes.
      const clause: Clause = {
        openerEnd: rightFrom,
        subjectStart: rightFrom,
        predicate: coordinated,
        mentions: [],
      };
      const rightReading = readClause(scope, clause, tokens.length, afterLeft, leftReading);
      // "Both sides pointed out the importance of A, and concurred to B": stressing importance and
      // agreeing are two acts even where both count as concurring.
      split =
        rightReading.stance !== leftReading.stance ||
        emphasis(scope, rightReading) !== emphasis(scope, leftReading);
      inherited = leftReading;
    } else if (
      right.predicate &&
      !(right.mentions.length === 0 && inComplement) &&
      !laterCut(scope, rightFrom, right)
    ) {
      // A clause with a subject of its own is a statement of its own where the actor changes
      // ("MIC introduced A, and Japanese companies presented B") or its stance does; two
      // agentless passives of one stance ("trends were reviewed, and views were exchanged") are one.
      const rightReading = readClause(scope, right, tokens.length, afterLeft);
      // A semicolon always separates two statements ("Opinions were exchanged; however, no
      // agreement was reached").
      split =
        tokens[b]?.text === ';' ||
        rightReading.side !== leftReading.side ||
        rightReading.stance !== leftReading.stance ||
        actorKind(rightReading.basis) !== actorKind(leftReading.basis) ||
        rightReading.actor.toLowerCase() !== leftReading.actor.toLowerCase();
    }
    const gapped = split || bareComma ? undefined : gappedClause(scope, rightFrom, leftReading);
    if (!split && !gapped) continue;
    spans.push({ from: current.from, to: cut, first: current.first, reading: leftReading, cutAt });
    here = afterLeft;
    cutAt = slice(scope, b, b + length);
    const first = skipAdverbs(tokens, model, cut + coordinatorLength(scope, cut));
    current = { from: cut, first, ...(inherited ? { inherited } : {}), ...(gapped ? { gapped } : {}) };
    b = cut;
  }
  const last = readOpen(scope, current, tokens.length, here);
  spans.push({ from: current.from, to: tokens.length, first: current.first, reading: last, cutAt });
  // The lead-in's actor holds through its list (stages/statements.ts says where the list ends), past
  // an item with a subject of its own too; a new lead-in takes its place.
  const { leadIn: _, ...after } = nextContext(here, last.side, scope.parties);
  const leadIn = leadInOf(scope, mentions, last) ?? context.leadIn;
  return { spans, context: leadIn ? { ...after, leadIn } : after, mentions };
}
