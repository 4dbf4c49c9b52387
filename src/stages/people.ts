// People a document ties to a side. Summaries introduce an official once ("Mr. Lorenzo Bellini,
// Director-General of DG CONNECT", "EU side: Mr. Roberto Viola, ...", "Minister for Internal
// Affairs and Communications Takeaki Matsumoto") and then write "Mr. Bellini explained ...".
// The names learnt here become aliases for that one document, so the later sentences get a side.
import {
  type AliasPhrase,
  aliasPhrase,
  type CompiledCodebook,
  indexPhrases,
  longestPhraseAt,
} from '../codebook/compile.js';
import { type Token, tokenize } from '../nlp/tokens.js';
import { findMentions, HONORIFICS, type Mention } from './mentions.js';

/** Capitalised words that open or stand in titles, never names. */
const NOT_NAMES = new Set([
  'the',
  'both',
  'and',
  'of',
  'for',
  'in',
  'on',
  'at',
  'as',
  'with',
  'mr',
  'ms',
  'dr',
]);
/** How far after a name its appositive may name the side ("..., Director-General, DG CONNECT"). */
const APPOSITIVE_WINDOW = 16;

interface Name {
  /** Token range of the name itself, without the honorific. */
  start: number;
  end: number;
}

/** Words of organisations and titles, never of a person's name. */
const ORGANISATION_WORDS = new Set([
  'ministry',
  'bureau',
  'division',
  'office',
  'department',
  'agency',
  'commission',
  'council',
  'committee',
  'directorate',
  'unit',
  'secretariat',
  'strategy',
  'global',
  'international',
  'policy',
  'affairs',
  'communications',
  'cooperation',
  'government',
  'institute',
  'centre',
  'center',
  'general',
  'deputy',
  'director',
  'director-general',
  'minister',
  'vice-minister',
  'president',
  'vice-president',
  'commissioner',
  'ambassador',
  'head',
  'chair',
  'team',
  'group',
  'forum',
  'partnership',
  'japan',
  'japanese',
  'european',
  'europe',
  'eu',
  'union',
  'state',
  'states',
  'national',
  'directorate-general',
  'justice',
  'coordination',
  'economy',
  'trade',
  'industry',
  'technology',
  'science',
  'research',
  'digital',
  'data',
  'transformation',
  'security',
  'cybersecurity',
]);

const isCapitalised = (token: Token | undefined): boolean =>
  token !== undefined &&
  /^\p{Lu}[\p{L}'’-]*$/u.test(token.text) &&
  !NOT_NAMES.has(token.lower) &&
  !ORGANISATION_WORDS.has(token.lower);
/** Lower-case particles inside names: "Pieter de Waal", "Ursula von der Leyen". */
const PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'la', 'le']);

/** The name that starts at `at` (after an honorific, or right after an actor's title), if any. */
function nameAt(tokens: readonly Token[], at: number, codebook: CompiledCodebook): Name | null {
  let end = at;
  while (end < tokens.length && end - at < 5) {
    const token = tokens[end];
    const particle = token !== undefined && PARTICLES.has(token.text) && isCapitalised(tokens[end + 1]);
    // A topic term is no name: "the Japan AI Safety Institute" names no person "AI".
    if (!particle && (!isCapitalised(token) || longestPhraseAt(codebook.topicTerms, tokens, end))) break;
    end++;
  }
  return end > at ? { start: at, end } : null;
}

/** Does the alias name an office, with a role word in it ("Minister for ...", "Commissioner")? */
function isTitle(mention: Mention, codebook: CompiledCodebook): boolean {
  return mention.alias.text
    .split(/\s+/)
    .some((word) => codebook.roles.has(word.toLowerCase().replace(/s$/, '')));
}

/** Words that may stand inside a title between its role word and the name ("for International Affairs"). */
const TITLE_WORD = /^(?:for|of|and|the|\p{Lu}[\p{L}&-]*)$/u;

/**
 * The title that ends right before `at`: a side's title alias ("Minister for Internal Affairs and
 * Communications", "Commissioner") or a role word ("Director-General", "Vice-Minister for
 * International Affairs"), walking back over the title's own words. Returns the alias's side, "" for
 * a role without a side, or null for no title.
 */
function titleBefore(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  codebook: CompiledCodebook,
  at: number,
): string | null {
  // Words between the title and the name ("for International Affairs") are only skipped before a
  // name written in the Japanese style ("MATSUMOTO Takeshi"); otherwise they are the title itself
  // ("Director-General for Policy Coordination").
  const japaneseStyle = /^\p{Lu}{2,}$/u.test(tokens[at]?.text ?? '');
  for (let j = at; j > 0 && at - j < 6; j--) {
    // A title alias names a person's office ("Minister for ...", "Commissioner"), not a country.
    const alias = mentions.find((m) => m.end === j && !m.oblique && isTitle(m, codebook));
    if (alias) return alias.alias.side;
    if (codebook.roles.has((tokens[j - 1]?.lower ?? '').replace(/s$/, ''))) return '';
    if (!japaneseStyle || !TITLE_WORD.test(tokens[j - 1]?.text ?? '')) return null;
  }
  return null;
}

function introductions(
  tokens: readonly Token[],
  codebook: CompiledCodebook,
): { words: string[]; side: string }[] {
  const mentions = findMentions(tokens, codebook).filter((m) => m.alias.kind === 'party');
  const inMention = (i: number) => mentions.some((m) => m.start <= i && i < m.end);
  const found: { words: string[]; side: string }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let name: Name | null = null;
    let side: string | undefined;
    if (HONORIFICS.has(tokens[i]?.lower ?? '')) {
      name = nameAt(tokens, tokens[i + 1]?.text === '.' ? i + 2 : i + 1, codebook);
    } else if (isCapitalised(tokens[i]) && !inMention(i)) {
      // "Minister for Internal Affairs and Communications Takeaki Matsumoto", "Commissioner Breton",
      // "Director-General TANAKA Hiroshi of MIC", "Vice-Minister for International Affairs MATSUMOTO".
      const title = titleBefore(tokens, mentions, codebook, i);
      if (title !== null) {
        name = nameAt(tokens, i, codebook);
        if (title !== '') side = title;
      } else {
        // "Pieter de Waal, Deputy Secretary General of the EEAS, ...": two or more name words
        // followed by an appositive with a role that names a side.
        const bare = nameAt(tokens, i, codebook);
        const role =
          bare &&
          tokens.slice(bare.end + 1, bare.end + 6).some((t) => codebook.roles.has(t.lower.replace(/s$/, '')));
        if (bare && bare.end - bare.start >= 2 && tokens[bare.end]?.text === ',' && role) name = bare;
      }
    }
    if (!name) continue;
    side ??= appositiveSide(tokens, mentions, name) ?? listedUnder(tokens, mentions, name);
    if (side) found.push({ words: tokens.slice(name.start, name.end).map((t) => t.text), side });
    i = name.end - 1;
  }
  return found;
}

/** The side a name is listed under: "From the Japanese side, Mr. ISHII ...", "EU side: Mr. X". */
function listedUnder(tokens: readonly Token[], mentions: readonly Mention[], name: Name): string | undefined {
  // "The Japanese delegation was headed by Mr. Ken Ishida": the name after "by" leads the subject.
  const honorific =
    HONORIFICS.has(tokens[name.start - 2]?.lower ?? '') ||
    HONORIFICS.has(tokens[name.start - 1]?.lower ?? '');
  const byAt = name.start - (honorific ? (tokens[name.start - 1]?.text === '.' ? 3 : 2) : 1);
  const ledBy = tokens[byAt]?.lower === 'by';
  const labels = mentions.filter(
    (m) =>
      m.end <= name.start &&
      (m.governedBy === 'from' ||
        /^[:：]$/u.test(tokens[m.end]?.text ?? '') ||
        (ledBy && !m.oblique && m.start === 0)),
  );
  return labels.at(-1)?.alias.side;
}

/** Words that end an appositive: the next clause or the next person. */
const APPOSITIVE_END = new Set(['and', 'while', 'whereas', 'but', 'who', 'which', ';', '.']);

/** The side first named in the appositive after a name ("..., Director-General of DG CONNECT"). */
function appositiveSide(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  name: Name,
): string | undefined {
  // "Mr. X, Director-General, DG CONNECT" or "Director-General TANAKA of MIC".
  if (![',', 'of', 'from', '('].includes(tokens[name.end]?.lower ?? '')) return undefined;
  let stop = name.end + 1;
  while (stop < tokens.length && stop - name.end <= APPOSITIVE_WINDOW) {
    const token = tokens[stop];
    if (!token || HONORIFICS.has(token.lower) || APPOSITIVE_END.has(token.lower)) break;
    stop++;
  }
  return mentions.find((m) => m.start > name.end && m.end <= stop)?.alias.side;
}

/**
 * Aliases for the people of one document: each introduced name in full and by its last word
 * ("Lorenzo Bellini", "Bellini"). A name introduced with two different sides is dropped.
 */
export function learnPeople(
  sentences: readonly (readonly Token[])[],
  codebook: CompiledCodebook,
): AliasPhrase[] {
  const sideOf = new Map<string, string | null>();
  const learn = (alias: string, side: string) => {
    const known = sideOf.get(alias);
    sideOf.set(alias, known === undefined || known === side ? side : null);
  };
  for (const tokens of sentences) {
    for (const { words, side } of introductions(tokens, codebook)) {
      learn(words.join(' '), side);
      // The surname: the word in capitals ("FUJIWARA Akiko"), else the last word ("Lorenzo Bellini").
      const surname = words.find((word) => /^\p{Lu}{2,}$/u.test(word)) ?? words.at(-1);
      if (surname && words.length > 1) learn(surname, side);
    }
  }
  // Any case: "Ms. FUJIWARA Akiko" is later "Ms. Fujiwara".
  return [...sideOf]
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([alias, side]) => ({
      ...aliasPhrase(alias, side, 'party'),
      words: tokenize(alias).map((token) => ({ lower: token.lower })),
    }));
}

/** The codebook with a document's people added to its aliases. */
export function withPeople(codebook: CompiledCodebook, people: readonly AliasPhrase[]): CompiledCodebook {
  if (people.length === 0) return codebook;
  const aliasList = [...codebook.aliasList, ...people];
  return { ...codebook, aliasList, aliases: indexPhrases(aliasList) };
}
