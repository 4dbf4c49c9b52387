// The Japanese part of a codebook compiled for matching: aliases, joint forms, cues, negations and
// topic terms as character phrases (see phrases.ts). A cue pattern is one or more words; "..."
// between two words lets a few tokens stand between them (「重要性 ... 指摘」).
import type { Codebook, CompiledCue, LanguagePart, NameScript } from '../../codebook/types.js';
import type { AliasPhrase, Phrase, PhraseMatcher, TopicTerm } from '../types.js';
import { type JapaneseGrammar, japaneseGrammar } from './grammar.js';
import { foldPhrase, type JapanesePhrase, japaneseMatcher } from './phrases.js';

/** Up to this many tokens may stand in a "..." gap of a cue pattern. */
export const CUE_GAP = 8;

export interface JapaneseCue extends CompiledCue {
  /** The pattern's words after the first (each with alternatives: 「表明|示し」), and whether a gap may come before it. */
  rest: { gap: boolean; words: string[] }[];
}

export interface CueWord extends Phrase {
  cues: JapaneseCue[];
}

export interface JapaneseModel {
  grammar: JapaneseGrammar;
  parties: readonly string[];
  aliases: PhraseMatcher<AliasPhrase & JapanesePhrase>;
  /** Cues by their first word: the matcher finds the word, the cue checks the rest. */
  cueWords: PhraseMatcher<CueWord & JapanesePhrase>;
  negation: readonly string[];
  /** Cue lemmas whose agentless reading is the joint outcome (「…ことを確認した」). */
  outcomes: ReadonlySet<string>;
  /** The side whose officials' names are written in each script (codebook `nameScript`), if one alone. */
  nameSides: Partial<Record<NameScript, string>>;
  /** Folded role words that end a person's title (大臣, 委員, 総局長). */
  roles: readonly string[];
  /** Folded group nouns that a side's name governs with の (「総務省の実務者」). */
  groups: readonly string[];
  /**
   * The aliases that govern the noun phrase after them (clauses.ts governedPhrase): a side's own
   * noun (one ending in a grammar `sideNouns` word, 「日本側」) and the publisher's first person.
   */
  governing: ReadonlySet<string>;
  /** Joint aliases that are group nouns too (「参加者」): inside a governed phrase, its head. */
  groupAliases: ReadonlySet<string>;
  /**
   * Endings of a governed phrase that speaks (groups, roles, bodies, grammar `speakerHeads`:
   * 「日本側の各省庁」「日本側参加者」「…大使」), not of a thing (「EU側の内部調整」).
   */
  speakerHeads: readonly string[];
  /** Folded endings of an opening phrase (「…については、」). */
  openers: readonly string[];
  topicTerms: PhraseMatcher<TopicTerm & JapanesePhrase>;
  procedural: {
    phrases: PhraseMatcher<Phrase & JapanesePhrase>;
    subjects: PhraseMatcher<Phrase & JapanesePhrase>;
    /** Cue lemmas of attendance and hosting (出席, 開催). */
    verbs: ReadonlySet<string>;
  };
}

/**
 * An alias's key in the model's sets: the matcher hands back copies of the codebook's aliases
 * (with their folded text), so they are known by kind and text, not by identity.
 */
export const aliasKey = (alias: AliasPhrase): string => `${alias.kind}\u0000${alias.text}`;

export function compileJapanese(codebook: Codebook, part: LanguagePart, where: string): JapaneseModel {
  const grammar = japaneseGrammar(part.grammar, where);
  const alias = (text: string, side: string, kind: AliasPhrase['kind']): AliasPhrase => ({
    text,
    side,
    kind,
  });
  const aliases: AliasPhrase[] = [
    ...codebook.sides.flatMap((side) => (side.aliases.ja ?? []).map((text) => alias(text, side.id, 'party'))),
    ...[...(codebook.joint.ja ?? []), ...part.joint].map((text) => alias(text, 'both', 'joint')),
    ...part.pronouns.joint.map((text) => alias(text, 'both', 'pronoun')),
    ...part.pronouns.party.map((text) => alias(text, 'none', 'party-pronoun')),
    ...part.pronouns.first.map((text) => alias(text, 'none', 'first-person')),
  ];
  const groups = part.predicates.groups.map(foldPhrase).sort((a, b) => b.length - a.length);
  const governing = aliases.filter(
    (a) =>
      a.kind === 'first-person' ||
      (a.kind === 'party' && grammar.sideNouns.some((noun) => foldPhrase(a.text).endsWith(noun))),
  );
  const groupAliases = aliases.filter((a) => a.kind === 'joint' && groups.includes(foldPhrase(a.text)));
  const byFirst = new Map<string, JapaneseCue[]>();
  let order = 0;
  for (const group of part.cues) {
    for (const pattern of group.patterns) {
      const [first = '', ...more] = pattern.trim().split(/\s+/);
      const rest: JapaneseCue['rest'] = [];
      let gap = false;
      for (const word of more) {
        if (word === '...') gap = true;
        else {
          rest.push({ gap, words: word.split('|').map(foldPhrase) });
          gap = false;
        }
      }
      const stances: Pick<CompiledCue, 'stance' | 'whenSingle' | 'whenNegated' | 'whenNone' | 'mutual'> = {
        stance: group.stance,
        whenSingle: group.whenSingle ?? group.stance,
        whenNegated: group.whenNegated ?? 'other',
        whenNone: group.whenNone ?? group.stance,
        mutual: group.mutual === true,
      };
      const lemma = foldPhrase(first);
      byFirst.set(lemma, [
        ...(byFirst.get(lemma) ?? []),
        { ...stances, pattern, lemma, rest, order: order++ },
      ]);
    }
  }
  const nameSides: Partial<Record<NameScript, string>> = {};
  const claimed = new Set<NameScript>();
  for (const side of codebook.sides) {
    const script = side.nameScript?.ja;
    if (!script) continue;
    if (claimed.has(script)) delete nameSides[script];
    else nameSides[script] = side.id;
    claimed.add(script);
  }
  return {
    grammar,
    parties: codebook.sides.map((side) => side.id),
    nameSides,
    aliases: japaneseMatcher(aliases),
    cueWords: japaneseMatcher(
      [...byFirst].map(([lemma, cues]) => ({ text: lemma, cues })),
      { partialEnd: true },
    ),
    negation: grammar.negation,
    outcomes: new Set(part.predicates.outcomes.map(foldPhrase)),
    roles: part.predicates.roles.map(foldPhrase).sort((a, b) => b.length - a.length),
    groups,
    governing: new Set(governing.map(aliasKey)),
    groupAliases: new Set(groupAliases.map(aliasKey)),
    speakerHeads: [
      ...new Set([
        ...groups,
        ...part.predicates.roles.map(foldPhrase),
        ...grammar.bodyHeads,
        ...grammar.speakerHeads,
      ]),
    ],
    openers: part.predicates.openers.map(foldPhrase).sort((a, b) => b.length - a.length),
    topicTerms: japaneseMatcher(
      codebook.topics.flatMap((topic) => (topic.terms.ja ?? []).map((text) => ({ text, topic: topic.id }))),
    ),
    procedural: {
      phrases: japaneseMatcher(part.procedural.phrases.map((text) => ({ text }))),
      subjects: japaneseMatcher(part.procedural.subjects.map((text) => ({ text }))),
      verbs: new Set(part.procedural.verbs.map(foldPhrase)),
    },
  };
}
