// Side mentions in a sentence: where the codebook's aliases (and the people the document
// introduced) occur, and whether each is the head of a subject or only named inside a phrase
// ("of Japan", "Japan's proposal", "between Japan and the EU").
import type { Token } from '../types.js';
import type { EnglishGrammar } from './grammar.js';
import type { EnglishModel } from './model.js';
import { type EnglishAlias, longestPhraseAt, type PhraseIndex } from './phrases.js';

export interface Mention {
  alias: EnglishAlias;
  /** Token range [start, end). */
  start: number;
  end: number;
  /** Inside a prepositional phrase ("of Japan") or possessive ("Japan's"): not the subject itself. */
  oblique: boolean;
  /** The preposition that makes it oblique ("of", "from", "'s"). */
  governedBy: string;
}

/** What one document's sentences are read with: the codebook's English part and the document's people. */
export interface Vocabulary {
  model: EnglishModel;
  people: PhraseIndex<EnglishAlias>;
}

/** What one sentence's tokens yield for one key (a vocabulary, a model), made once per pair. */
type SentenceCache<K extends object, V> = WeakMap<readonly Token[], WeakMap<K, V>>;

function cached<K extends object, V>(
  cache: SentenceCache<K, V>,
  tokens: readonly Token[],
  key: K,
  make: (tokens: readonly Token[], key: K) => V,
): V {
  let byKey = cache.get(tokens);
  if (!byKey) {
    byKey = new WeakMap();
    cache.set(tokens, byKey);
  }
  let value = byKey.get(key);
  if (value === undefined) {
    value = make(tokens, key);
    byKey.set(key, value);
  }
  return value;
}

const mentionCache: SentenceCache<Vocabulary, Mention[]> = new WeakMap();

/**
 * The side mentions in tokens[from, to). Clause analysis asks for many ranges of one sentence, so
 * the whole sentence is read once per vocabulary and the ranges are cut from it.
 */
export function findMentions(
  tokens: readonly Token[],
  vocabulary: Vocabulary,
  from = 0,
  to = tokens.length,
): Mention[] {
  const all = cached(mentionCache, tokens, vocabulary, scanMentions);
  return from === 0 && to >= tokens.length ? all : within(all, from, to);
}

/**
 * The mentions inside [from, to). Mentions do not overlap and come in order, so those inside form
 * one run: found by bisection rather than by filtering every mention of the sentence for every
 * range the clause reader asks about.
 */
function within(all: readonly Mention[], from: number, to: number): Mention[] {
  let low = 0;
  let high = all.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((all[middle] as Mention).start < from) low = middle + 1;
    else high = middle;
  }
  let end = low;
  while (end < all.length && (all[end] as Mention).end <= to) end++;
  return all.slice(low, end);
}

/**
 * The codebook's longest alias at each position of a sentence, looked up once: a document's people
 * are learnt from its sentences before they are read with them, so each sentence is scanned with
 * two vocabularies that share the codebook's aliases. null: none there.
 */
const codebookAliases: SentenceCache<EnglishModel, readonly (EnglishAlias | null)[]> = new WeakMap();

const aliasesAtEachToken = (tokens: readonly Token[], model: EnglishModel) =>
  tokens.map((_, at) => longestPhraseAt(model.aliases, tokens, at) ?? null);

const codebookAliasesIn = (tokens: readonly Token[], model: EnglishModel) =>
  cached(codebookAliases, tokens, model, aliasesAtEachToken);

/** The longest alias at `at`: the codebook's, or a person's when longer. */
function aliasAt(
  tokens: readonly Token[],
  codebook: readonly (EnglishAlias | null)[],
  people: Vocabulary['people'],
  at: number,
): EnglishAlias | undefined {
  const alias = codebook[at] ?? undefined;
  const person = people.size > 0 ? longestPhraseAt(people, tokens, at) : undefined;
  return person && (!alias || person.words.length > alias.words.length) ? person : alias;
}

/**
 * The index of the word before `at`, over an honorific and its full stop ("with Mr. X") or an
 * article ("from the PPC", where the codebook writes "PPC").
 */
function precedingWord(tokens: readonly Token[], at: number, grammar: EnglishGrammar): number {
  let i = at - 1;
  if (tokens[i]?.text === '.' && grammar.honorifics.has(tokens[i - 1]?.lower ?? '')) i -= 2;
  else if (grammar.honorifics.has(tokens[i]?.lower ?? '') || grammar.articles.has(tokens[i]?.lower ?? ''))
    i -= 1;
  return i;
}

function scanMentions(tokens: readonly Token[], vocabulary: Vocabulary): Mention[] {
  const { grammar, roles } = vocabulary.model;
  const isRole = (token: Token | undefined) => roles.has((token?.lower ?? '').replace(/s$/, ''));
  const codebook = codebookAliasesIn(tokens, vocabulary.model);
  const mentions: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    let alias = aliasAt(tokens, codebook, vocabulary.people, i);
    if (!alias) {
      i++;
      continue;
    }
    const end = i + alias.words.length;
    // "Commissioner Ishida" of Japan's PPC: an office another party also uses is the side of the
    // person the document has learnt, who follows it.
    const office = alias.text.split(/\s+/).some((word) => roles.has(word.toLowerCase().replace(/s$/, '')));
    const holder =
      office && vocabulary.people.size > 0 ? longestPhraseAt(vocabulary.people, tokens, end) : undefined;
    if (holder) alias = { ...alias, side: holder.side };
    // "with Mr. Henrik AALTO": a person's honorific stands between the preposition and the name.
    const at = precedingWord(tokens, i, grammar);
    const before = tokens[at]?.lower ?? '';
    // "MIC's Director-General explained": a possessive that owns a role speaks for its side.
    const possessive = tokens[end]?.lower === "'s" && !isRole(tokens[end + 1]);
    const previous = mentions.at(-1);
    // "the Director-General of DG CONNECT": a role governing the mention speaks for its side.
    const roleHead = grammar.governingPrepositions.has(before) && isRole(tokens[at - 1]);
    const preposition = grammar.prepositions.has(before);
    let oblique = (preposition && !roleHead) || possessive;
    let governedBy = possessive ? "'s" : preposition ? before : '';
    // "between Japan and the EU": the second conjunct shares the first one's preposition; so does
    // an abbreviation in brackets ("of Japan and the European Union (EU)").
    // A pronoun after a comma starts the clause ("... of the European Commission, I co-chaired").
    const pronoun = alias.kind !== 'party' && alias.kind !== 'joint';
    if (
      !oblique &&
      previous &&
      previous.end === at &&
      (grammar.mentionCoordinators.has(before) || before === '(') &&
      !(pronoun && before === ',')
    ) {
      // "The Digital Agency of Japan and DG CONNECT held ...": after a body "of" its country, the
      // next conjunct joins the body, not the country.
      const owner = mentions.at(-2);
      const ofOwner =
        before !== '(' &&
        owner !== undefined &&
        previous.governedBy === 'of' &&
        owner.end === precedingWord(tokens, previous.start, grammar);
      const like = ofOwner ? owner : previous;
      oblique = like.oblique;
      governedBy = like.governedBy;
    }
    mentions.push({ alias, start: i, end, oblique, governedBy });
    i = end;
  }
  return mentions;
}
