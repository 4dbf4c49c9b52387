// An English cue pattern as glob patterns for a dictionary (quanteda): the verb lemma as `lemma*`
// with the inflections that `lemma*` misses written out ("raising", "gave"), each following word
// as `word*` (either number) unless it is a function word ("point* out"), one pattern per choice
// of alternatives. A "..." gap cannot be written in a dictionary: its words stand next to each other.
import type { EnglishGrammar } from './grammar.js';
import { inflect } from './inflect.js';

const product = (slots: readonly string[][]): string[] =>
  slots.reduce<string[]>(
    (patterns, choices) =>
      patterns.flatMap((head) => choices.map((word) => (head ? `${head} ${word}` : word))),
    [''],
  );

export function englishCueGlobs(pattern: string, grammar: EnglishGrammar): string[] {
  const [lemmas = '', ...rest] = pattern
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .filter((part) => part !== '...');
  const first = lemmas.split('|').flatMap((lemma) => [
    `${lemma}*`,
    ...inflect(lemma, grammar.verbForms[lemma] ?? [])
      .map((form) => form.text)
      .filter((form) => !form.startsWith(lemma)),
  ]);
  const words = rest.map((part) =>
    part.split('|').map((word) => (grammar.stopWords.has(word) ? word : `${word}*`)),
  );
  return [...new Set(product([[...new Set(first)], ...words]))];
}
