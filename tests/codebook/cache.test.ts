import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  cacheFile,
  cacheFolder,
  codebookCache,
  PREBUILT_FOLDER,
  readCachedInflections,
} from '../../src/codebook/cache.js';
import { DEFAULT_CODEBOOK_PATH, parseCodebook } from '../../src/codebook/load.js';
import { inflect } from '../../src/lang/en/inflect.js';

const defaultText = readFileSync(DEFAULT_CODEBOOK_PATH, 'utf8');
const before = process.env.DIALOGUE_STANCE_CACHE;
afterEach(() => {
  if (before === undefined) delete process.env.DIALOGUE_STANCE_CACHE;
  else process.env.DIALOGUE_STANCE_CACHE = before;
});

const folder = () => mkdtempSync(join(tmpdir(), 'ds-cache-'));

describe('cacheFolder: where derived codebook data is kept', () => {
  it.each([
    [{ DIALOGUE_STANCE_CACHE: '/x/cache' }, '/x/cache'],
    [{ DIALOGUE_STANCE_CACHE: 'off', XDG_CACHE_HOME: '/x' }, undefined],
    [{ XDG_CACHE_HOME: '/home/u/.cache' }, '/home/u/.cache/dialogue-stance'],
  ])('%j -> %s', (env, expected) => {
    expect(cacheFolder(env)).toBe(expected);
  });

  it('defaults to node_modules/.cache/dialogue-stance, never an output folder', () => {
    expect(cacheFolder({})?.split('\\').join('/')).toMatch(/node_modules\/\.cache\/dialogue-stance\/?$/);
  });
});

describe('the codebook cache', () => {
  it('names the file by the codebook hash: another codebook, another file', () => {
    expect(cacheFile('/c', 'a'.repeat(64))).not.toBe(cacheFile('/c', 'b'.repeat(64)));
    expect(cacheFile('/c', 'a'.repeat(64))).toBe(cacheFile('/c', 'a'.repeat(64)));
  });

  it('writes the inflections a compile needed, and they are what inflect gives', () => {
    const dir = folder();
    process.env.DIALOGUE_STANCE_CACHE = dir;
    const loaded = parseCodebook(defaultText, 'default');
    loaded.compiled.language('en');
    const file = cacheFile(dir, loaded.sha256);
    const cached = readCachedInflections(file);
    expect(cached?.length).toBeGreaterThan(10);
    for (const [key, forms] of cached ?? []) if (!key.includes(' ')) expect(inflect(key)).toEqual(forms);
  });

  it('validates an edited codebook again: a cached one vouches only for its own text', () => {
    const dir = folder();
    process.env.DIALOGUE_STANCE_CACHE = dir;
    parseCodebook(defaultText, 'default').compiled.language('en');
    parseCodebook(defaultText, 'default').compiled.language('en');
    const broken = JSON.parse(defaultText);
    broken.sides = [broken.sides[0]];
    expect(() => parseCodebook(JSON.stringify(broken), 'broken.json')).toThrow(/sides/);
  });

  it('reads a corrupt, truncated or foreign file as a miss, and never fails on it', () => {
    const dir = folder();
    const file = join(dir, 'x.json');
    for (const content of [
      '',
      '{"format":1,"inflections":[["explain",[{"form":"x"',
      '{"format":99}',
      '[]',
      'null',
    ]) {
      writeFileSync(file, content);
      expect(readCachedInflections(file)).toBeUndefined();
    }
    expect(readCachedInflections(join(dir, 'missing.json'))).toBeUndefined();
    process.env.DIALOGUE_STANCE_CACHE = dir;
    const cache = codebookCache('c'.repeat(64));
    if (cache.file) writeFileSync(cache.file, '{not json');
    expect(cache.load()).toBe(false);
  });

  it('writes nothing when caching is off, and a folder it cannot create is no error', () => {
    process.env.DIALOGUE_STANCE_CACHE = 'off';
    expect(codebookCache('d'.repeat(64)).file).toBeUndefined();
    const dir = folder();
    const blocker = join(dir, 'file');
    writeFileSync(blocker, '');
    process.env.DIALOGUE_STANCE_CACHE = join(blocker, 'cache');
    const cache = codebookCache('e'.repeat(64));
    inflect('co-chair-ish');
    expect(() => cache.saveIfGrown()).not.toThrow();
    expect(existsSync(join(blocker, 'cache'))).toBe(false);
    expect(readdirSync(dir)).toEqual(['file']);
  });
});

describe("the build's entries (prebuilt/)", () => {
  const entry = (sha: string) =>
    `${JSON.stringify({ format: 1, inflections: [[`lemma-${sha.slice(0, 4)}`, [{ form: 'base', text: 'x' }]]] })}\n`;

  it('are read when the cache has no entry, and not written to it', () => {
    const prebuilt = folder();
    const dir = folder();
    process.env.DIALOGUE_STANCE_CACHE = dir;
    const sha = 'f'.repeat(64);
    writeFileSync(cacheFile(prebuilt, sha), entry(sha));
    const cache = codebookCache(sha, process.env, prebuilt);
    expect(cache.load()).toBe(true);
    cache.saveIfGrown();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('serve only their own codebook: another hash is a miss', () => {
    const prebuilt = folder();
    process.env.DIALOGUE_STANCE_CACHE = folder();
    writeFileSync(cacheFile(prebuilt, '1'.repeat(64)), entry('1'.repeat(64)));
    expect(codebookCache('2'.repeat(64), process.env, prebuilt).load()).toBe(false);
  });

  it('are read with caching off: they are part of the tool, not the cache', () => {
    const prebuilt = folder();
    const sha = '3'.repeat(64);
    writeFileSync(cacheFile(prebuilt, sha), entry(sha));
    expect(codebookCache(sha, { DIALOGUE_STANCE_CACHE: 'off' }, prebuilt).load()).toBe(true);
  });

  it('lie beside the module (dist/codebook/prebuilt/), never in the cache folder', () => {
    expect(PREBUILT_FOLDER.split('\\').join('/')).toMatch(/codebook\/prebuilt\/?$/);
    expect(PREBUILT_FOLDER).not.toBe(cacheFolder({}));
  });
});
