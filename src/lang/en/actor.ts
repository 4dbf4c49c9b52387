// The actor of an English clause: the side mentions of its subject region, a passive's "by"
// agent, a pronoun, or the joint outcome of an agentless agreement ("it was acknowledged").
// What it finds are facts; stages/decide turns them into a side.
import type { ActorBasis, ActorFacts, Token } from '../types.js';
import type { Clause } from './clauses.js';
import { opensHeadCount } from './grammar.js';
import { findMentions, type Mention, type Vocabulary } from './mentions.js';

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
 * Japan"), the mentions it governs by "of"/"from". A role heading the subject governs its whole
 * list ("Representatives of NISC, MIC and METI, as well as of DG CONNECT, ..."), so the items
 * written without the preposition count with those written with it. Possessives ("Japan's
 * proposal") never act.
 */
function actingMentions(
  vocabulary: Vocabulary,
  mentions: readonly Mention[],
  counted: boolean,
  governingHead: number,
): Mention[] {
  const { governingPrepositions } = vocabulary.model.grammar;
  const governed = (m: Mention) => governingPrepositions.has(m.governedBy);
  // "Participants from industry", "About 60 participants": a joint word heading a complement or a
  // head count names nobody acting together; "Participants agreed" does.
  const { groups } = vocabulary.model;
  // So does "our colleagues from MIC": the complement says who they are.
  const heading = (m: Mention) =>
    (m.alias.kind === 'joint' &&
      groups.has(m.alias.text.toLowerCase()) &&
      (m.start === governingHead || counted)) ||
    (m.alias.kind === 'first-person' && m.end - 1 === governingHead);
  const own = mentions.filter((m) => !heading(m));
  const direct = own.filter((m) => !m.oblique);
  if (governingHead >= 0 && !counted) return own.filter((m) => !m.oblique || governed(m));
  if (direct.length > 0 || counted) return direct;
  return own.filter(governed);
}

/**
 * Where the subject's head is, when it is a role or group governing what follows ("Officials
 * from ...", "the heads of ...", "Colleagues from ..."); -1 when it is not.
 */
function governingHeadAt(vocabulary: Vocabulary, tokens: readonly Token[], subjectStart: number): number {
  const { grammar, roles, groups } = vocabulary.model;
  let head = subjectStart;
  while (head < tokens.length && grammar.determiners.has(tokens[head]?.lower ?? '')) head++;
  const word = tokens[head]?.lower ?? '';
  const governs =
    (roles.has(word.replace(/s$/, '')) || groups.has(word)) &&
    grammar.governingPrepositions.has(tokens[head + 1]?.lower ?? '');
  return governs ? head : -1;
}

const sidesOf = (mentions: readonly Mention[]) =>
  mentions.filter((m) => m.alias.kind === 'party' || m.alias.kind === 'joint').map((m) => m.alias.side);

export interface ActorInput {
  clause: Clause;
  tokens: readonly Token[];
  text: string;
  vocabulary: Vocabulary;
  /** The predicate is an agreement verb ("agreed", "confirmed") in the passive, not negated. */
  outcome: boolean;
  /** Where the clause ends: an agent is read no further ("by the Japanese side, | and the EU side introduced"). */
  to: number;
}

/** The actor facts of a clause with a subject of its own. */
export function actorFacts({
  clause,
  tokens,
  text,
  vocabulary,
  outcome,
  to,
}: ActorInput): Omit<ActorFacts, 'partners' | 'from' | 'to' | 'unknown'> {
  const { grammar } = vocabulary.model;
  const predicate = clause.predicate;
  // "It" acts only as the subject of an active verb ("It pointed out"), not in "It was agreed".
  const active = predicate !== null && !predicate.passive && predicate.verb >= 0;
  // A passive's subject is what was done, not who did it: only a side that heads the subject acts
  // ("Both sides were pleased ..."), not one inside it ("A visit to the NICT laboratories was arranged").
  const heads = (m: Mention) => !predicate?.passive || m.start === clause.subjectStart;
  // "About 60 participants from ... Japan and the EU took part": a head count, not a side acting.
  const counted = opensHeadCount(grammar, tokens[clause.subjectStart]?.text ?? '');
  const governingHead = governingHeadAt(vocabulary, tokens, clause.subjectStart);
  const acting = actingMentions(vocabulary, clause.mentions, counted, governingHead).filter(
    (m) => heads(m) && (m.alias.kind !== 'party-pronoun' || active),
  );
  const pronouns = acting.filter((m) => ['pronoun', 'party-pronoun', 'first-person'].includes(m.alias.kind));
  if (pronouns.length > 0 && pronouns.length === acting.length) {
    // "They" after a joint sentence are both sides; "it" is the last party that spoke; "we" the publisher.
    const joint = pronouns.some((m) => m.alias.kind === 'pronoun');
    const first = !joint && pronouns.some((m) => m.alias.kind === 'first-person');
    return {
      basis: first ? 'first-person' : 'pronoun',
      sides: [],
      pronoun: joint ? 'both' : 'party',
      text: actorText(tokens, pronouns, text),
    };
  }
  const sides = sidesOf(acting);
  const firstPerson = acting.some((m) => m.alias.kind === 'first-person');
  if (sides.length > 0)
    return {
      basis: 'subject',
      sides,
      text: actorText(tokens, acting, text),
      ...(firstPerson ? { firstPerson } : {}),
    };

  if (predicate?.passive) {
    // "... was explained by the EU side", "co-chaired by Ms. X, ..., MIC, and Mr. Y, ..., DG CONNECT".
    const byIndex = tokens.findIndex((t, i) => i > predicate.verb && t.lower === grammar.agentPreposition);
    if (byIndex > 0) {
      // The agent runs to "with": "hosted by DG CONNECT, with the participation of MIC" is DG CONNECT's.
      const withIndex = tokens.findIndex((t, i) => i > byIndex && t.lower === grammar.partnerPreposition);
      const agentEnd = withIndex > 0 && withIndex < to ? withIndex : to;
      // "by the Delegation of the European Union to Japan": the delegation's side, not Japan.
      // The agent phrase's own people and bodies count ("by the Director-General of ... MIC and
      // the Deputy Director-General of DG CONNECT"), places do not ("in Japan").
      const agents = findMentions(tokens, vocabulary, byIndex + 1, agentEnd).filter(
        (m) =>
          !m.oblique ||
          m.governedBy === grammar.agentPreposition ||
          grammar.governingPrepositions.has(m.governedBy),
      );
      const agentSides = sidesOf(agents);
      if (agentSides.length > 0)
        return { basis: 'agent', sides: agentSides, text: actorText(tokens, agents, text) };
    }
    // "It was acknowledged to continue ...": an agreement nobody is named for is the joint outcome.
    if (outcome) return { basis: 'joint-outcome', sides: [], text: '' };
  }
  // "Representatives of the Cabinet Office ... joined on the Japanese side": the side it is done on.
  const onSide =
    predicate && predicate.verb >= 0 ? sidePhraseAfter(vocabulary, tokens, predicate.verb + 1, to) : null;
  if (onSide) return { basis: 'label', sides: [onSide.alias.side], text: actorText(tokens, [onSide], text) };
  return { basis: 'none' as ActorBasis, sides: [], text: '' };
}

/**
 * The first side alias in [from, to) governed by the side phrase's preposition, ending in its head
 * noun, and ending its noun phrase there: "on the Japanese side." or "on the U.S. side, and", not
 * "on the Japanese side proposals".
 */
function sidePhraseAfter(vocabulary: Vocabulary, tokens: readonly Token[], from: number, to: number) {
  const { sidePhrasePreposition, sidePhraseHeads, prepositions, clauseCoordinators } =
    vocabulary.model.grammar;
  const endsPhrase = (next: Token | undefined) =>
    next === undefined ||
    /^[,.;:)]$/u.test(next.text) ||
    prepositions.has(next.lower) ||
    clauseCoordinators.has(next.lower);
  return (
    findMentions(tokens, vocabulary, from, to).find(
      (m) =>
        m.alias.kind === 'party' &&
        m.governedBy === sidePhrasePreposition &&
        sidePhraseHeads.has(tokens[m.end - 1]?.lower ?? '') &&
        endsPhrase(tokens[m.end]),
    ) ?? null
  );
}

/** "Japanese side: Mr. X, Vice-Minister ...": a participant line speaks for the side it names. */
export function labelSide(tokens: readonly Token[], vocabulary: Vocabulary, from: number): string | null {
  const [first] = findMentions(tokens, vocabulary, from, Math.min(tokens.length, from + 8));
  if (!first || first.start !== from || first.alias.kind !== 'party') return null;
  return tokens[first.end]?.text === ':' ? first.alias.side : null;
}

/**
 * Where the clause's own action ends: at the first infinitive after `from` ("conveyed its
 * intention to build ... together with the EU"); `to` when there is none.
 */
export function objectActionAt(
  tokens: readonly Token[],
  vocabulary: Vocabulary,
  from: number,
  to: number,
): number {
  const { infinitiveMarker, determiners } = vocabulary.model.grammar;
  for (let i = from; i < to - 1; i++) {
    const next = tokens[i + 1] as Token;
    // "to build", not "to the EU" nor "to Japan".
    if (tokens[i]?.lower === infinitiveMarker && /^\p{Ll}/u.test(next.text) && !determiners.has(next.lower))
      return i;
  }
  return to;
}

/**
 * "MIC held the dialogue with DG CONNECT", "Japan exchanged views with the EU side": the parties
 * named right after "with", in text order.
 */
export function partnersWith(
  tokens: readonly Token[],
  text: string,
  vocabulary: Vocabulary,
  from: number,
  to: number,
): { side: string; text: string }[] {
  const partners: { side: string; text: string }[] = [];
  for (let i = from; i < to - 1; i++) {
    const withToken = tokens[i];
    if (withToken?.lower !== vocabulary.model.grammar.partnerPreposition) continue;
    // "with our Japanese counterparts": a possessive may stand between "with" and the partner.
    const at = vocabulary.model.grammar.firstPersonPossessives.has(tokens[i + 1]?.lower ?? '')
      ? i + 2
      : i + 1;
    const [partner] = findMentions(tokens, vocabulary, at, to);
    if (!partner || partner.start !== at || partner.governedBy === "'s" || partner.alias.kind !== 'party')
      continue;
    partners.push({
      side: partner.alias.side,
      text: text.slice(withToken.start, tokens[partner.end - 1]?.end ?? withToken.end),
    });
  }
  return partners;
}

/**
 * "Together we agreed ...", "we jointly decided ...": the first person acting together with the
 * other party. Returns that party's side, or null.
 */
export function togetherWith(
  tokens: readonly Token[],
  vocabulary: Vocabulary,
  from: number,
  to: number,
  publisherOther: string | null,
): { side: string; text: string } | null {
  if (!publisherOther) return null;
  for (let i = from; i < to; i++) {
    const token = tokens[i];
    // "together with Minister Arai" names its partner: only the first person's own side is no joint
    // act, its own people included ("together with my colleague Mr. MORI").
    if (tokens[i + 1]?.lower === vocabulary.model.grammar.partnerPreposition) {
      const partners = findMentions(tokens, vocabulary, i + 2, Math.min(to, i + 12)).filter(
        (m) => m.alias.kind === 'party' || m.alias.kind === 'first-person',
      );
      const own = (m: Mention) => m.alias.kind === 'first-person' || m.alias.side !== publisherOther;
      if (partners.length > 0 && partners.every(own)) continue;
    }
    if (token && vocabulary.model.grammar.jointAdverbs.has(token.lower))
      return { side: publisherOther, text: token.text };
  }
  return null;
}
