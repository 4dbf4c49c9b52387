// The languages the tool reads. Adding one: a folder src/lang/<id>/ with grammar.json and an
// index.ts exporting a `Language` (copy src/lang/en/ or src/lang/ja/), its id in LANGUAGE_IDS
// (types.ts), a line here, its part in the codebooks, and a rule in detect.ts.
import { english } from './en/index.js';
import { japanese } from './ja/index.js';
import type { Language, LanguageId } from './types.js';

const LANGUAGES: Record<LanguageId, Language> = { en: english, ja: japanese };

export function languageFor(id: LanguageId): Language {
  return LANGUAGES[id];
}

export { detectLanguage } from './detect.js';
export type { CompiledLanguage, Language, LanguageId } from './types.js';
