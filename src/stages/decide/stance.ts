// The stance of a clause from the cue its language found at the predicate: the cue's stance, its
// stance when one party alone speaks (pointing out importance is explaining, jointly concurring),
// or its stance when negated.
import type { CompiledCue } from '../../codebook/types.js';
import type { CueFacts } from '../../lang/types.js';
import type { Side, Stance } from '../../types.js';
import { BOTH, NONE } from './side.js';

/** The stance a cue gives for this side: some cues mean agreement only when both sides speak. */
export function stanceFor(cue: CompiledCue, side: Side, parties: readonly string[]): Stance {
  if (side === BOTH) return cue.stance;
  return parties.includes(side) ? cue.whenSingle : cue.stance;
}

export function decideStance(cue: CueFacts, side: Side, parties: readonly string[]): Stance {
  if (!cue.cue) return 'other';
  // A negated cue ("did not agree") is reported with its negation and decides nothing.
  if (cue.negated) return cue.cue.whenNegated;
  // Agreement needs someone who agrees: "The AI Act was adopted in 2024" concurs with nothing (an
  // active subject that names no side, "The Council reaffirmed ...", still concurs).
  if (side === NONE && cue.passive && cue.cue.stance === 'concurred') return 'other';
  // "The workshop aims to share ...": a plan nobody is named for is background.
  if (side === NONE) return cue.cue.whenNone;
  return stanceFor(cue.cue, side, parties);
}
