// Canonical meeting series. Publishers name one series several ways ("Japan-EU ICT Policy
// Dialogue", "EU-Japan ICT Policy Dialogue", 「日EU・ICT政策対話」); the codebook's `series` list gives
// each one id and one label. Names are compared folded: case, spacing, punctuation, full-width
// forms and the order of a hyphenated pair of parties ("EU-Japan" = "Japan-EU") do not matter.
import { escapeRegExp } from '../lang/grammar.js';
import type { CodebookSeries, SeriesMatcher } from './types.js';

/** A name folded for comparison. */
export function foldSeries(name: string): string {
  return (
    name
      .normalize('NFKC')
      .toLowerCase()
      // "EU-Japan" and "Japan-EU" name the same pair.
      .replace(/\b(\p{L}+)-(\p{L}+)\b/gu, (_pair, a: string, b: string) =>
        a < b ? `${a}-${b}` : `${b}-${a}`,
      )
      .replace(/^the\s+/, '')
      .replace(/[\s・･·、,.'’"“”「」『』()（）]+/gu, '')
  );
}

/** Shorter folded names would be found inside too many others ("cyberdialogue" is 13). */
const MIN_WITHIN = 10;

/** "Japan-EU X" is also written "EU-Japan X". */
function withPairSwapped(name: string): string[] {
  const pair = /^(\p{L}+)-(\p{L}+)(?=\s)/u.exec(name);
  return pair ? [name, `${pair[2]}-${pair[1]}${name.slice(pair[0].length)}`] : [name];
}

/**
 * The end of a name a match must hold: its last word, or the last two characters of its last
 * word where words are not spaced ("対話"). Spacing, dots and dashes vary in running text, so the
 * head is taken after the last of them ("日・米" must still find "日米"). Empty when the name
 * ends in a separator: such a name gives no head to look for.
 */
export function headOf(name: string): string {
  const last =
    name
      .trim()
      .split(/[\s・･·\-–]+/u)
      .at(-1) ?? '';
  const word = last.toLowerCase();
  return /^[\p{Script=Latin}\d]+$/u.test(word) ? word : word.slice(-2);
}

/** A name as a pattern over running text: any spacing or middle dot, either dash, any case. */
function namePattern(name: string): string {
  const body = [...name.trim()]
    .map((ch) => (/[\s・･·]/u.test(ch) ? '[\\s・･·]*' : /[-–]/.test(ch) ? '[-–]' : escapeRegExp(ch)))
    .join('')
    .replace(/(?:\[\\s・･·\]\*)+/g, '[\\s・･·]*');
  const latinStart = /^[A-Za-z0-9]/.test(name) ? '(?<![A-Za-z0-9])' : '';
  const latinEnd = /[A-Za-z0-9]$/.test(name) ? '(?![A-Za-z0-9])' : '';
  return `${latinStart}${body}${latinEnd}`;
}

export function seriesMatcher(series: readonly CodebookSeries[]): SeriesMatcher {
  const byName = new Map<string, CodebookSeries>();
  const written: { name: string; entry: CodebookSeries }[] = [];
  for (const entry of series) {
    for (const name of [entry.label, ...entry.aliases]) {
      const key = foldSeries(name);
      if (!byName.has(key)) byName.set(key, entry);
      for (const variant of withPairSwapped(name)) written.push({ name: variant, entry });
    }
  }
  // Longest first, so "Japan-EU ICT Policy Dialogue" wins over "ICT Policy Dialogue".
  written.sort((a, b) => b.name.length - a.name.length);
  const folded = [...byName.entries()].sort((a, b) => b[0].length - a[0].length);
  const inText =
    written.length === 0
      ? null
      : new RegExp(written.map(({ name }) => `(${namePattern(name)})`).join('|'), 'giu');
  // Every name ends in its head ("Dialogue", 「対話」): a text holding none of them names no series,
  // and most sentences hold none, so they are passed over without trying every name.
  const heads = [...new Set(written.map(({ name }) => headOf(name)))];
  // A name without a head could be anywhere: then every text is searched.
  const anyHead =
    heads.length === 0 || heads.includes('') ? null : new RegExp(heads.map(escapeRegExp).join('|'), 'iu');
  return {
    find: (name) => byName.get(foldSeries(name)) ?? null,
    within(name) {
      const key = foldSeries(name);
      for (const [alias, entry] of folded) {
        if (alias.length < MIN_WITHIN) break;
        const at = key.indexOf(alias);
        // A name of another pair ("Japan-Germany ICT Policy Dialogue") holds a pair of its own.
        if (at >= 0 && (alias.includes('-') || !key.slice(0, at).includes('-'))) return entry;
      }
      return null;
    },
    findIn(text) {
      if (!inText || (anyHead && !anyHead.test(text))) return [];
      const found: { series: CodebookSeries; start: number; end: number }[] = [];
      for (const match of text.matchAll(inText)) {
        const group = match.slice(1).findIndex((g) => g !== undefined);
        const entry = written[group]?.entry;
        if (entry) found.push({ series: entry, start: match.index, end: match.index + match[0].length });
      }
      return found;
    },
  };
}
