// Codebook phrases (aliases, terms, negations) as token sequences, in a trie of their words:
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

/**
 * Phrases as a trie of their words. A word is followed by a token's text (acronyms), its lower case
 * or its singular, each a map keyed by the token's own strings, so a lookup makes no strings and
 * visits only phrases whose words so far match: 480 of the default codebook's aliases begin with
 * "the", and a list per first word would try them all at every "the".
 */
export interface PhraseIndex<T extends WordPhrase> {
  readonly root: PhraseNode<T>;
  /** How many phrases: an empty index is never looked into. */
  readonly size: number;
}

interface PhraseNode<T> {
  exact?: Map<string, PhraseNode<T>>;
  lower?: Map<string, PhraseNode<T>>;
  singular?: Map<string, PhraseNode<T>>;
  /** The phrases that end here, by rank: the first wins among phrases of one length. */
  ends?: { phrase: T; rank: number }[];
}

function child<T>(node: PhraseNode<T>, kind: 'exact' | 'lower' | 'singular', key: string): PhraseNode<T> {
  node[kind] ??= new Map();
  let next = node[kind].get(key);
  if (!next) {
    next = {};
    node[kind].set(key, next);
  }
  return next;
}

/**
 * Among phrases of one length, one whose first word matches as written comes before one matching
 * in lower case, then in the singular, and otherwise the codebook's order stands.
 */
const firstWordRank = (matcher: WordMatcher) =>
  matcher.exact !== undefined ? 0 : matcher.lower !== undefined ? 1 : 2;

export function indexPhrases<T extends WordPhrase>(phrases: readonly T[]): PhraseIndex<T> {
  const root: PhraseNode<T> = {};
  phrases.forEach((phrase, order) => {
    const first = phrase.words[0];
    if (!first) return;
    let nodes = [root];
    for (const matcher of phrase.words) {
      nodes = nodes.flatMap((node) =>
        matcher.exact !== undefined
          ? [child(node, 'exact', matcher.exact)]
          : matcher.lower !== undefined
            ? [child(node, 'lower', matcher.lower)]
            : [...(matcher.singulars ?? [])].map((key) => child(node, 'singular', key)),
      );
    }
    const rank = firstWordRank(first) * phrases.length + order;
    for (const node of nodes) {
      node.ends ??= [];
      node.ends.push({ phrase, rank });
    }
  });
  return { root, size: phrases.length };
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
  if (index.size === 0) return undefined;
  const found: { best: T | undefined; rank: number } = { best: undefined, rank: 0 };
  walk(index.root, tokens, at, Math.min(to, tokens.length), found);
  return found.best;
}

/** Follows the tokens from `at` down the trie, keeping the longest phrase ended (then the lowest rank). */
function walk<T extends WordPhrase>(
  node: PhraseNode<T>,
  tokens: readonly Token[],
  at: number,
  to: number,
  found: { best: T | undefined; rank: number },
): void {
  for (const end of node.ends ?? []) {
    const longer = !found.best || end.phrase.words.length > found.best.words.length;
    if (longer || (end.phrase.words.length === found.best?.words.length && end.rank < found.rank)) {
      found.best = end.phrase;
      found.rank = end.rank;
    }
  }
  const token = tokens[at];
  if (!token || at >= to) return;
  const exact = node.exact?.get(token.text);
  if (exact) walk(exact, tokens, at + 1, to, found);
  const lower = node.lower?.get(token.lower);
  if (lower) walk(lower, tokens, at + 1, to, found);
  const singular = node.singular?.get(token.norm);
  if (singular) walk(singular, tokens, at + 1, to, found);
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
