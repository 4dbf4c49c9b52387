// A codebook that extends another: what it inherits, how `languages` merges, where the parent is
// looked for, and the mistakes (a missing parent, a cycle) as one-line codebook errors.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extendsPath, mergeCodebookJson } from '../../src/codebook/extends.js';
import {
  CODEBOOKS_DIR,
  DEFAULT_CODEBOOK_PATH,
  loadCodebook,
  parseCodebook,
} from '../../src/codebook/load.js';
import { DialogueStanceError } from '../../src/errors.js';
import { analyzeDocument } from '../../src/pipeline.js';
import { textSource } from '../helpers.js';

const defaultJson = JSON.parse(readFileSync(DEFAULT_CODEBOOK_PATH, 'utf8'));

const us = {
  extends: 'default',
  name: 'Japan-US',
  sides: [
    { id: 'japan', label: 'Japanese side', aliases: { en: ['Japan'], ja: ['日本側'] } },
    { id: 'us', label: 'US side', aliases: { en: ['the United States'], ja: ['米国側'] } },
  ],
  joint: { ja: ['日米双方'] },
};

function folder(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ds-extends-'));
  for (const [name, json] of Object.entries(files))
    writeFileSync(join(dir, name), typeof json === 'string' ? json : JSON.stringify(json));
  return dir;
}

function errorOf(run: () => unknown): DialogueStanceError {
  try {
    run();
  } catch (error) {
    if (error instanceof DialogueStanceError) return error;
    throw error;
  }
  throw new Error('expected a codebook error');
}

describe('mergeCodebookJson', () => {
  it.each([
    ['a field the child gives replaces the parent one', { topics: [1] }, { topics: [2] }, { topics: [2] }],
    [
      'a field the child leaves out is inherited',
      { topics: [1], series: [3] },
      { topics: [2] },
      { topics: [2], series: [3] },
    ],
    [
      'languages merge per language',
      { languages: { en: { cues: ['e'] }, ja: { cues: ['j'] } } },
      { languages: { ja: { cues: ['J'] } } },
      { languages: { en: { cues: ['e'] }, ja: { cues: ['J'] } } },
    ],
    [
      'and within a language per part',
      { languages: { en: { cues: ['e'], negation: ['not'] } } },
      { languages: { en: { negation: ['never'] } } },
      { languages: { en: { cues: ['e'], negation: ['never'] } } },
    ],
    ['extends itself is not kept', { name: 'a' }, { extends: 'a', name: 'b' }, { name: 'b' }],
  ])('%s', (_, parent, child, merged) => {
    expect(mergeCodebookJson(parent, child)).toEqual(merged);
  });
});

describe('extendsPath', () => {
  it.each([
    ['default', '/data', join(CODEBOOKS_DIR, 'default.json')],
    ['japan-us', '/data', join(CODEBOOKS_DIR, 'japan-us.json')],
    ['./mine.json', '/data', '/data/mine.json'],
    ['../shared/base.json', '/data/x', '/data/shared/base.json'],
    ['/abs/base.json', '/data', '/abs/base.json'],
  ])('%s from %s -> %s', (name, base, path) => {
    expect(extendsPath(name, base, CODEBOOKS_DIR)).toBe(path);
  });
});

describe('a codebook that extends the default', () => {
  const loaded = parseCodebook(JSON.stringify(us), 'us.json');
  const source = loaded.compiled.source;

  it('has its own sides and joint names', () => {
    expect(source.sides.map((s) => s.id)).toEqual(['japan', 'us']);
    expect(source.joint.ja).toEqual(['日米双方']);
    expect(source.joint.en).toBeUndefined();
  });

  it("inherits the default's topics, series and language parts", () => {
    expect(source.topics.map((t) => t.id)).toEqual(defaultJson.topics.map((t: { id: string }) => t.id));
    expect(source.languages.en?.cues.length).toBe(defaultJson.languages.en.cues.length);
    expect(source.languages.en?.joint).toContain('both sides');
    expect(source.languages.ja?.joint).toContain('双方');
  });

  it('names its parent and chains the sha256 with the parent text', () => {
    expect(loaded.extends).toEqual(['default']);
    const alone = parseCodebook(JSON.stringify({ ...defaultJson, ...us, extends: undefined }), 'x.json');
    expect(alone.extends).toEqual([]);
    expect(loaded.sha256).not.toBe(alone.sha256);
  });

  it.each([
    ['The two countries agreed to continue cooperation on AI.\n', 'both'],
    ['The United States explained its policy on AI.\n', 'us'],
    ['双方は、AIに関する協力を継続することで一致した。\n', 'both'],
    ['日米双方は、AIに関する協力を継続することで一致した。\n', 'both'],
    ['米国側から、AI政策について説明があった。\n', 'us'],
  ])('codes %j with the inherited grammar and its own sides: %s', (text, side) => {
    const sides = analyzeDocument(textSource(text), loaded.compiled).statements.map((s) => s.side);
    expect(sides).toEqual([side]);
  });
});

describe('a codebook that extends a file', () => {
  it('finds it relative to its own folder, and a change to the parent changes the sha256', () => {
    const dir = folder({
      'base.json': defaultJson,
      'mine.json': { ...us, extends: './base.json' },
    });
    const first = loadCodebook(join(dir, 'mine.json'));
    expect(first.extends).toEqual(['./base.json']);
    expect(first.compiled.source.sides.map((s) => s.id)).toEqual(['japan', 'us']);
    writeFileSync(join(dir, 'base.json'), JSON.stringify({ ...defaultJson, name: 'changed' }));
    expect(loadCodebook(join(dir, 'mine.json')).sha256).not.toBe(first.sha256);
  });

  it('chains: a child of a child of the default', () => {
    const dir = folder({
      'a.json': { extends: 'default', name: 'A' },
      'b.json': { extends: './a.json', name: 'B' },
    });
    const loaded = loadCodebook(join(dir, 'b.json'));
    expect(loaded.extends).toEqual(['./a.json', 'default']);
    expect(loaded.compiled.source.name).toBe('B');
  });

  it.each([
    [
      'a parent that does not exist',
      { 'a.json': { extends: './nowhere.json' } },
      /"extends" names "\.\/nowhere\.json", which cannot be read/,
    ],
    [
      'a cycle',
      { 'a.json': { extends: './b.json' }, 'b.json': { extends: './a.json' } },
      /"extends" makes a cycle/,
    ],
    [
      'a parent that is not JSON',
      { 'a.json': { extends: './b.json' }, 'b.json': '{oops' },
      /\.\/b\.json: codebook is not valid JSON/,
    ],
    ['an empty extends', { 'a.json': { extends: ' ' } }, /"extends" must be a non-empty string/],
    [
      'a merged codebook that is incomplete',
      { 'a.json': { extends: './b.json' }, 'b.json': { name: 'b' } },
      /"sides" is missing/,
    ],
  ])('%s is a one-line CODEBOOK_INVALID error', (_, files, message) => {
    const dir = folder(files);
    const error = errorOf(() => loadCodebook(join(dir, 'a.json')));
    expect(error.code).toBe('CODEBOOK_INVALID');
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain('\n');
  });
});
