// What is derived from a codebook once and kept between runs: the inflections of its cue lemmas,
// which need compromise (a quarter of a second to import, then a quarter more to conjugate), and
// the fact that it passed validation (ajv's load and schema compile cost as much again). The
// file is named by the codebook's sha256 (chained with its parents'), the tool's version, schema
// and code, and this format, so an edited codebook or another tool never reads a stale entry. The folder is safe
// to delete at any time; a file that cannot be read or parsed is a miss, and one that cannot be
// written is no error: the run goes on and computes the forms again next time.
//
// Where: $DIALOGUE_STANCE_CACHE (a folder, or "off"), else $XDG_CACHE_HOME/dialogue-stance, else
// node_modules/.cache/dialogue-stance beside the installed package (where build tools keep theirs).
// Never in an output folder: reports stay the same whether the cache is there or not.
//
// The build writes the default codebook's entry beside this module (prebuilt/, by
// scripts/prebuild-codebooks.mjs), so its first run, or one after the cache folder was deleted,
// loads neither compromise nor ajv. That folder is read, never written, and its files are named
// and checked like the cache's own, so it only ever serves the codebook and tool it was built for.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Inflection, knownInflections, seedInflections } from '../lang/en/inflect.js';
import { VERSION } from '../version.js';

/** Bumped when what a cache file holds changes meaning. */
const FORMAT = 1;

const FORMS = new Set(['base', 'present', 'past', 'participle', 'gerund']);

/** The cache folder for `env`, or undefined when caching is off. */
export function cacheFolder(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const chosen = env.DIALOGUE_STANCE_CACHE;
  if (chosen === 'off') return undefined;
  if (chosen) return chosen;
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'dialogue-stance');
  return fileURLToPath(new URL('../../node_modules/.cache/dialogue-stance/', import.meta.url));
}

/** The build's entries for the shipped codebooks (dist/codebook/prebuilt/; none in a checkout's src/). */
export const PREBUILT_FOLDER = fileURLToPath(new URL('./prebuilt/', import.meta.url));

let fingerprint: string | undefined;

/**
 * The tool as far as a cache entry depends on it: its version, the schema and the code that
 * validates against it and conjugates cues. A change to any of them (even without a new version,
 * as in development) makes new entries; the old ones are never read again.
 */
function toolFingerprint(): string {
  if (fingerprint === undefined) {
    const extension = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
    const hash = createHash('sha256').update(`${FORMAT}\n${VERSION}\n`);
    for (const file of [
      new URL('../../codebook.schema.json', import.meta.url),
      new URL(`./schema${extension}`, import.meta.url),
      new URL(`../lang/en/inflect${extension}`, import.meta.url),
    ]) {
      try {
        hash.update(readFileSync(file));
      } catch {
        hash.update('(missing)');
      }
    }
    fingerprint = hash.digest('hex');
  }
  return fingerprint;
}

/** The cache file of a codebook (by its chained sha256) in `folder`. */
export function cacheFile(folder: string, codebookSha256: string): string {
  const key = createHash('sha256').update(`${toolFingerprint()}\n${codebookSha256}`).digest('hex');
  return join(folder, `codebook-${key.slice(0, 32)}.json`);
}

const isInflection = (value: unknown): value is Inflection =>
  typeof value === 'object' &&
  value !== null &&
  FORMS.has((value as Inflection).form) &&
  typeof (value as Inflection).text === 'string';

/** The inflections a cache file holds, or undefined when it is missing, corrupt or another format's. */
export function readCachedInflections(file: string): [string, Inflection[]][] | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
  const { format, inflections } = (parsed ?? {}) as { format?: unknown; inflections?: unknown };
  if (format !== FORMAT || !Array.isArray(inflections)) return undefined;
  const valid = inflections.every(
    (entry): entry is [string, Inflection[]] =>
      Array.isArray(entry) &&
      entry.length === 2 &&
      typeof entry[0] === 'string' &&
      Array.isArray(entry[1]) &&
      entry[1].every(isInflection),
  );
  return valid ? (inflections as [string, Inflection[]][]) : undefined;
}

/** Writes the file through a temporary name (two runs at once each write a whole file); never throws. */
function writeCache(file: string, inflections: readonly [string, Inflection[]][]): void {
  const temporary = `${file}.tmp-${process.pid}`;
  try {
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(temporary, `${JSON.stringify({ format: FORMAT, inflections })}\n`);
    renameSync(temporary, file);
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // The folder could not be made: there is no temporary to remove.
    }
  }
}

/**
 * The cache of one codebook: `load` seeds the inflections from its file, else from the build's
 * (a miss leaves them to be computed); `saveIfGrown` writes every inflection known when some had
 * to be computed since. With caching off the build's entry is still read: it is part of the tool.
 */
export function codebookCache(
  codebookSha256: string,
  env: NodeJS.ProcessEnv = process.env,
  prebuilt: string = PREBUILT_FOLDER,
) {
  const folder = cacheFolder(env);
  const file = folder === undefined ? undefined : cacheFile(folder, codebookSha256);
  let savedAt = knownInflections().computed;
  return {
    file,
    load(): boolean {
      const cached =
        (file === undefined ? undefined : readCachedInflections(file)) ??
        readCachedInflections(cacheFile(prebuilt, codebookSha256));
      if (cached) seedInflections(cached);
      return cached !== undefined;
    },
    saveIfGrown(): void {
      const known = knownInflections();
      if (file === undefined || known.computed === savedAt) return;
      savedAt = known.computed;
      writeCache(file, known.entries);
    },
  };
}
