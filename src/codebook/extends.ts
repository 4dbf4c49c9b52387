// A codebook may build on another: `"extends": "default"` (a shipped codebook, by name) or a path
// relative to the extending file. A codebook for another pair of parties then holds only what
// differs (its sides, joint names, topics, series) and inherits the language parts: the grammar,
// pronouns and stance cues that do not depend on who meets whom.
import { createHash } from 'node:crypto';
import { readFileSync, realpathSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DialogueStanceError } from '../errors.js';
import { isVersion1, upgradeVersion1 } from './schema.js';

type JsonObject = Record<string, unknown>;

/** A codebook's raw JSON with every `extends` resolved, and the files it was made from. */
export interface ResolvedCodebookJson {
  json: unknown;
  /** sha256 of the file's text, chained with its parents' (so a change to a parent changes it). */
  sha256: string;
  /** The codebooks it extends, nearest first, as their `extends` named them. */
  parents: string[];
}

/** How many codebooks one may stack: a chain longer than this is surely a mistake. */
const MAX_DEPTH = 8;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A shipped codebook's name ("default", "japan-us") or else a path relative to `baseDir`. */
export function extendsPath(name: string, baseDir: string, shippedDir: string): string {
  const shipped = /^[a-z0-9][a-z0-9_-]*$/i.test(name);
  return shipped ? resolve(shippedDir, `${name}.json`) : resolve(baseDir, name);
}

/**
 * The child's fields replace the parent's, except `languages`, which is merged per language and,
 * within a language, per part (`cues`, `pronouns`, `joint` ...): a child that gives only its own
 * cues keeps the parent's pronouns.
 */
export function mergeCodebookJson(parent: JsonObject, child: JsonObject): JsonObject {
  const merged: JsonObject = { ...parent, ...child };
  delete merged.extends;
  if (isObject(parent.languages) && isObject(child.languages)) {
    const languages: JsonObject = { ...parent.languages };
    for (const [id, part] of Object.entries(child.languages)) {
      const inherited = languages[id];
      languages[id] = isObject(inherited) && isObject(part) ? { ...inherited, ...part } : part;
    }
    merged.languages = languages;
  }
  return merged;
}

function parseJson(text: string, name: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DialogueStanceError('CODEBOOK_INVALID', `${name}: codebook is not valid JSON (${reason})`);
  }
}

/**
 * Resolves `text` (named `name` in messages) and every codebook it extends. `baseDir` is where a
 * relative `extends` starts from; `seen` holds the real paths already on the chain, so a cycle is
 * an error rather than a hang.
 */
export function resolveCodebookJson(
  text: string,
  name: string,
  baseDir: string,
  shippedDir: string,
  seen: readonly string[] = [],
): ResolvedCodebookJson {
  const json = parseJson(text, name);
  const sha256 = createHash('sha256').update(text).digest('hex');
  if (!isObject(json) || json.extends === undefined) return { json, sha256, parents: [] };
  const parentName = json.extends;
  if (typeof parentName !== 'string' || parentName.trim() === '')
    throw new DialogueStanceError(
      'CODEBOOK_INVALID',
      `${name}: codebook field "extends" must be a non-empty string`,
    );
  if (seen.length >= MAX_DEPTH)
    throw new DialogueStanceError(
      'CODEBOOK_INVALID',
      `${name}: codebook field "extends" makes a chain of more than ${MAX_DEPTH} codebooks`,
    );
  const path = extendsPath(parentName, baseDir, shippedDir);
  let parentText: string;
  let real: string;
  try {
    parentText = readFileSync(path, 'utf8');
    real = realpathSync(path);
  } catch {
    throw new DialogueStanceError(
      'CODEBOOK_INVALID',
      `${name}: codebook field "extends" names ${JSON.stringify(parentName)}, which cannot be read (${path})`,
    );
  }
  if (seen.includes(real))
    throw new DialogueStanceError(
      'CODEBOOK_INVALID',
      `${name}: codebook field "extends" makes a cycle through ${JSON.stringify(parentName)}`,
    );
  const parent = resolveCodebookJson(parentText, parentName, dirname(path), shippedDir, [...seen, real]);
  if (!isObject(parent.json))
    throw new DialogueStanceError(
      'CODEBOOK_INVALID',
      `${parentName}: codebook field "(root)" must be an object`,
    );
  const v2 = (value: JsonObject) => (isVersion1(value) ? upgradeVersion1(value) : value);
  const { extends: _, ...own } = json;
  return {
    json: mergeCodebookJson(v2(parent.json), v2(own)),
    sha256: createHash('sha256').update(text).update('\0').update(parent.sha256).digest('hex'),
    parents: [parentName, ...parent.parents],
  };
}
