// A language's grammar data: the closed-class words and writing conventions its clause reader and
// the structure stage use, kept as JSON beside the language's code (src/lang/<id>/grammar.json).
// A codebook may replace any entry (languages.<id>.grammar); the replacement must have the
// default's type, so a typo cannot switch a rule off silently.
import { readFileSync } from 'node:fs';
import { DialogueStanceError } from '../errors.js';

export type GrammarData = Record<string, unknown>;

const cache = new Map<string, GrammarData>();

/** The grammar.json of a language, read once per process. */
export function grammarData(id: string): GrammarData {
  let data = cache.get(id);
  if (!data) {
    // From dist/lang/<id>/ or src/lang/<id>/ alike: the JSON stays in src/, which the package ships.
    const url = new URL(`../../src/lang/${id}/grammar.json`, import.meta.url);
    data = JSON.parse(readFileSync(url, 'utf8')) as GrammarData;
    cache.set(id, data);
  }
  return data;
}

const kind = (value: unknown): string =>
  Array.isArray(value)
    ? 'list'
    : value === null
      ? 'null'
      : typeof value === 'object'
        ? 'object'
        : typeof value;

/** The defaults with a codebook's replacements; `where` names the codebook field in errors. */
export function mergeGrammar(defaults: GrammarData, overrides: GrammarData, where: string): GrammarData {
  const merged: GrammarData = { ...defaults };
  for (const [key, value] of Object.entries(overrides)) {
    if (!(key in defaults)) {
      throw new DialogueStanceError(
        'CODEBOOK_INVALID',
        `${where}: codebook field "grammar.${key}" is not a grammar entry`,
      );
    }
    if (kind(value) !== kind(defaults[key])) {
      throw new DialogueStanceError(
        'CODEBOOK_INVALID',
        `${where}: codebook field "grammar.${key}" must be a ${kind(defaults[key])}, like the default`,
      );
    }
    merged[key] = value;
  }
  return merged;
}

export const words = (data: GrammarData, key: string): string[] => data[key] as string[];
export const wordSet = (data: GrammarData, key: string): ReadonlySet<string> => new Set(words(data, key));

/** A regular expression written as a literal, "/source/flags", in the grammar data. */
export function literal(written: string): RegExp {
  const match = /^\/(.*)\/([dgimsuvy]*)$/s.exec(written);
  if (!match)
    throw new DialogueStanceError(
      'CODEBOOK_INVALID',
      `grammar pattern ${JSON.stringify(written)} is not written as /source/flags`,
    );
  return new RegExp(match[1] ?? '', match[2]);
}

export const regex = (data: GrammarData, key: string): RegExp => literal(data[key] as string);
export const regexes = (data: GrammarData, key: string): RegExp[] => words(data, key).map(literal);

/** Text as a regular expression that matches it literally. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
