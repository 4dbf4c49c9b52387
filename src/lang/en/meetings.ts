// Meetings named in English titles and sentences: "12th Japan-EU ICT Strategy Workshop", "the
// twenty-third EU-Japan ICT Policy Dialogue", "Results of 24th ... Policy Dialogue and 8th ...
// Strategy Workshop" (two meetings), "the third meeting of the EU-Japan Digital Partnership
// Council", "the seventh Cyber Dialogue between the European Union and Japan". A name counts as a
// meeting's only where it has a series noun (grammar `seriesHeads`: Dialogue, Workshop, Council ...),
// so "the first months of application" names none. Series names are cleaned of release wording
// ("Meeting of the", "Held", "(Results)", a site name after " - ") and written with the pair of
// parties as the codebook writes it ("EU-Japan" and "between the EU and Japan" -> "Japan-EU").
import { escapeRegExp } from '../grammar.js';
import type { MeetingMention } from '../types.js';
import type { EnglishGrammar } from './grammar.js';

/** Without the quotes or brackets a title may put around a name: "“24th Japan-EU ICT Policy Dialogue”". */
export const unquote = (name: string): string =>
  name.replace(/^[\s"'“”‘’「」『』]+|[\s"'“”‘’「」『』]+$/g, '');

/** How the codebook's two parties are named, for reading a series' pair of parties. */
export interface PairNames {
  /** The pair as the codebook's series write it: "Japan-EU". */
  canonical: string;
  /** Names of each party as they stand in a pair: ["Japan", "Japanese"], ["EU", "European Union"]. */
  sides: readonly [readonly string[], readonly string[]];
}

export interface EnglishMeetings {
  meetingMentions(text: string, where: 'title' | 'sentence'): MeetingMention[];
  /** A name less its release wording: "Results of the X (Tokyo)", "Meeting of the X Held" -> "X". */
  cleanSeries(name: string): string;
  /** The name with its pair written the codebook's way, or prefixed with it where it names none. */
  canonicalPair(name: string): string;
  /** Does the name have a series noun ("Dialogue", "Working Group")? */
  namesSeries(name: string): boolean;
}

/** A dot inside "U.S." or "D.C." is no sentence end: hidden (same length) while a name is cut. */
const DOTTED = /\b(?:\p{L}\.){2,}/gu;
const HIDDEN_DOT = '\u2024';
const hideDots = (text: string) => text.replace(DOTTED, (m) => m.replaceAll('.', HIDDEN_DOT));
const showDots = (text: string) => text.replaceAll(HIDDEN_DOT, '.');

/**
 * A hyphenated pair of capitalised names ("Japan-EU", "U.S.-Japan", dots hidden) and the
 * capitalised words, numbers and joining words after it: a candidate series name.
 */
export const PAIR_LED_NAME =
  /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\u2024]*\s?[-–]\s?\p{Lu}[\p{L}\u2024]*(?:\s+(?:(?:of|on|for|and|the|&)\s+)*(?:[\p{Lu}\p{N}"“][^\s,;:()]*))+/gu;

const PAIR_LED_AT = new RegExp(PAIR_LED_NAME.source, 'uy');
/** The dash of a pair, and the run of letters (dots hidden) and the one space that may stand before it. */
const PAIR_DASH = /[-–]/gu;
const LETTER = /[\p{L}\u2024]$/u;
/** Where a name may open: a capital with no letter or digit before it. */
const NAME_START = /(?<![\p{L}\p{N}])\p{Lu}/uy;
const SPACE = /\s/u;

/**
 * PAIR_LED_NAME's matches in `text`, the same as matchAll gives. A match's first name is a run of
 * letters and hidden dots with at most a space between it and a dash, so a match can start only in
 * the run before a dash, at its start or after one of its hidden dots: only those starts are tried,
 * left to right, where matchAll tried every capital of the text (each of "A.A.A. ..." again:
 * quadratic). tests/lang/en/meetings.test.ts compares the two on random text.
 */
export function* pairLedNames(text: string): Generator<RegExpExecArray> {
  let at = 0;
  for (const dash of text.matchAll(PAIR_DASH)) {
    let start = dash.index;
    if (SPACE.test(text[start - 1] ?? '')) start--;
    // A letter outside the BMP is two code units: tested as the pair.
    for (let back = 1; start > 0; back = 1) {
      if (start >= 2 && /[\udc00-\udfff]/.test(text[start - 1] as string)) back = 2;
      if (!LETTER.test(text.slice(start - back, start))) break;
      start -= back;
    }
    // A hidden dot is no letter to the look-behind: "U.S." may start a name at "S" too. Every start
    // of one run that can open a name (a capital with no letter or digit before it) runs to the same
    // dash, so they all match or all fail alike: the first is tried, once.
    for (let from = Math.max(start, at); from < dash.index; from++) {
      if (from > start && text[from - 1] !== HIDDEN_DOT) continue;
      NAME_START.lastIndex = from;
      if (!NAME_START.test(text)) continue;
      PAIR_LED_AT.lastIndex = from;
      const match = PAIR_LED_AT.exec(text);
      if (match) {
        yield match;
        at = match.index + Math.max(1, match[0].length);
      }
      break;
    }
  }
}

/** " - United States Department of State", " | GOV.UK": where a page title appends its site. */
const SITE_SEPARATOR = /\s+[-–—|]\s+/u;

export function englishMeetings(grammar: EnglishGrammar, pair: PairNames | null = null): EnglishMeetings {
  const units = [...grammar.ordinals.keys()].join('|');
  const tens = [...grammar.ordinalTens.keys()].join('|');
  const ordinal = new RegExp(
    `\\b(\\d{1,3})(?:${grammar.ordinalSuffixes.join('|')})\\b|\\b(?:(${tens})[-\\s])?(${units})\\b`,
    'gi',
  );
  const leadingOrdinal = new RegExp(`^(?:the\\s+)?(?:${ordinal.source})\\s+`, 'i');
  // Where one meeting's name gives way to the next one's: "... Dialogue and 8th ...", "..., the 3rd ...".
  // It starts only where a white-space run starts (the leftmost match does anyway), and no two
  // quantifiers share a run: linear, where `\s*(?:\s+and ...)` was cubic in a run of spaces.
  const joiner = /(?<!\s)(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+followed by\s+)(?:the\s+)?$/i;
  const heads = new RegExp(
    `\\b(?:${[...grammar.seriesHeads].map((h) => escapeRegExp(h).replace(/\s+/g, '\\s+')).join('|')})(?![\\p{L}])`,
    'iu',
  );
  const namesSeries = (name: string) => heads.test(name);

  function numberOf(match: RegExpMatchArray): number | null {
    if (match[1]) return Number(match[1]);
    const unit = grammar.ordinals.get((match[3] ?? '').toLowerCase());
    if (unit === undefined) return null;
    return (match[2] ? (grammar.ordinalTens.get(match[2].toLowerCase()) ?? 0) : 0) + unit;
  }

  /** "X and the Y" in a title, both with a series noun: two meetings ("... Council and the Ministerial Meeting on Semiconductors"). */
  function splitTitleName(name: string): string[] {
    const parts = name.split(/\s+and\s+(?:the\s+)?/i);
    if (parts.length < 2) return [name];
    for (let cut = 1; cut < parts.length; cut++) {
      const first = parts.slice(0, cut).join(' and ');
      const rest = parts.slice(cut).join(' and ');
      if (namesSeries(first) && namesSeries(rest) && /^\p{Lu}/u.test(rest)) return [first, rest];
    }
    return [name];
  }

  const aheadAt = new RegExp(`\\b(?:${grammar.aheadOf.map(escapeRegExp).join('|')})\\s+(?:the\\s+)?$`, 'i');
  function meetingMentions(text: string, where: 'title' | 'sentence'): MeetingMention[] {
    // In a title the series runs to the end (less a closing bracket); in a sentence it stops where
    // the clause goes on ("... was held", "in the form of", "on Wednesday", ", co-chaired by").
    const end = where === 'sentence' ? grammar.seriesEndInSentence : grammar.seriesEndInTitle;
    const hidden = hideDots(text);
    const ordinals = [...hidden.matchAll(ordinal)];
    const mentions: MeetingMention[] = [];
    ordinals.forEach((match, k) => {
      const after = match.index + match[0].length;
      const next = ordinals[k + 1];
      let stretch = hidden.slice(after, next ? next.index : hidden.length);
      // Several meetings in one title or sentence: this name stops at the joiner before the next ordinal.
      if (next) stretch = stretch.replace(joiner, '');
      const raw = unquote((stretch.split(end)[0] ?? '').replace(/^[\s)）\]」』,.:;-]+/, ''));
      const name = showDots(raw);
      const named = /\p{L}/u.test(name) && namesSeries(name);
      const names = named && where === 'title' ? splitTitleName(name) : [named ? name : ''];
      names.forEach((part, i) => {
        // The first name runs on from its ordinal; a second one ("... and the Ministerial
        // Meeting on Semiconductors") is where it stands in the text, and has no number.
        const start = i === 0 ? match.index : Math.max(after, text.indexOf(part, after));
        mentions.push({
          name: part,
          number: i === 0 ? numberOf(match) : null,
          start,
          end: i === 0 ? after + part.length : start + part.length,
        });
      });
    });
    const named = unnumbered(hidden, mentions);
    // "“Japan-EU ICT Policy Dialogue” (25th)": the number in brackets after a name is the name's.
    const numbered = mentions.filter((mention) => {
      if (mention.name !== '') return true;
      const owner = named.find(
        (n) => n.number === null && /^[\s"'”’]*[(（]\s*$/u.test(text.slice(n.end, mention.start)),
      );
      if (!owner) return true;
      owner.number = mention.number;
      owner.end = mention.end;
      return false;
    });
    return [...numbered, ...named]
      .map((mention) =>
        aheadAt.test(text.slice(Math.max(0, mention.start - 40), mention.start))
          ? { ...mention, ahead: true }
          : mention,
      )
      .sort((a, b) => a.start - b.start);
  }

  /**
   * Series named without a number, written as names are: a hyphenated pair of parties and
   * capitalised words up to a series noun, with its complement ("the Japan-EU Data Strategy
   * Working Group", "the Japan-U.S. Policy Cooperation Dialogue on the Internet Economy").
   */
  function unnumbered(hidden: string, numbered: readonly MeetingMention[]): MeetingMention[] {
    const found: MeetingMention[] = [];
    for (const match of pairLedNames(hidden)) {
      const start = match.index;
      if (numbered.some((m) => m.start <= start && start < m.end)) continue;
      const run = match[0];
      // Up to the last series noun, and an "on the Internet Economy" after it.
      let end = -1;
      for (const head of run.matchAll(new RegExp(heads.source, 'giu'))) end = head.index + head[0].length;
      if (end < 0) continue;
      const complement = /^\s+(?:on|for|of)\s+(?:the\s+)?(?:[\p{Lu}\p{N}][^\s,;:]*(?:\s+|$))+/u.exec(
        run.slice(end),
      );
      if (complement) end += complement[0].trimEnd().length;
      found.push({ name: showDots(run.slice(0, end)), number: null, start, end: start + end });
    }
    return found;
  }

  function cleanSeries(name: string): string {
    let cleaned = unquote(unquote(name).replace(grammar.titlePrefix, ''));
    // "Twelfth U.S.-Japan Policy Cooperation Dialogue on the Internet Economy - United States
    // Department of State": the part with a series noun, not the site's name.
    const parts = cleaned.split(SITE_SEPARATOR);
    if (parts.length > 1) cleaned = parts.find(namesSeries) ?? cleaned;
    // "Japanese-German Digital Partnership: Joint Declaration of Intent": the named part of a label.
    const labelled = cleaned.split(/:\s+/);
    if (labelled.length > 1) cleaned = labelled.find(namesSeries) ?? cleaned;
    for (let previous = ''; previous !== cleaned; ) {
      previous = cleaned;
      cleaned = cleaned
        .replace(grammar.titlePrefix, '')
        .replace(leadingOrdinal, '')
        .replace(grammar.seriesLead, '')
        .replace(grammar.seriesTail, '')
        .replace(/\s*[(（][^)）]*[)）]\s*$/u, '')
        .trim();
    }
    return unquote(cleaned);
  }

  const pairPattern = pair ? pairRegExp(pair) : null;

  function canonicalPair(name: string): string {
    if (!pair || !pairPattern || name === '') return name;
    const written = pairPattern.written.exec(name);
    if (written)
      return `${name.slice(0, written.index)}${pair.canonical}${name.slice(written.index + written[0].length)}`;
    const between = pairPattern.between.exec(name);
    if (between) return `${pair.canonical} ${name.slice(0, between.index).trim()}`;
    // A bare "Cyber Dialogue" in a release of the pair is the pair's; a name of other parties
    // ("Japan-Germany ...", "G7 ...") or of one party alone is not.
    if (!namesSeries(name) || /[\p{L}\p{N}]-[\p{L}\p{N}]|\p{Lu}\d/u.test(name.split(heads)[0] ?? ''))
      return name;
    if (pairPattern.party.test(name)) return name;
    return `${pair.canonical} ${name}`;
  }

  return { meetingMentions, cleanSeries, canonicalPair, namesSeries };
}

/** The pair in a name: "EU-Japan", "Japanese-German", "between the European Union and Japan"; and any one party's name. */
function pairRegExp(pair: PairNames): { written: RegExp; between: RegExp; party: RegExp } {
  const alternation = (names: readonly string[]) =>
    [...names]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|');
  const [a, b] = pair.sides.map(alternation) as [string, string];
  const edge = (body: string) => `(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`;
  return {
    written: new RegExp(edge(`(?:${a})\\s*[-–/]\\s*(?:${b})|(?:${b})\\s*[-–/]\\s*(?:${a})`), 'u'),
    between: new RegExp(
      `\\s+between\\s+(?:the\\s+)?(?:(?:${a})\\s+and\\s+(?:the\\s+)?(?:${b})|(?:${b})\\s+and\\s+(?:the\\s+)?(?:${a}))\\s*$`,
      'u',
    ),
    party: new RegExp(edge(`${a}|${b}`), 'u'),
  };
}
