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

export type MentionKind = 'party' | 'joint' | 'pronoun';

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

export interface CompiledCodebook {
  source: Codebook;
  parties: { id: string; label: string }[];
  /** Longest first, so "the EU side" wins over "the EU". */
  aliases: AliasPhrase[];
  /** Lower-cased verb form -> the lemmas and forms it can be. */
  verbForms: ReadonlyMap<string, { lemma: string; form: VerbForm }[]>;
  cuesByLemma: ReadonlyMap<string, CompiledCue[]>;
  auxiliaries: ReadonlySet<string>;
  /** Lower-cased last words of the role nouns. */
  roles: ReadonlySet<string>;
  adverbs: Phrase[];
  openers: Phrase[];
  negation: Phrase[];
  topics: CompiledTopic[];
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
  return matcher.singulars?.has(singular(token.lower)) ?? false;
}

function phrase(text: string, options: { anyNumber: boolean }): Phrase {
  return { text, words: tokenize(text).map((token) => wordMatcher(token.text, options)) };
}

/** Alias words: a leading "the" in any case; capitalised words as written, others in any case. */
function aliasPhrase(text: string, side: string, kind: MentionKind): AliasPhrase {
  const words = tokenize(text).map((token, i): WordMatcher => {
    if (i === 0 && token.lower === 'the') return { lower: 'the' };
    return /\p{Lu}/u.test(token.text) ? { exact: token.text } : { lower: token.lower };
  });
  return { text, side, kind, words };
}

function compileCue(pattern: string, stance: Stance, whenSingle: Stance, order: number): CompiledCue {
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
  return { stance, whenSingle, pattern, lemma: lemma.toLowerCase(), slots, order };
}

const byLength = (a: Phrase, b: Phrase) => b.words.length - a.words.length;

export function compileCodebook(codebook: Codebook): CompiledCodebook {
  const aliases: AliasPhrase[] = [
    ...codebook.sides.flatMap((side) => side.aliases.map((alias) => aliasPhrase(alias, side.id, 'party'))),
    ...codebook.joint.aliases.map((alias) => aliasPhrase(alias, 'both', 'joint')),
    ...codebook.joint.pronouns.map((pronoun) => aliasPhrase(pronoun, 'both', 'pronoun')),
  ].sort(byLength);

  const verbForms = new Map<string, { lemma: string; form: VerbForm }[]>();
  const cuesByLemma = new Map<string, CompiledCue[]>();
  let order = 0;
  for (const group of codebook.cues) {
    for (const pattern of group.patterns) {
      const cue = compileCue(pattern, group.stance, group.whenSingle ?? group.stance, order++);
      cuesByLemma.set(cue.lemma, [...(cuesByLemma.get(cue.lemma) ?? []), cue]);
      for (const { form, text } of inflect(cue.lemma)) {
        const known = verbForms.get(text) ?? [];
        if (!known.some((k) => k.lemma === cue.lemma && k.form === form))
          known.push({ lemma: cue.lemma, form });
        verbForms.set(text, known);
      }
    }
  }

  return {
    source: codebook,
    parties: codebook.sides.map(({ id, label }) => ({ id, label })),
    aliases,
    verbForms,
    cuesByLemma,
    auxiliaries: new Set(codebook.predicates.auxiliaries.map((a) => a.toLowerCase())),
    roles: new Set(codebook.predicates.roles.map((r) => (tokenize(r).at(-1)?.lower ?? '').replace(/s$/, ''))),
    adverbs: codebook.predicates.adverbs.map((a) => phrase(a, { anyNumber: false })).sort(byLength),
    openers: codebook.predicates.openers.map((o) => phrase(o, { anyNumber: false })).sort(byLength),
    negation: codebook.negation.map((n) => phrase(n, { anyNumber: false })).sort(byLength),
    topics: codebook.topics.map((topic) => ({
      id: topic.id,
      label: topic.label,
      fallback: topic.fallback === true,
      terms: topic.terms.map((term) => phrase(term, { anyNumber: true })).sort(byLength),
    })),
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
