// Word normalisation for matching codebook terms and cue words.
//
// Terms must meet across number ("platforms" ~ "platform", "cities" ~ "city") but not across word
// families: Porter stemming maps "CONNECT" (in "DG CONNECT") and "connectivity" to one stem, and
// natural's NounInflector cuts "exercises" to "exercis" but leaves "exercise". So terms compare by
// a small singular form; the Porter stemmer (natural, required by subpath: the package root prints
// dotenv banners on stdout, which carries CSV, and the stemmers' index loads a dozen languages'
// stemmers) only groups inflections of a predicate in reports, so it is loaded on first use.
import { createRequire } from 'node:module';

let porter: { stem: (word: string) => string } | undefined;
const porterStemmer = () =>
  (porter ??= createRequire(import.meta.url)('natural/lib/natural/stemmers/porter_stemmer.js') as {
    stem: (word: string) => string;
  });

/** Lower-cased singular of an English word: "issues" -> "issue", "cities" -> "city". */
export function singular(word: string): string {
  const lower = word.toLowerCase();
  if (lower.length <= 3 || !/s$/.test(lower)) return lower;
  if (/[^aeiou]ies$/.test(lower)) return `${lower.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x|z)es$/.test(lower)) return lower.slice(0, -2);
  if (/(?:ss|us|is|ws|'s)$/.test(lower)) return lower;
  return lower.slice(0, -1);
}

const stems = new Map<string, string>();

/** Porter stem, for grouping inflections of one verb ("elaborated", "elaborates"). */
export function porterStem(word: string): string {
  let stemmed = stems.get(word);
  if (stemmed === undefined) {
    stemmed = porterStemmer().stem(word.toLowerCase());
    stems.set(word, stemmed);
  }
  return stemmed;
}
