// Canonical meeting series. Publishers name one series several ways ("Japan-EU ICT Policy
// Dialogue", "EU-Japan ICT Policy Dialogue", 「日EU・ICT政策対話」); the codebook's `series` list gives
// each one id and one label. Names are compared folded: case, spacing, punctuation, full-width
// forms and the order of a hyphenated pair of parties ("EU-Japan" = "Japan-EU") do not matter.
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

export function seriesMatcher(series: readonly CodebookSeries[]): SeriesMatcher {
  const byName = new Map<string, CodebookSeries>();
  for (const entry of series) {
    for (const name of [entry.label, ...entry.aliases]) {
      const key = foldSeries(name);
      if (!byName.has(key)) byName.set(key, entry);
    }
  }
  return { find: (name) => byName.get(foldSeries(name)) ?? null };
}
