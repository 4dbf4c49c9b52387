// Reading a codebook file. The default and the other shipped codebooks are data in codebooks/.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DialogueStanceError } from '../errors.js';
import { type CompiledCodebook, compileCodebook } from './compile.js';
import { validateCodebook } from './schema.js';

export const CODEBOOKS_DIR = fileURLToPath(new URL('../../codebooks/', import.meta.url));
export const DEFAULT_CODEBOOK_PATH = fileURLToPath(new URL('../../codebooks/default.json', import.meta.url));

export interface LoadedCodebook {
  /** The path as given ("(default)" for the shipped one). */
  path: string;
  sha256: string;
  compiled: CompiledCodebook;
}

/** Parses and validates codebook text; `name` is used in error messages. */
export function parseCodebook(text: string, name: string): LoadedCodebook {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DialogueStanceError('CODEBOOK_INVALID', `${name}: codebook is not valid JSON (${reason})`);
  }
  return {
    path: name,
    sha256: createHash('sha256').update(text).digest('hex'),
    compiled: compileCodebook(validateCodebook(json, name), name),
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
  const loaded = parseCodebook(text, path ?? 'default codebook');
  return { ...loaded, path: path ?? '(default)' };
}
