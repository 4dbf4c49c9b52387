// The English part of a codebook compiled for matching, once per codebook: aliases and terms as
// token sequences, cue lemmas expanded into every inflection (compromise), words compared by
// singular where number must not matter ("platforms" ~ "platform") and by exact case where it
// must ("AI" is not "ai").
import type { Codebook, CodebookSide, CompiledCue, LanguagePart } from '../../codebook/types.js';
import type { Stance } from '../../types.js';
import type { AliasPhrase } from '../types.js';
import { type EnglishGrammar, englishGrammar } from './grammar.js';
import { inflect, type VerbForm } from './inflect.js';
import type { PairNames } from './meetings.js';
import {
  aliasPhrase,
  type EnglishAlias,
  type EnglishTerm,
  indexPhrases,
  type PhraseIndex,
  type WordMatcher,
  type WordPhrase,
  wordPhrase,
} from './phrases.js';
import { singular } from './stem.js';
import { tokenize } from './tokens.js';

export interface CueSlot {
  /** Words may stand between the previous slot and this one. */
  gap: boolean;
  word: WordMatcher;
}

export interface EnglishCue extends CompiledCue {
  slots: CueSlot[];
}

export interface EnglishModel {
  grammar: EnglishGrammar;
  /** The codebook's party ids. */
  parties: readonly string[];
  /** The side that writes its officials' surnames in capitals ("SATO Ichiro"), if any. */
  capitalSurnames: string | null;
  /** Lower-cased side adjectives ("japanese", "european") and their sides. */
  adjectives: ReadonlyMap<string, string>;
  /** Looked up longest first, so "the EU side" wins over "the EU". */
  aliases: PhraseIndex<EnglishAlias>;
  /** Lower-cased verb form -> the lemmas and forms it can be. */
  verbForms: ReadonlyMap<string, { lemma: string; form: VerbForm }[]>;
  cuesByLemma: ReadonlyMap<string, EnglishCue[]>;
  auxiliaries: ReadonlySet<string>;
  /** Lower-cased last words of the role nouns, without a plural "s". */
  roles: ReadonlySet<string>;
  /** Group nouns ("experts", "colleagues", "delegation"): the lower-case forms of the codebook's. */
  groups: ReadonlySet<string>;
  /** Lemmas whose agentless passive is the joint outcome ("it was agreed"). */
  outcomes: ReadonlySet<string>;
  adverbs: PhraseIndex<WordPhrase>;
  openers: PhraseIndex<WordPhrase>;
  negation: PhraseIndex<WordPhrase>;
  topicTerms: PhraseIndex<EnglishTerm>;
  /** The codebook's pair of parties as series names write it, or null without `pair.en`. */
  pair: PairNames | null;
  procedural: {
    phrases: PhraseIndex<WordPhrase>;
    /** Logistics written as verb patterns ("hold ... meeting"), by lemma; their verbs join `verbForms`. */
    patterns: ReadonlyMap<string, EnglishCue[]>;
    /** Singular, lower-cased meeting nouns. */
    subjects: ReadonlySet<string>;
    /** Verb lemmas (first word of a cue pattern) of attendance and hosting. */
    verbs: ReadonlySet<string>;
  };
}

/** Up to this many words may stand in a "..." gap: "raised several serious issues". */
export const CUE_GAP = 4;

function compileCue(
  pattern: string,
  stances: { stance: Stance; whenSingle: Stance; whenNegated: Stance; whenNone: Stance; mutual: boolean },
  order: number,
): EnglishCue {
  const [lemma = '', ...rest] = pattern.trim().split(/\s+/);
  const slots: CueSlot[] = [];
  let gap = false;
  for (const part of rest) {
    if (part === '...') {
      gap = true;
      continue;
    }
    const alternatives = part.split('|').map((alt) => singular(alt));
    slots.push({ gap, word: { singulars: new Set(alternatives) } });
    gap = false;
  }
  return { ...stances, pattern, lemma: lemma.toLowerCase(), slots, order };
}

/** Singular, lower-cased last word of a role noun: "Deputy Director-General" -> "director-general". */
export const roleWord = (role: string): string => (tokenize(role).at(-1)?.lower ?? '').replace(/s$/, '');

export function compileEnglish(codebook: Codebook, part: LanguagePart, where: string): EnglishModel {
  const grammar = englishGrammar(part.grammar, where);
  const { predicates } = part;
  // "the Japanese side", "EU officials": each side adjective with each group noun, with or without "the".
  const adjectiveAliases = codebook.sides.flatMap((side) =>
    (side.adjectives.en ?? [])
      .flatMap((adjective) =>
        predicates.groups.flatMap((group) => [`the ${adjective} ${group}`, `${adjective} ${group}`]),
      )
      .map((alias) => aliasPhrase(alias, side.id, 'party')),
  );
  // "Japanese and European participants": the two sides' adjectives joined, with a group noun.
  const [first, second] = codebook.sides.map((side) => side.adjectives.en ?? []);
  const jointAdjectiveAliases = (first ?? []).flatMap((a) =>
    (second ?? []).flatMap((b) =>
      [`${a} and ${b}`, `${b} and ${a}`].flatMap((pair) =>
        predicates.groups.flatMap((group) => [`the ${pair} ${group}`, `${pair} ${group}`]),
      ),
    ),
  );
  const aliasList: EnglishAlias[] = [
    ...adjectiveAliases,
    ...jointAdjectiveAliases.map((alias) => aliasPhrase(alias, 'both', 'joint')),
    ...codebook.sides.flatMap((side) =>
      (side.aliases.en ?? []).flatMap(hyphenVariants).map((alias) => aliasPhrase(alias, side.id, 'party')),
    ),
    ...[...(codebook.joint.en ?? []), ...part.joint].map((alias) => aliasPhrase(alias, 'both', 'joint')),
    ...part.pronouns.joint.map((pronoun) => aliasPhrase(pronoun, 'both', 'pronoun')),
    ...part.pronouns.party.map((pronoun) => aliasPhrase(pronoun, 'none', 'party-pronoun')),
    ...part.pronouns.first.map((pronoun) => aliasPhrase(pronoun, 'none', 'first-person')),
    // "our experts", "my team", "my Director-General": a first-person possessive with a group
    // noun or a role is the publisher too.
    ...(part.pronouns.first.length > 0
      ? [...grammar.firstPersonPossessives].flatMap((possessive) =>
          [...predicates.groups, ...predicates.roles].map((noun) =>
            aliasPhrase(`${possessive} ${noun}`, 'none', 'first-person'),
          ),
        )
      : []),
  ];

  const verbForms = new Map<string, { lemma: string; form: VerbForm }[]>();
  const addForms = (lemma: string) => {
    for (const { form, text } of inflect(lemma, grammar.verbForms[lemma] ?? [])) {
      const known = verbForms.get(text) ?? [];
      if (!known.some((k) => k.lemma === lemma && k.form === form)) known.push({ lemma, form });
      verbForms.set(text, known);
    }
  };
  const cuesByLemma = new Map<string, EnglishCue[]>();
  let order = 0;
  for (const group of part.cues) {
    for (const pattern of group.patterns) {
      const stances = {
        stance: group.stance,
        whenSingle: group.whenSingle ?? group.stance,
        whenNegated: group.whenNegated ?? 'other',
        whenNone: group.whenNone ?? group.stance,
        mutual: group.mutual === true,
      };
      const cue = compileCue(pattern, stances, order++);
      cuesByLemma.set(cue.lemma, [...(cuesByLemma.get(cue.lemma) ?? []), cue]);
      addForms(cue.lemma);
    }
  }
  // "hold ... meeting": logistics as verb patterns, matched like cues in every inflection.
  const proceduralPatterns = new Map<string, EnglishCue[]>();
  for (const pattern of part.procedural.phrases.filter((p) => p.includes('...'))) {
    const cue = compileCue(
      pattern,
      { stance: 'other', whenSingle: 'other', whenNegated: 'other', whenNone: 'other', mutual: false },
      order++,
    );
    proceduralPatterns.set(cue.lemma, [...(proceduralPatterns.get(cue.lemma) ?? []), cue]);
    addForms(cue.lemma);
  }
  const anyNumber = (text: string) => wordPhrase(text, { anyNumber: true });
  const asWritten = (text: string) => wordPhrase(text, { anyNumber: false });
  return {
    grammar,
    parties: codebook.sides.map((side) => side.id),
    capitalSurnames: codebook.sides.find((side) => side.capitalSurnames)?.id ?? null,
    adjectives: new Map(
      codebook.sides.flatMap((side) =>
        (side.adjectives.en ?? []).map((a): [string, string] => [a.toLowerCase(), side.id]),
      ),
    ),
    aliases: indexPhrases(aliasList),
    verbForms,
    cuesByLemma,
    auxiliaries: new Set(predicates.auxiliaries.map((a) => a.toLowerCase())),
    outcomes: new Set(predicates.outcomes.map((lemma) => lemma.toLowerCase())),
    roles: new Set(predicates.roles.map(roleWord)),
    groups: new Set(predicates.groups.map((group) => group.toLowerCase())),
    adverbs: indexPhrases(predicates.adverbs.map(asWritten)),
    openers: indexPhrases(predicates.openers.map(asWritten)),
    negation: indexPhrases(part.negation.map(asWritten)),
    topicTerms: indexPhrases(
      codebook.topics.flatMap((topic) =>
        (topic.terms.en ?? []).map((term): EnglishTerm => ({ ...anyNumber(term), topic: topic.id })),
      ),
    ),
    pair: pairNames(codebook),
    procedural: {
      phrases: indexPhrases(part.procedural.phrases.filter((p) => !p.includes('...')).map(anyNumber)),
      patterns: proceduralPatterns,
      subjects: new Set(part.procedural.subjects.map((word) => singular(word))),
      verbs: new Set(part.procedural.verbs.map((verb) => verb.split(/\s+/)[0]?.toLowerCase() ?? '')),
    },
  };
}

/**
 * The codebook's parties as they stand in a series' pair ("EU-Japan", "Japanese-German", "between
 * the European Union and Japan"): their short aliases, less "the", and their adjectives.
 */
function pairNames(codebook: Codebook): PairNames | null {
  const canonical = codebook.pair.en;
  const [first, second] = codebook.sides;
  if (!canonical || !first || !second) return null;
  const names = (side: CodebookSide) => [
    ...new Set(
      [...(side.aliases.en ?? []), ...(side.adjectives.en ?? [])]
        .map((name) => name.replace(/^the\s+/i, ''))
        .filter((name) => /^\p{Lu}/u.test(name) && !name.includes(',') && name.split(/\s+/).length <= 3),
    ),
  ];
  return { canonical, sides: [names(first), names(second)] };
}

/** People a document introduces, as aliases that match in any case ("Ms. FUJIWARA" is later "Ms. Fujiwara"). */
export function personAlias(name: string, side: string): EnglishAlias {
  return {
    ...aliasPhrase(name, side, 'party'),
    words: tokenize(name).map((token) => ({ lower: token.lower })),
  };
}

/** A person the first person introduced as its own ("my colleague X"): the publisher's side, like "we". */
export function firstPersonAlias(name: string): EnglishAlias {
  return {
    ...aliasPhrase(name, 'none', 'first-person'),
    words: tokenize(name).map((token) => ({ lower: token.lower })),
  };
}

export type { AliasPhrase };

/**
 * An alias and its spelling with the hyphens between its words as spaces: publishers write
 * "Ambassador-at-Large" and "Ambassador at Large", "Vice-Minister" and "Vice Minister" (a codebook
 * lists the hyphenated form).
 */
function hyphenVariants(alias: string): string[] {
  const spaced = alias.replace(/(?<=\p{L})-(?=\p{L})/gu, ' ');
  return spaced === alias ? [alias] : [alias, spaced];
}
