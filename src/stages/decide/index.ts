// Decisions that do not depend on the language: a clause's side and stance from its facts.
import type { ClauseFacts, ReadingContext } from '../../lang/types.js';
import type { Side, Stance } from '../../types.js';
import { BOTH, decideSide, type SideDecision } from './side.js';
import { decideStance } from './stance.js';

export { BOTH, decideSide, NONE, sideOfMentions } from './side.js';
export { decideStance, stanceFor } from './stance.js';

export interface Decision extends SideDecision {
  stance: Stance;
  /** The actor's words, with a partner who made the act joint ("MIC with DG CONNECT"). */
  actor: string;
}

/** Side and stance of one clause, in the context of the clauses and sentences before it. */
export function decide(
  clause: Pick<ClauseFacts, 'actor' | 'cue'>,
  context: ReadingContext,
  parties: readonly string[],
): Decision {
  const decided = decideSide(clause.actor, context);
  let side: Side = decided.side;
  let actor = clause.actor.text;
  // "MIC held the dialogue with DG CONNECT": meeting the other party is a joint act; agreeing with
  // it ("Japan concurred with the EU side") stays the one party's act.
  const partner = clause.actor.partners.find((p) => p.side !== side && parties.includes(p.side));
  // "We agreed with our Japanese counterparts to ...": a first person acting with the other side
  // acts jointly whatever the act.
  const firstPerson = clause.actor.basis === 'first-person' || clause.actor.firstPerson === true;
  if ((clause.cue.cue?.stance === 'other' || firstPerson) && parties.includes(side) && partner) {
    side = BOTH;
    actor = `${actor} ${partner.text}`;
  }
  // "We agreed to hold the next dialogue in Tokyo": an act that needs two parties, done by the
  // first person of one side's text, is both sides'.
  // Not agreeing stays the publisher's ("We did not agree on every point": three coders of four).
  if (clause.actor.basis === 'first-person' && clause.cue.cue?.mutual && !clause.cue.negated) side = BOTH;
  return { side, basis: decided.basis, actor, stance: decideStance(clause.cue, side, parties) };
}

/** The context after a clause: "it" refers back to the last single party that acted. */
export function nextContext(context: ReadingContext, side: Side, parties: readonly string[]): ReadingContext {
  return parties.includes(side) ? { ...context, lastParty: side } : context;
}
