import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CODEBOOK_PATH, loadCodebook, parseCodebook } from '../../src/codebook/load.js';
import { DialogueStanceError } from '../../src/errors.js';

const FILE = 'my-codebook.json';
const defaultText = readFileSync(DEFAULT_CODEBOOK_PATH, 'utf8');

// biome-ignore lint/suspicious/noExplicitAny: codebooks under test are deliberately malformed JSON data
type Json = any;

/** The default codebook as plain JSON, edited by `edit`, as text. */
function edited(edit: (codebook: Json) => void): string {
  const codebook = JSON.parse(defaultText);
  edit(codebook);
  return JSON.stringify(codebook);
}

/** The error parseCodebook throws for `text`. */
function errorOf(text: string, name = FILE): DialogueStanceError {
  try {
    parseCodebook(text, name);
  } catch (error) {
    if (error instanceof DialogueStanceError) return error;
    throw new Error(`expected a DialogueStanceError, got ${String(error)}`);
  }
  throw new Error('expected parseCodebook to throw');
}

const side = (id: string) => ({ id, label: id, aliases: [id.toUpperCase()] });

describe('parseCodebook: a bad codebook is one CODEBOOK_INVALID error naming file, field and problem', () => {
  describe('not JSON', () => {
    it.each([['{"sides": ['], ['not json at all'], ['']])('%j', (text) => {
      const error = errorOf(text);
      expect(error.code).toBe('CODEBOOK_INVALID');
      expect(error.message).toContain(FILE);
      expect(error.message).toMatch(/not valid JSON/);
    });
  });

  describe('JSON that is no object', () => {
    it.each([['[]'], ['null'], ['"codebook"'], ['42']])('%s: names the field (root)', (text) => {
      const error = errorOf(text);
      expect(error.code).toBe('CODEBOOK_INVALID');
      expect(error.message).toContain(FILE);
      expect(error.message).toContain('"(root)" must be an object');
    });
  });

  describe.each<[string, (codebook: Json) => void, string, RegExp]>([
    // sides: exactly two parties
    ['one party', (c) => c.sides.pop(), 'sides', /exactly two/],
    ['three parties', (c) => c.sides.push(side('us')), 'sides', /exactly two/],
    ['no sides at all', (c) => delete c.sides, 'sides', /exactly two/],
    ['sides as an object', (c) => (c.sides = { japan: {} }), 'sides', /exactly two/],
    // reserved and duplicate ids
    ['a party called "both"', (c) => (c.sides[1].id = 'both'), 'sides[1].id', /may not be "both"/],
    ['a party called "none"', (c) => (c.sides[0].id = 'none'), 'sides[0].id', /may not be "none"/],
    ['two parties with one id', (c) => (c.sides[1].id = 'japan'), 'sides', /"japan" twice/],
    ['two topics with one id', (c) => (c.topics[1].id = c.topics[0].id), 'topics', /"5g-6g" twice/],
    ['a topic called "general"', (c) => (c.topics[2].id = 'general'), 'topics[2].id', /may not be "general"/],
    // ids in lower case
    ['a capitalised party id', (c) => (c.sides[0].id = 'Japan'), 'sides[0].id', /lower-case id.*"Japan"/],
    ['a party id with a space', (c) => (c.sides[1].id = 'eu side'), 'sides[1].id', /lower-case id/],
    ['an upper-case topic id', (c) => (c.topics[1].id = 'AI'), 'topics[1].id', /lower-case id.*"AI"/],
    ['an empty party id', (c) => (c.sides[0].id = ''), 'sides[0].id', /non-empty string/],
    // stances
    [
      'an unknown stance',
      (c) => (c.cues[0].stance = 'agreed'),
      'cues[0].stance',
      /one of explained.*"agreed"/,
    ],
    ['an unknown whenSingle', (c) => (c.cues[2].whenSingle = 'Explained'), 'cues[2].whenSingle', /one of/],
    ['a missing stance', (c) => delete c.cues[1].stance, 'cues[1].stance', /one of/],
    // patterns and other lists
    ['an empty pattern list', (c) => (c.cues[3].patterns = []), 'cues[3].patterns', /must not be empty/],
    ['an empty pattern', (c) => (c.cues[3].patterns[2] = ''), 'cues[3].patterns[2]', /non-empty string/],
    ['a blank pattern', (c) => (c.cues[0].patterns[0] = '   '), 'cues[0].patterns[0]', /non-empty string/],
    [
      'a pattern with no verb',
      (c) => (c.cues[0].patterns[1] = '... issue'),
      'cues[0].patterns[1]',
      /verb lemma/,
    ],
    ['no cue groups', (c) => (c.cues = []), 'cues', /non-empty list/],
    ['an empty alias list', (c) => (c.sides[0].aliases = []), 'sides[0].aliases', /must not be empty/],
    ['an empty alias', (c) => (c.sides[1].aliases[3] = ''), 'sides[1].aliases[3]', /non-empty string/],
    ['an empty term list', (c) => (c.topics[0].terms = []), 'topics[0].terms', /must not be empty/],
    ['no joint aliases', (c) => (c.joint.aliases = []), 'joint.aliases', /must not be empty/],
    // wrong types
    ['aliases as a string', (c) => (c.sides[0].aliases = 'Japan'), 'sides[0].aliases', /list of strings/],
    ['a number among aliases', (c) => (c.sides[0].aliases[0] = 7), 'sides[0].aliases[0]', /non-empty string/],
    ['a party that is a string', (c) => (c.sides[1] = 'eu'), 'sides[1]', /must be an object/],
    ['a numeric label', (c) => (c.sides[0].label = 5), 'sides[0].label', /non-empty string/],
    ['topics as an object', (c) => (c.topics = {}), 'topics', /must be a list/],
    ['fallback as a string', (c) => (c.topics[0].fallback = 'yes'), 'topics[0].fallback', /true or false/],
    ['patterns as a string', (c) => (c.cues[0].patterns = 'raise'), 'cues[0].patterns', /list of strings/],
    ['joint missing', (c) => delete c.joint, 'joint', /must be an object/],
    ['predicates missing', (c) => delete c.predicates, 'predicates', /must be an object/],
    [
      'auxiliaries missing',
      (c) => delete c.predicates.auxiliaries,
      'predicates.auxiliaries',
      /list of strings/,
    ],
    ['negation as a string', (c) => (c.negation = 'not'), 'negation', /list of strings/],
    ['a numeric name', (c) => (c.name = 3), 'name', /non-empty string/],
  ])('%s', (_what, edit, field, problem) => {
    it(`names the field ${field} and the problem`, () => {
      const error = errorOf(edited(edit));
      expect(error).toBeInstanceOf(DialogueStanceError);
      expect(error.code).toBe('CODEBOOK_INVALID');
      expect(error.message).toContain(FILE);
      expect(error.message).toContain(`"${field}"`);
      expect(error.message).toMatch(problem);
      expect(error.message).not.toMatch(/\n/);
    });
  });
});

describe('parseCodebook: a valid codebook', () => {
  it('compiles the default codebook, keeping its parties and topics in order', () => {
    const { compiled, path, sha256 } = parseCodebook(defaultText, FILE);
    expect(path).toBe(FILE);
    expect(sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(compiled.parties.map((p) => p.id)).toEqual(['japan', 'eu']);
    expect(compiled.topics.map((t) => t.id).slice(0, 3)).toEqual(['5g-6g', 'ai', 'data']);
  });

  it('fingerprints the text: the same text, the same sha256; another text, another', () => {
    const a = parseCodebook(defaultText, 'a.json').sha256;
    expect(parseCodebook(defaultText, 'b.json').sha256).toBe(a);
    expect(
      parseCodebook(
        edited((c) => (c.name = 'changed')),
        'a.json',
      ).sha256,
    ).not.toBe(a);
  });

  it('fills optional fields: a missing label is the id, missing lists are empty, version defaults to 1', () => {
    const text = edited((c) => {
      delete c.sides[0].label;
      delete c.topics[0].label;
      delete c.negation;
      delete c.predicates.openers;
      delete c.version;
      delete c.name;
    });
    const { compiled } = parseCodebook(text, FILE);
    expect(compiled.parties[0]).toEqual({ id: 'japan', label: 'japan' });
    expect(compiled.topics[0]?.label).toBe('5g-6g');
    expect(compiled.source.negation).toEqual([]);
    expect(compiled.source.predicates.openers).toEqual([]);
    expect(compiled.source.version).toBe(1);
    expect(compiled.source.name).toBe(FILE);
  });

  it('accepts ids with digits, "-" and "_" and any two party ids', () => {
    const text = edited((c) => {
      c.sides[1].id = 'us_2';
      c.topics[0].id = '5g-6g_x';
    });
    const { compiled } = parseCodebook(text, FILE);
    expect(compiled.parties.map((p) => p.id)).toEqual(['japan', 'us_2']);
  });
});

describe('loadCodebook', () => {
  const dir = mkdtempSync(join(tmpdir(), 'codebook-'));

  it('loads the shipped codebook when no path is given, as "(default)"', () => {
    const loaded = loadCodebook();
    expect(loaded.path).toBe('(default)');
    expect(loaded.compiled.parties.map((p) => p.id)).toEqual(['japan', 'eu']);
  });

  it('loads a file by its path and reports that path', () => {
    const file = join(dir, 'custom.json');
    writeFileSync(
      file,
      edited((c) => (c.sides[1].id = 'us')),
    );
    const loaded = loadCodebook(file);
    expect(loaded.path).toBe(file);
    expect(loaded.compiled.parties.map((p) => p.id)).toEqual(['japan', 'us']);
  });

  it.each<[string, string, RegExp]>([
    ['missing.json', '', /cannot be read/],
    ['broken.json', '{"sides": [', /not valid JSON/],
    ['three-sides.json', edited((c) => c.sides.push(side('us'))), /"sides" must list exactly two/],
  ])('names the file in the error for %s', (name, text, problem) => {
    const file = join(dir, name);
    if (text !== '') writeFileSync(file, text);
    let caught: unknown;
    try {
      loadCodebook(file);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DialogueStanceError);
    expect((caught as DialogueStanceError).code).toBe('CODEBOOK_INVALID');
    expect((caught as DialogueStanceError).message).toContain(file);
    expect((caught as DialogueStanceError).message).toMatch(problem);
  });
});
