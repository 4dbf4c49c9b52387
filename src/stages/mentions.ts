// Side mentions in a sentence: where the codebook's aliases occur, and whether each is the head of
// a subject or only named inside a phrase ("of Japan", "Japan's proposal", "between Japan and the EU").
import { type AliasPhrase, type CompiledCodebook, longestPhraseAt } from '../codebook/compile.js';
import type { Token } from '../nlp/tokens.js';

export interface Mention {
  alias: AliasPhrase;
  /** Token range [start, end). */
  start: number;
  end: number;
  /** Inside a prepositional phrase ("of Japan") or possessive ("Japan's"): not the subject itself. */
  oblique: boolean;
  /** The preposition that makes it oblique ("of", "from", "'s"). */
  governedBy: string;
}

const PREPOSITIONS = new Set([
  'of',
  'in',
  'among',
  'amongst',
  'between',
  'with',
  'from',
  'for',
  'to',
  'on',
  'at',
  'by',
  'about',
  'regarding',
  'concerning',
  'including',
  'like',
  'as',
  'than',
  'toward',
  'towards',
  'into',
  'under',
  'through',
  'via',
  'within',
  'across',
  'involving',
  'beyond',
  'against',
  'over',
  'around',
  'without',
]);

const COORDINATORS = new Set(['and', ',', 'as well as', '&']);

const mentionCache = new WeakMap<readonly Token[], WeakMap<CompiledCodebook, Mention[]>>();

/**
 * The side mentions in tokens[from, to). Clause analysis asks for many ranges of one sentence, so
 * the whole sentence is read once per codebook and the ranges are cut from it.
 */
export function findMentions(
  tokens: readonly Token[],
  codebook: CompiledCodebook,
  from = 0,
  to = tokens.length,
): Mention[] {
  let byCodebook = mentionCache.get(tokens);
  if (!byCodebook) {
    byCodebook = new WeakMap();
    mentionCache.set(tokens, byCodebook);
  }
  let all = byCodebook.get(codebook);
  if (!all) {
    all = scanMentions(tokens, codebook);
    byCodebook.set(codebook, all);
  }
  return all.filter((m) => m.start >= from && m.end <= to);
}

function scanMentions(
  tokens: readonly Token[],
  codebook: CompiledCodebook,
  from = 0,
  to = tokens.length,
): Mention[] {
  const mentions: Mention[] = [];
  let i = from;
  while (i < to) {
    const alias = longestPhraseAt(codebook.aliases, tokens, i, to);
    if (!alias) {
      i++;
      continue;
    }
    const end = i + alias.words.length;
    const before = tokens[i - 1]?.lower ?? '';
    // "MIC's Director-General explained": a possessive that owns a role speaks for its side.
    const possessive =
      tokens[end]?.lower === "'s" && !codebook.roles.has((tokens[end + 1]?.lower ?? '').replace(/s$/, ''));
    const previous = mentions.at(-1);
    // "the Director-General of DG CONNECT": a role governing the mention speaks for its side.
    const roleHead =
      (before === 'of' || before === 'from') &&
      codebook.roles.has((tokens[i - 2]?.lower ?? '').replace(/s$/, ''));
    let oblique = (PREPOSITIONS.has(before) && !roleHead) || possessive;
    let governedBy = possessive ? "'s" : PREPOSITIONS.has(before) ? before : '';
    // "between Japan and the EU": the second conjunct shares the first one's preposition; so does
    // an abbreviation in brackets ("of Japan and the European Union (EU)").
    if (!oblique && previous && previous.end === i - 1 && (COORDINATORS.has(before) || before === '(')) {
      oblique = previous.oblique;
      governedBy = previous.governedBy;
    }
    mentions.push({ alias, start: i, end, oblique, governedBy });
    i = end;
  }
  return mentions;
}

/** Honorifics before a person's name ("Mr. Viola"); people.ts and the clause grammar share them. */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr',
  'ms',
  'mrs',
  'dr',
  'prof',
  'professor',
  'h.e',
  'sir',
  'dame',
]);

/** Words that open a head count ("About 60 participants", "more than 20 companies"). */
export const HEAD_COUNT = /^(?:about|some|around|approximately|over|nearly|more|\d[\d,]*)$/i;
