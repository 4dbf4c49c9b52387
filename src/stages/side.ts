// Side of a clause: from the mentions in its subject region, a passive's "by" agent, or the
// joint outcome of an agentless agreement ("it was acknowledged"). Pronouns take the last actor.
import type { CompiledCodebook } from '../codebook/compile.js';
import type { Token } from '../nlp/tokens.js';
import type { Side } from '../types.js';
import type { Clause } from './clauses.js';
import { findMentions, HEAD_COUNT, type Mention } from './mentions.js';

export const BOTH = 'both';
export const NONE = 'none';

/** What a party pronoun ("It pointed out ...") refers back to: the last party that acted. */
export interface SideContext {
  lastPartySide: Side | null;
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
  if (!mentions.some((m) => m.alias.kind === 'party')) return null;
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
function actingMentions(mentions: readonly Mention[], counted = false): Mention[] {
  const direct = mentions.filter((m) => !m.oblique);
  if (direct.length > 0 || counted) return direct;
  return mentions.filter((m) => m.governedBy === 'of' || m.governedBy === 'from');
}

export function decideSide(
  clause: Clause,
  tokens: readonly Token[],
  text: string,
  codebook: CompiledCodebook,
  context: SideContext,
  /** The predicate is an agreement verb ("agreed", "confirmed") in the passive, not negated. */
  outcome: boolean,
): SideDecision {
  const predicate = clause.predicate;
  // "It" acts only as the subject of an active verb ("It pointed out"), not in "It was agreed".
  const active = predicate !== null && !predicate.passive && predicate.verb >= 0;
  // A passive's subject is what was done, not who did it: only a side that heads the subject acts
  // ("Both sides were pleased ..."), not one inside it ("A visit to the NICT laboratories was arranged").
  const heads = (m: Mention) => !predicate?.passive || m.start === clause.subjectStart;
  // "About 60 participants from ... Japan and the EU took part": a head count, not a side acting.
  const counted = HEAD_COUNT.test(tokens[clause.subjectStart]?.text ?? '');
  const acting = actingMentions(clause.mentions, counted).filter(
    (m) => heads(m) && (m.alias.kind !== 'party-pronoun' || active),
  );
  const pronouns = acting.filter((m) => m.alias.kind === 'pronoun' || m.alias.kind === 'party-pronoun');
  if (pronouns.length > 0 && pronouns.length === acting.length) {
    // "They" after a joint sentence are both sides; "it" is the last party that spoke.
    const side = pronouns.some((m) => m.alias.kind === 'pronoun') ? BOTH : (context.lastPartySide ?? NONE);
    return { side, actor: actorText(tokens, pronouns, text), basis: side === NONE ? 'none' : 'pronoun' };
  }
  const side = sideOfMentions(acting.filter((m) => m.alias.kind === 'party' || m.alias.kind === 'joint'));
  if (side) return { side, actor: actorText(tokens, acting, text), basis: 'subject' };

  if (predicate?.passive) {
    // "... was explained by the EU side", "co-chaired by Ms. X, ..., MIC, and Mr. Y, ..., DG CONNECT".
    const byIndex = tokens.findIndex((t, i) => i > predicate.verb && t.lower === 'by');
    if (byIndex > 0) {
      // The agent runs to "with": "hosted by DG CONNECT, with the participation of MIC" is DG CONNECT's.
      const withIndex = tokens.findIndex((t, i) => i > byIndex && t.lower === 'with');
      const agentEnd = withIndex > 0 ? withIndex : tokens.length;
      // "by the Delegation of the European Union to Japan": the delegation's side, not Japan.
      // The agent phrase's own people and bodies count ("by the Director-General of ... MIC and
      // the Deputy Director-General of DG CONNECT"), places do not ("in Japan").
      const agents = findMentions(tokens, codebook, byIndex + 1, agentEnd).filter(
        (m) => !m.oblique || ['by', 'of', 'from'].includes(m.governedBy),
      );
      const agentSide = sideOfMentions(agents);
      if (agentSide) return { side: agentSide, actor: actorText(tokens, agents, text), basis: 'agent' };
    }
    // "It was acknowledged to continue ...": an agreement nobody is named for is the joint outcome.
    if (outcome) return { side: BOTH, actor: '', basis: 'joint-outcome' };
  }
  return { side: NONE, actor: '', basis: 'none' };
}

/** "Japanese side: Mr. X, Vice-Minister ...": a participant line speaks for the side it names. */
export function labelSide(tokens: readonly Token[], codebook: CompiledCodebook, from: number): Side | null {
  const [first] = findMentions(tokens, codebook, from, Math.min(tokens.length, from + 8));
  if (!first || first.start !== from || first.alias.kind !== 'party') return null;
  return tokens[first.end]?.text === ':' ? first.alias.side : null;
}

/**
 * "MIC held the dialogue with DG CONNECT", "Japan exchanged views with the EU side": meeting the
 * other party is a joint act. Returns the partner's words, or "".
 */
export function jointPartner(
  tokens: readonly Token[],
  text: string,
  codebook: CompiledCodebook,
  side: Side,
  from: number,
  to: number,
): string {
  for (let i = from; i < to - 1; i++) {
    const withToken = tokens[i];
    if (withToken?.lower !== 'with') continue;
    const [partner] = findMentions(tokens, codebook, i + 1, to);
    if (!partner || partner.start !== i + 1 || partner.governedBy === "'s") continue;
    if (partner.alias.kind === 'party' && partner.alias.side !== side) {
      return text.slice(withToken.start, tokens[partner.end - 1]?.end ?? withToken.end);
    }
  }
  return '';
}
