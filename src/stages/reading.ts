// The reading of one clause: its side, stance and cue, and where its actor stands. Shared by the
// clause splitter (which compares neighbouring readings) and the statements stage.
import type { CompiledCodebook } from '../codebook/compile.js';
import type { Token } from '../nlp/tokens.js';
import type { Side, Stance } from '../types.js';
import type { Clause } from './clauses.js';
import {
  BOTH,
  decideSide,
  jointPartner,
  labelSide,
  NONE,
  type SideContext,
  type SideDecision,
} from './side.js';
import { matchCue, stanceFor } from './stance.js';

export interface Reading {
  /** The lemma of the cue that decided the stance, or "". */
  cueLemma: string;
  /** The cue pattern that matched ("point out ... importance|..."), or "". */
  cuePattern: string;
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

/** Everything one sentence's analysis needs, so the helpers below take one argument. */
export interface SentenceScope {
  text: string;
  tokens: readonly Token[];
  codebook: CompiledCodebook;
  parties: readonly string[];
  context: SideContext;
}

export function slice(scope: SentenceScope, from: number, to: number): string {
  const first = scope.tokens[from];
  const last = scope.tokens[to - 1];
  return first && last ? scope.text.slice(first.start, last.end) : '';
}

/** Side and stance of `clause`, whose tokens end at `to`. */
export function readClause(scope: SentenceScope, clause: Clause, to: number, inherited?: Reading): Reading {
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
      cuePattern: '',
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
    cuePattern: match.cue.pattern,
    predicate: predicateText,
    unknownActor,
  };
}
