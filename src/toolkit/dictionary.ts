// The codebook as a quanteda dictionary: `quanteda::dictionary(file = "codebook.yml")` reads YAML
// whose keys hold lists of patterns (or further keys). Topics are keys holding their terms in every
// language; `stance` holds one key per stance with the cue patterns as globs (lang/dictionary.ts).
import type { Codebook } from '../codebook/types.js';
import { DialogueStanceError } from '../errors.js';
import { cueGlobs } from '../lang/dictionary.js';
import { LANGUAGE_IDS } from '../lang/types.js';
import { STANCES } from '../types.js';

export type Dictionary = Record<string, string[] | Record<string, string[]>>;

export function quantedaDictionary(codebook: Codebook): Dictionary {
  const dictionary: Dictionary = {};
  const languages = LANGUAGE_IDS.filter((id) => codebook.languages[id] !== undefined);
  for (const topic of codebook.topics) {
    if (topic.id === 'stance')
      throw new DialogueStanceError(
        'CODEBOOK_INVALID',
        `${codebook.name}: a topic with the id "stance" cannot be exported: the dictionary's stance key holds the cues`,
      );
    dictionary[topic.id] = [...new Set(LANGUAGE_IDS.flatMap((id) => topic.terms[id] ?? []))];
  }
  const stance: Record<string, string[]> = Object.fromEntries(STANCES.map((s) => [s, [] as string[]]));
  for (const id of languages) {
    const globs = cueGlobs(id, codebook, codebook.name);
    for (const group of codebook.languages[id]?.cues ?? [])
      stance[group.stance]?.push(...group.patterns.flatMap(globs));
  }
  dictionary.stance = Object.fromEntries(
    Object.entries(stance)
      .filter(([, patterns]) => patterns.length > 0)
      .map(([key, patterns]) => [key, [...new Set(patterns)]]),
  );
  return dictionary;
}

export const DICTIONARY_COMMENTS = (name: string): string[] => [
  `The codebook "${name}" as a quanteda dictionary (dialogue-stance codebook export).`,
  'Read it with quanteda::dictionary(file = "this-file.yml").',
  'Topics: their terms in every language. stance: the cue patterns of each stance (a cue that',
  'concurs jointly and explains alone is under its joint stance); an English verb lemma is lemma*',
  'with the inflections lemma* misses written out; a "..." gap cannot be written in a dictionary,',
  'so its words stand next to each other here, and the tool finds more than the dictionary does.',
];
