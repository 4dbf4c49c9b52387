// Each language's cue patterns as dictionary (glob) patterns, for `codebook export`.
import type { Codebook } from '../codebook/types.js';
import { englishCueGlobs } from './en/globs.js';
import { englishGrammar } from './en/grammar.js';
import { japaneseCueGlobs } from './ja/globs.js';
import type { LanguageId } from './types.js';

const GLOBS: Record<
  LanguageId,
  (grammar: Record<string, unknown>, where: string) => (pattern: string) => string[]
> = {
  en: (grammar, where) => {
    const compiled = englishGrammar(grammar, where);
    return (pattern) => englishCueGlobs(pattern, compiled);
  },
  ja: () => japaneseCueGlobs,
};

/** The function turning a cue pattern of language `id` into glob patterns, under `codebook`. */
export function cueGlobs(id: LanguageId, codebook: Codebook, where: string): (pattern: string) => string[] {
  return GLOBS[id](codebook.languages[id]?.grammar ?? {}, where);
}
