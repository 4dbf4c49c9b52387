// Reading a codebook file. The default and the other shipped codebooks are data in codebooks/.
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DialogueStanceError } from '../errors.js';
import { codebookCache } from './cache.js';
import { type CompiledCodebook, compileCodebook } from './compile.js';
import { resolveCodebookJson } from './extends.js';
import { validateCodebook, validatedCodebook } from './schema.js';

export const CODEBOOKS_DIR = fileURLToPath(new URL('../../codebooks/', import.meta.url));
export const DEFAULT_CODEBOOK_PATH = fileURLToPath(new URL('../../codebooks/default.json', import.meta.url));

export interface LoadedCodebook {
  /** The path as given ("(default)" for the shipped one). */
  path: string;
  /** sha256 of the file's text; with `extends`, chained with its parents' (see codebook/extends.ts). */
  sha256: string;
  /** The codebooks it extends, nearest first ("default"); empty for a codebook that stands alone. */
  extends: string[];
  compiled: CompiledCodebook;
}

/**
 * Parses and validates codebook text; `name` is used in error messages, and a relative `extends`
 * starts from `baseDir` (the codebook file's folder; the working directory by default).
 */
export function parseCodebook(text: string, name: string, baseDir = process.cwd()): LoadedCodebook {
  const resolved = resolveCodebookJson(text, name, baseDir, CODEBOOKS_DIR);
  // A cache entry exists only for a codebook that passed validation (codebook/cache.ts). A language
  // part is compiled when its first document comes; the inflections it needs are read from the
  // cache, and written back when some had to be computed.
  const cache = codebookCache(resolved.sha256);
  const valid = cache.load() ? validatedCodebook : validateCodebook;
  const compiled = compileCodebook(valid(resolved.json, name), name);
  return {
    path: name,
    sha256: resolved.sha256,
    extends: resolved.parents,
    compiled: {
      ...compiled,
      language(id) {
        const language = compiled.language(id);
        cache.saveIfGrown();
        return language;
      },
    },
  };
}

export function loadCodebook(path?: string): LoadedCodebook {
  const file = path ?? DEFAULT_CODEBOOK_PATH;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new DialogueStanceError('CODEBOOK_INVALID', `${path ?? file}: codebook file cannot be read`);
  }
  const loaded = parseCodebook(text, path ?? 'default codebook', dirname(file));
  return { ...loaded, path: path ?? '(default)' };
}
