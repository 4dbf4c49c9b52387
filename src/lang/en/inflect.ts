// Adapter for compromise's verb conjugation: a cue written once as a lemma ("explain") is matched
// in every inflection. compromise is used here only, once per codebook, never per document, and it
// is loaded on the first lemma that is not already known: its import (a quarter of a second) is
// most of a run's start-up, and codebook/cache.ts gives the inflections of a codebook seen before.
import { createRequire } from 'node:module';

type Nlp = (text: string) => { verbs: () => { conjugate: () => unknown[] } };
let nlpInstance: Nlp | undefined;

/** compromise, required on first use (its CommonJS build: the same code, loaded synchronously). */
function nlp(text: string): ReturnType<Nlp> {
  nlpInstance ??= createRequire(import.meta.url)('compromise') as Nlp;
  return nlpInstance(text);
}

export type VerbForm = 'base' | 'present' | 'past' | 'participle' | 'gerund';

export interface Inflection {
  form: VerbForm;
  text: string;
}

/** Regular inflection, for what compromise does not know ("co-chair") and as a cross-check. */
function regular(lemma: string): Inflection[] {
  const e = lemma.endsWith('e');
  const y = /[^aeiou]y$/.test(lemma);
  const sibilant = /(?:s|x|z|ch|sh)$/.test(lemma);
  const past = e ? `${lemma}d` : y ? `${lemma.slice(0, -1)}ied` : `${lemma}ed`;
  return [
    { form: 'base', text: lemma },
    { form: 'present', text: y ? `${lemma.slice(0, -1)}ies` : sibilant ? `${lemma}es` : `${lemma}s` },
    { form: 'past', text: past },
    { form: 'participle', text: past },
    { form: 'gerund', text: e && !lemma.endsWith('ee') ? `${lemma.slice(0, -1)}ing` : `${lemma}ing` },
  ];
}

const cache = new Map<string, Inflection[]>();
/** Entries of `cache` computed in this process (not seeded): what a cache file lacks. */
let computed = 0;

/** Inflections known beforehand (from a cache file), by `inflect`'s key; never overrides. */
export function seedInflections(entries: Iterable<readonly [string, Inflection[]]>): void {
  for (const [key, forms] of entries) if (!cache.has(key)) cache.set(key, forms);
}

/** Every inflection known in this process, by key, and how many were computed (not seeded). */
export function knownInflections(): { entries: [string, Inflection[]][]; computed: number } {
  return { entries: [...cache], computed };
}

/**
 * Every inflection of a verb lemma, compromise's and the regular ones, without duplicates; `more`
 * adds forms compromise leaves out of its table (the grammar data's `verbForms`: "are", "were").
 */
export function inflect(lemma: string, more: readonly Inflection[] = []): Inflection[] {
  const key = lemma.toLowerCase();
  const cacheKey = more.length === 0 ? key : `${key} ${JSON.stringify(more)}`;
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  const known = nlp(key).verbs().conjugate()[0] as Record<string, string> | undefined;
  const found: Inflection[] = [];
  if (known && known.Infinitive === key) {
    const add = (form: VerbForm, text: string | undefined) => {
      if (text && !text.includes(' ')) found.push({ form, text: text.toLowerCase() });
    };
    add('base', known.Infinitive);
    add('present', known.PresentTense);
    add('past', known.PastTense);
    add('participle', known.Participle ?? known.PastTense);
    add('gerund', known.Gerund);
  }
  // Irregular verbs keep only compromise's forms ("gave", not "gived"); others add the regular set.
  const forms =
    found.length > 0 && !found.some((f) => f.form === 'past' && f.text.endsWith('ed'))
      ? found
      : [...found, ...regular(key)];
  forms.push(...more);
  const unique = forms.filter((f, i) => forms.findIndex((g) => g.form === f.form && g.text === f.text) === i);
  cache.set(cacheKey, unique);
  computed++;
  return unique;
}
