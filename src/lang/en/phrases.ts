// Codebook phrases (aliases, terms, negations) as token sequences, indexed by their first word:
// a word is matched by exact text (acronyms), lower case, or singular ("platforms" ~ "platform").
import type { AliasPhrase, MentionKind, PhraseMatcher, Token, TopicTerm } from '../types.js';
import { singular } from './stem.js';
import { tokenize } from './tokens.js';

/** One word of a phrase: matched by exact text (acronyms), lower case, or singular. */
export interface WordMatcher {
  exact?: string;
  lower?: string;
  singulars?: ReadonlySet<string>;
}

export interface WordPhrase {
  text: string;
  words: WordMatcher[];
}

export type EnglishAlias = AliasPhrase & WordPhrase;
export type EnglishTerm = TopicTerm & WordPhrase;

/** Phrases by the keys their first word can be looked up with, longest phrase first. */
export type PhraseIndex<T extends WordPhrase> = ReadonlyMap<string, readonly T[]>;

function firstWordKeys(matcher: WordMatcher): string[] {
  if (matcher.exact !== undefined) return [`x:${matcher.exact}`];
  if (matcher.lower !== undefined) return [`l:${matcher.lower}`];
  return [...(matcher.singulars ?? [])].map((s) => `s:${s}`);
}

const byLength = (a: WordPhrase, b: WordPhrase) => b.words.length - a.words.length;

export function indexPhrases<T extends WordPhrase>(phrases: readonly T[]): PhraseIndex<T> {
  const index = new Map<string, T[]>();
  // A stable sort keeps the codebook's order among phrases of one length.
  for (const phrase of [...phrases].sort(byLength)) {
    const first = phrase.words[0];
    if (!first) continue;
    for (const key of firstWordKeys(first)) index.set(key, [...(index.get(key) ?? []), phrase]);
  }
  return index;
}

export function matchesWord(matcher: WordMatcher, token: Token | undefined): boolean {
  if (!token) return false;
  if (matcher.exact !== undefined) return token.text === matcher.exact;
  if (matcher.lower !== undefined) return token.lower === matcher.lower;
  return matcher.singulars?.has(token.norm) ?? false;
}

/** Does `words` match the tokens starting at `at`? Returns the index after the match, or -1. */
export function matchPhraseAt(words: readonly WordMatcher[], tokens: readonly Token[], at: number): number {
  for (let i = 0; i < words.length; i++) {
    const matcher = words[i];
    if (!matcher || !matchesWord(matcher, tokens[at + i])) return -1;
  }
  return at + words.length;
}

/** The longest phrase of `index` that matches at `at` and ends by `to`, or undefined. */
export function longestPhraseAt<T extends WordPhrase>(
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

/** Length of the phrase of `index` at `at`, or 0. */
export function phraseAt(index: PhraseIndex<WordPhrase>, tokens: readonly Token[], at: number): number {
  return longestPhraseAt(index, tokens, at)?.words.length ?? 0;
}

/** The index as the shared stages ask for phrases. */
export function phraseMatcher<T extends WordPhrase>(index: PhraseIndex<T>): PhraseMatcher<T> {
  return {
    at(tokens, at, to = tokens.length) {
      const phrase = longestPhraseAt(index, tokens, at, to);
      return phrase ? { phrase, end: at + phrase.words.length } : undefined;
    },
  };
}

function isCaseSensitive(word: string): boolean {
  // Acronyms and mixed-case tokens ("AI", "5G", "eID", "DG") must match as written.
  return /\p{Lu}.*\p{Lu}|\p{N}/u.test(word) || /^\p{Ll}+\p{Lu}/u.test(word);
}

function wordMatcher(word: string, { anyNumber }: { anyNumber: boolean }): WordMatcher {
  if (isCaseSensitive(word)) return { exact: word };
  const lower = word.toLowerCase();
  return anyNumber ? { singulars: new Set([singular(lower)]) } : { lower };
}

/** A phrase whose words match as written (acronyms) or in any case; `anyNumber`: in either number too. */
export function wordPhrase(text: string, options: { anyNumber: boolean }): WordPhrase {
  return { text, words: tokenize(text).map((token) => wordMatcher(token.text, options)) };
}

/** Alias words: a leading "the" in any case; capitalised words as written, others in any case. */
export function aliasPhrase(text: string, side: string, kind: MentionKind): EnglishAlias {
  const words = tokenize(text).map((token, i): WordMatcher => {
    if (i === 0 && token.lower === 'the') return { lower: 'the' };
    return /\p{Lu}/u.test(token.text) ? { exact: token.text } : { lower: token.lower };
  });
  return { text, side, kind, words };
}
