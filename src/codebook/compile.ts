// Codebook -> matchers, built once per run: aliases and terms as token sequences, cue lemmas
// expanded into every inflection (compromise), words compared by Porter stem where number must
// not matter ("platforms" ~ "platform") and by exact case where it must ("AI" is not "ai").
import { inflect, type VerbForm } from '../nlp/inflect.js';
import { singular } from '../nlp/stem.js';
import { type Token, tokenize } from '../nlp/tokens.js';
import type { Stance } from '../types.js';
import type { Codebook } from './schema.js';

/** One word of a phrase: matched by exact text (acronyms), lower case, or stem. */
export interface WordMatcher {
  exact?: string;
  lower?: string;
  singulars?: ReadonlySet<string>;
}

export interface Phrase {
  words: WordMatcher[];
  text: string;
}

/** A party alias, a joint form, a pronoun for both sides ("they"), or one for the last party ("it"). */
export type MentionKind = 'party' | 'joint' | 'pronoun' | 'party-pronoun';

export interface AliasPhrase extends Phrase {
  /** A party id, or "both" for joint forms and pronouns. */
  side: string;
  kind: MentionKind;
}

export interface CueSlot {
  /** Words may stand between the previous slot and this one. */
  gap: boolean;
  word: WordMatcher;
}

export interface CompiledCue {
  stance: Stance;
  whenSingle: Stance;
  whenNegated: Stance;
  pattern: string;
  lemma: string;
  slots: CueSlot[];
  /** Position in the codebook: earlier wins a tie. */
  order: number;
}

export interface CompiledTopic {
  id: string;
  label: string;
  fallback: boolean;
  terms: Phrase[];
}

/** Phrases by the keys their first word can be looked up with, longest phrase first. */
export type PhraseIndex<T extends Phrase> = ReadonlyMap<string, readonly T[]>;

function firstWordKeys(matcher: WordMatcher): string[] {
  if (matcher.exact !== undefined) return [`x:${matcher.exact}`];
  if (matcher.lower !== undefined) return [`l:${matcher.lower}`];
  return [...(matcher.singulars ?? [])].map((s) => `s:${s}`);
}

export function indexPhrases<T extends Phrase>(phrases: readonly T[]): PhraseIndex<T> {
  const index = new Map<string, T[]>();
  // A stable sort keeps the codebook's order among phrases of one length.
  for (const phrase of [...phrases].sort(byLength)) {
    const first = phrase.words[0];
    if (!first) continue;
    for (const key of firstWordKeys(first)) index.set(key, [...(index.get(key) ?? []), phrase]);
  }
  return index;
}

/** The longest phrase of `index` that matches at `at` and ends by `to`, or undefined. */
export function longestPhraseAt<T extends Phrase>(
  index: PhraseIndex<T>,
  tokens: readonly Token[],
  at: number,
  to = tokens.length,
): T | undefined {
  const token = tokens[at];
  if (!token) return undefined;
  let best: T | undefined;
  for (const key of token.keys) {
    for (const phrase of index.get(key) ?? []) {
      if (best && phrase.words.length <= best.words.length) break;
      const end = matchPhraseAt(phrase.words, tokens, at);
      if (end !== -1 && end <= to) {
        best = phrase;
        break;
      }
    }
  }
  return best;
}

export interface CompiledCodebook {
  source: Codebook;
  parties: { id: string; label: string }[];
  /** Looked up longest first, so "the EU side" wins over "the EU". */
  aliases: PhraseIndex<AliasPhrase>;
  /** The same aliases as a list, to index again with a document's own names (people). */
  aliasList: readonly AliasPhrase[];
  /** Lower-cased verb form -> the lemmas and forms it can be. */
  verbForms: ReadonlyMap<string, { lemma: string; form: VerbForm }[]>;
  cuesByLemma: ReadonlyMap<string, CompiledCue[]>;
  auxiliaries: ReadonlySet<string>;
  /** Lower-cased last words of the role nouns. */
  roles: ReadonlySet<string>;
  /** Lemmas whose agentless passive is the joint outcome ("it was agreed"). */
  outcomes: ReadonlySet<string>;
  adverbs: PhraseIndex<Phrase>;
  openers: PhraseIndex<Phrase>;
  negation: PhraseIndex<Phrase>;
  topics: CompiledTopic[];
  /** Every topic term, with its topic id. */
  topicTerms: PhraseIndex<TopicTerm>;
  procedural: {
    phrases: PhraseIndex<Phrase>;
    /** Logistics written as verb patterns ("hold ... meeting"), by lemma; their verbs join `verbForms`. */
    patterns: ReadonlyMap<string, CompiledCue[]>;
    /** Singular, lower-cased meeting nouns. */
    subjects: ReadonlySet<string>;
    /** Verb lemmas (first word of a cue pattern) of attendance and hosting. */
    verbs: ReadonlySet<string>;
  };
}

export interface TopicTerm extends Phrase {
  topic: string;
}

/** Up to this many words may stand in a "..." gap: "raised several serious issues". */
export const CUE_GAP = 4;

function isCaseSensitive(word: string): boolean {
  // Acronyms and mixed-case tokens ("AI", "5G", "eID", "DG") must match as written.
  return /\p{Lu}.*\p{Lu}|\p{N}/u.test(word) || /^\p{Ll}+\p{Lu}/u.test(word);
}

function wordMatcher(word: string, { anyNumber }: { anyNumber: boolean }): WordMatcher {
  if (isCaseSensitive(word)) return { exact: word };
  const lower = word.toLowerCase();
  return anyNumber ? { singulars: new Set([singular(lower)]) } : { lower };
}

export function matchesWord(matcher: WordMatcher, token: Token | undefined): boolean {
  if (!token) return false;
  if (matcher.exact !== undefined) return token.text === matcher.exact;
  if (matcher.lower !== undefined) return token.lower === matcher.lower;
  return matcher.singulars?.has(token.norm) ?? false;
}

function phrase(text: string, options: { anyNumber: boolean }): Phrase {
  return { text, words: tokenize(text).map((token) => wordMatcher(token.text, options)) };
}

/** Alias words: a leading "the" in any case; capitalised words as written, others in any case. */
export function aliasPhrase(text: string, side: string, kind: MentionKind): AliasPhrase {
  const words = tokenize(text).map((token, i): WordMatcher => {
    if (i === 0 && token.lower === 'the') return { lower: 'the' };
    return /\p{Lu}/u.test(token.text) ? { exact: token.text } : { lower: token.lower };
  });
  return { text, side, kind, words };
}

function compileCue(
  pattern: string,
  stances: { stance: Stance; whenSingle: Stance; whenNegated: Stance },
  order: number,
): CompiledCue {
  const parts = pattern.trim().split(/\s+/);
  const [lemma = '', ...rest] = parts;
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

const byLength = (a: Phrase, b: Phrase) => b.words.length - a.words.length;

export function compileCodebook(codebook: Codebook): CompiledCodebook {
  // "the Japanese side", "EU officials": each side adjective with each group noun, with or without "the".
  const adjectiveAliases = codebook.sides.flatMap((side) =>
    side.adjectives
      .flatMap((adjective) =>
        codebook.predicates.groups.flatMap((group) => [`the ${adjective} ${group}`, `${adjective} ${group}`]),
      )
      .map((alias) => aliasPhrase(alias, side.id, 'party')),
  );
  const aliasList: AliasPhrase[] = [
    ...adjectiveAliases,
    ...codebook.sides.flatMap((side) => side.aliases.map((alias) => aliasPhrase(alias, side.id, 'party'))),
    ...codebook.joint.aliases.map((alias) => aliasPhrase(alias, 'both', 'joint')),
    ...codebook.pronouns.joint.map((pronoun) => aliasPhrase(pronoun, 'both', 'pronoun')),
    ...codebook.pronouns.party.map((pronoun) => aliasPhrase(pronoun, 'none', 'party-pronoun')),
  ];
  const aliases = indexPhrases(aliasList);

  const verbForms = new Map<string, { lemma: string; form: VerbForm }[]>();
  const cuesByLemma = new Map<string, CompiledCue[]>();
  let order = 0;
  for (const group of codebook.cues) {
    for (const pattern of group.patterns) {
      const stances = {
        stance: group.stance,
        whenSingle: group.whenSingle ?? group.stance,
        whenNegated: group.whenNegated ?? 'other',
      };
      const cue = compileCue(pattern, stances, order++);
      cuesByLemma.set(cue.lemma, [...(cuesByLemma.get(cue.lemma) ?? []), cue]);
      for (const { form, text } of inflect(cue.lemma)) {
        const known = verbForms.get(text) ?? [];
        if (!known.some((k) => k.lemma === cue.lemma && k.form === form))
          known.push({ lemma: cue.lemma, form });
        verbForms.set(text, known);
      }
    }
  }

  // "hold ... meeting": logistics as verb patterns, matched like cues in every inflection.
  const proceduralPatterns = new Map<string, CompiledCue[]>();
  for (const pattern of codebook.procedural.phrases.filter((p) => p.includes('...'))) {
    const cue = compileCue(pattern, { stance: 'other', whenSingle: 'other', whenNegated: 'other' }, order++);
    proceduralPatterns.set(cue.lemma, [...(proceduralPatterns.get(cue.lemma) ?? []), cue]);
    for (const { form, text } of inflect(cue.lemma)) {
      const known = verbForms.get(text) ?? [];
      if (!known.some((k) => k.lemma === cue.lemma && k.form === form))
        known.push({ lemma: cue.lemma, form });
      verbForms.set(text, known);
    }
  }
  const topics = codebook.topics.map((topic) => ({
    id: topic.id,
    label: topic.label,
    fallback: topic.fallback === true,
    terms: topic.terms.map((term) => phrase(term, { anyNumber: true })),
  }));
  return {
    source: codebook,
    parties: codebook.sides.map(({ id, label }) => ({ id, label })),
    aliases,
    aliasList,
    verbForms,
    cuesByLemma,
    auxiliaries: new Set(codebook.predicates.auxiliaries.map((a) => a.toLowerCase())),
    outcomes: new Set(codebook.predicates.outcomes.map((lemma) => lemma.toLowerCase())),
    roles: new Set(codebook.predicates.roles.map((r) => (tokenize(r).at(-1)?.lower ?? '').replace(/s$/, ''))),
    adverbs: indexPhrases(codebook.predicates.adverbs.map((a) => phrase(a, { anyNumber: false }))),
    openers: indexPhrases(codebook.predicates.openers.map((o) => phrase(o, { anyNumber: false }))),
    negation: indexPhrases(codebook.negation.map((n) => phrase(n, { anyNumber: false }))),
    topics,
    topicTerms: indexPhrases(
      topics.flatMap((topic) => topic.terms.map((term) => ({ ...term, topic: topic.id }))),
    ),
    procedural: {
      phrases: indexPhrases(
        codebook.procedural.phrases
          .filter((p) => !p.includes('...'))
          .map((p) => phrase(p, { anyNumber: true })),
      ),
      patterns: proceduralPatterns,
      subjects: new Set(codebook.procedural.subjects.map((word) => singular(word))),
      verbs: new Set(codebook.procedural.verbs.map((verb) => verb.split(/\s+/)[0]?.toLowerCase() ?? '')),
    },
  };
}

/** Does `words` match the tokens starting at `at`? Returns the index after the match, or -1. */
export function matchPhraseAt(words: readonly WordMatcher[], tokens: readonly Token[], at: number): number {
  for (let i = 0; i < words.length; i++) {
    const matcher = words[i];
    if (!matcher || !matchesWord(matcher, tokens[at + i])) return -1;
  }
  return at + words.length;
}
