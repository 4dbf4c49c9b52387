// Codebook -> what the stages match with, built once per codebook: the parties, topics and series
// every language shares, and each language's compiled part (made on first use, so a run over
// Japanese documents never conjugates English verbs).

import { DialogueStanceError } from '../errors.js';
import { languageFor } from '../lang/index.js';
import type { CompiledLanguage, LanguageId } from '../lang/types.js';
import { seriesMatcher } from './series.js';
import type { Codebook, SeriesMatcher } from './types.js';

export interface CompiledCodebook {
  source: Codebook;
  parties: { id: string; label: string }[];
  topics: { id: string; label: string; fallback: boolean }[];
  series: SeriesMatcher;
  /** The languages the codebook has a part for. */
  languages: readonly LanguageId[];
  /** The codebook's part for a language, compiled. */
  language(id: LanguageId): CompiledLanguage;
}

export function compileCodebook(codebook: Codebook, where = codebook.name): CompiledCodebook {
  const compiled = new Map<LanguageId, CompiledLanguage>();
  const languages = Object.keys(codebook.languages) as LanguageId[];
  return {
    source: codebook,
    parties: codebook.sides.map(({ id, label }) => ({ id, label })),
    topics: codebook.topics.map(({ id, label, fallback }) => ({ id, label, fallback: fallback === true })),
    series: seriesMatcher(codebook.series),
    languages,
    language(id) {
      let language = compiled.get(id);
      if (!language) {
        const part = codebook.languages[id];
        if (!part) {
          throw new DialogueStanceError(
            'CODEBOOK_INVALID',
            `${where}: the codebook has no "${id}" part (languages.${id}), so documents in that language cannot be coded`,
          );
        }
        language = languageFor(id).compile(codebook, part, where);
        compiled.set(id, language);
      }
      return language;
    },
  };
}
