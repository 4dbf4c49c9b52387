// A quotation is its speaker's statement (docs/ANNOTATION.md, "Quotations"): every clause of it,
// and the clause that introduces it, takes the speaker's side, whoever its own subject names
// ("Germany and Japan are partners who share ...," said Minister X: X's side). A quotation that
// only goes on from an attributed one may report what the other side did, or what both did: such
// a clause keeps its actor. Its stance is the speaker presenting a view (`explained`), unless the
// speaker's own first person acts with a cue of its own ("We welcome the close exchange ...":
// `concurred`).
import type { ClauseReading, Quotation } from '../../lang/types.js';
import { BOTH, NONE } from './side.js';

/** The clause as its quotation's speaker's; unchanged where the speaker's side is not known. */
export function quotedClause(
  clause: ClauseReading,
  quotation: Quotation,
  lastParty: string | null,
): ClauseReading {
  const side = quotation.side ?? (quotation.pronoun ? lastParty : null);
  // The practical line after a quotation ("The next dialogue will take place in Tokyo.") is the release's.
  if (side === null || clause.about === 'logistics') return clause;
  // A quotation that goes on from an attributed one may report, in the speaker's words, what others
  // did ('... said X. "We discussed ... with our Japanese counterparts ... Minister Hirano
  // presented ..."'): a clause whose subject names the other side, or whose first person acts with
  // it, keeps its actor.
  // Not the speaker's view of both ("Japan and the EU share the same values"): that stays theirs.
  const otherParty = clause.side !== side && clause.side !== NONE && clause.side !== BOTH;
  const ownActor =
    ((clause.basis === 'subject' || clause.basis === 'inherited') && otherParty) ||
    ((clause.basis === 'first-person' || clause.basis === 'inherited') && clause.side === BOTH);
  if (quotation.continued && ownActor) return clause;
  // Agreeing or raising an issue in one's own words stays so; a quoted report of what happened
  // ("our teams faced thousands of attacks") presents the speaker's view.
  const ownCue =
    clause.actor.basis === 'first-person' && clause.cue.cue !== null && clause.stance !== 'other';
  return {
    ...clause,
    side,
    basis: 'quote',
    actorText: quotation.speaker,
    stance: ownCue ? clause.stance : 'explained',
  };
}

/** The quotation a clause (offsets `start`-`end` in the document) stands in or introduces, if any. */
export function quotationAt(
  quotations: readonly Quotation[],
  start: number,
  end: number,
): Quotation | undefined {
  return quotations.find((q) => start < q.end && q.start < end);
}
