// Side of a clause: from the mentions in its subject region, a passive's "by" agent, or the
// joint outcome of an agentless agreement ("it was acknowledged"). Pronouns take the last actor.
import type { CompiledCodebook } from '../codebook/compile.js';
import type { Token } from '../nlp/tokens.js';
import type { Side } from '../types.js';
import { type Clause, findMentions, type Mention } from './clauses.js';

export const BOTH = 'both';
export const NONE = 'none';

/** What a pronoun ("they") refers back to: the side of the last statement that had an actor. */
export interface SideContext {
  lastActorSide: Side | null;
}

export interface SideDecision {
  side: Side;
  /** The words taken as the actor, or "". */
  actor: string;
  /** How it was decided, for unmatched.csv and debugging. */
  basis: 'subject' | 'agent' | 'joint-outcome' | 'pronoun' | 'none';
}

function sideOfMentions(mentions: readonly Mention[]): Side | null {
  if (mentions.length === 0) return null;
  if (mentions.some((m) => m.alias.kind === 'joint')) return BOTH;
  const parties = new Set(mentions.filter((m) => m.alias.kind === 'party').map((m) => m.alias.side));
  if (parties.size > 1) return BOTH;
  return parties.values().next().value ?? null;
}

function actorText(tokens: readonly Token[], mentions: readonly Mention[], text: string): string {
  const first = mentions[0];
  const last = mentions.at(-1);
  if (!first || !last) return '';
  const start = tokens[first.start]?.start ?? 0;
  const end = tokens[last.end - 1]?.end ?? start;
  return text.slice(start, end);
}

/**
 * The subject's own mentions, or, when the subject head names no side ("Representatives of
 * Japan"), the mentions it governs by "of"/"from". Possessives ("Japan's proposal") never act.
 */
function actingMentions(mentions: readonly Mention[]): Mention[] {
  const direct = mentions.filter((m) => !m.oblique);
  if (direct.length > 0) return direct;
  return mentions.filter((m) => m.governedBy === 'of' || m.governedBy === 'from');
}

export function decideSide(
  clause: Clause,
  tokens: readonly Token[],
  text: string,
  codebook: CompiledCodebook,
  context: SideContext,
  concurring: boolean,
): SideDecision {
  const acting = actingMentions(clause.mentions);
  const pronouns = acting.filter((m) => m.alias.kind === 'pronoun');
  if (pronouns.length > 0 && pronouns.length === acting.length) {
    return {
      side: context.lastActorSide ?? BOTH,
      actor: actorText(tokens, pronouns, text),
      basis: 'pronoun',
    };
  }
  const side = sideOfMentions(acting.filter((m) => m.alias.kind !== 'pronoun'));
  if (side) return { side, actor: actorText(tokens, acting, text), basis: 'subject' };

  const predicate = clause.predicate;
  if (predicate?.passive) {
    // "... was explained by the EU side": the agent acts.
    const byIndex = tokens.findIndex((t, i) => i > predicate.verb && t.lower === 'by');
    if (byIndex > 0) {
      const agents = findMentions(tokens, codebook, byIndex + 1).filter(
        (m, i, all) => m.start === byIndex + 1 || all[i - 1]?.end === m.start - 1,
      );
      const agentSide = sideOfMentions(agents);
      if (agentSide) return { side: agentSide, actor: actorText(tokens, agents, text), basis: 'agent' };
    }
    // "It was acknowledged to continue ...": an agreement nobody is named for is the joint outcome.
    if (concurring && !predicate.negated) return { side: BOTH, actor: '', basis: 'joint-outcome' };
  }
  return { side: NONE, actor: '', basis: 'none' };
}
