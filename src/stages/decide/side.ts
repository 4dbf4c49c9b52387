// The side of a clause, decided from what its language read off it: the parties its actor names,
// a pronoun and what it refers back to, the publisher for a first person, or a joint outcome.
// The same rules for every language; only the reading of the clause differs.
import type { ActorBasis, ActorFacts, ReadingContext } from '../../lang/types.js';
import type { Side } from '../../types.js';

export const BOTH = 'both';
export const NONE = 'none';

/** Two parties, or a joint form among the mentions, are both sides; one party is itself. */
export function sideOfMentions(sides: readonly string[]): Side | null {
  if (sides.length === 0) return null;
  if (sides.includes(BOTH)) return BOTH;
  const parties = new Set(sides.filter((side) => side !== NONE));
  if (parties.size > 1) return BOTH;
  return parties.values().next().value ?? null;
}

export interface SideDecision {
  side: Side;
  /** The basis as decided: a pronoun or first person with nothing to refer to is `none`. */
  basis: ActorBasis;
}

export function decideSide(actor: ActorFacts, context: ReadingContext): SideDecision {
  switch (actor.basis) {
    case 'pronoun': {
      // "They" after a joint sentence are both sides; "it" is the last party that spoke.
      const side = actor.pronoun === 'both' ? BOTH : (context.lastParty ?? NONE);
      return { side, basis: side === NONE ? 'none' : 'pronoun' };
    }
    case 'first-person': {
      const side = context.publisher ?? NONE;
      return { side, basis: side === NONE ? 'none' : 'first-person' };
    }
    case 'inherited':
      return { side: actor.inherited ?? NONE, basis: 'inherited' };
    case 'joint-outcome':
      return { side: BOTH, basis: 'joint-outcome' };
    case 'none':
      return { side: NONE, basis: 'none' };
    default:
      return { side: sideOfMentions(namedSides(actor, context.publisher)) ?? NONE, basis: actor.basis };
  }
}

/**
 * The sides an actor names, with the publisher's when its first person acts beside them ("We and
 * our Japanese partners", 「当委員会と欧州委員会は」).
 */
export function namedSides(actor: ActorFacts, publisher: string | null | undefined): string[] {
  return actor.firstPerson && publisher ? [...actor.sides, publisher] : [...actor.sides];
}
