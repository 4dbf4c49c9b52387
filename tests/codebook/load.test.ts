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

const side = (id: string) => ({ id, label: id, aliases: { en: [id.toUpperCase()] } });

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
    ['no sides at all', (c) => delete c.sides, 'sides', /is missing/],
    ['sides as an object', (c) => (c.sides = { japan: {} }), 'sides', /must be a list/],
    // reserved and duplicate ids
    ['a party called "both"', (c) => (c.sides[1].id = 'both'), 'sides[1].id', /may not be "both"/],
    ['a party called "none"', (c) => (c.sides[0].id = 'none'), 'sides[0].id', /may not be "none"/],
    ['two parties with one id', (c) => (c.sides[1].id = 'japan'), 'sides', /"japan" twice/],
    ['two topics with one id', (c) => (c.topics[1].id = c.topics[0].id), 'topics', /"5g-6g" twice/],
    ['two series with one id', (c) => (c.series[1].id = c.series[0].id), 'series', /twice/],
    ['a topic called "general"', (c) => (c.topics[2].id = 'general'), 'topics[2].id', /may not be "general"/],
    // ids in lower case
    ['a capitalised party id', (c) => (c.sides[0].id = 'Japan'), 'sides[0].id', /lower-case id.*"Japan"/],
    ['a party id with a space', (c) => (c.sides[1].id = 'eu side'), 'sides[1].id', /lower-case id/],
    ['an upper-case topic id', (c) => (c.topics[1].id = 'AI'), 'topics[1].id', /lower-case id.*"AI"/],
    ['an empty party id', (c) => (c.sides[0].id = ''), 'sides[0].id', /lower-case id/],
    // stances
    [
      'an unknown stance',
      (c) => (c.languages.en.cues[0].stance = 'agreed'),
      'languages.en.cues[0].stance',
      /one of explained.*"agreed"/,
    ],
    [
      'an unknown whenSingle',
      (c) => (c.languages.en.cues[2].whenSingle = 'Explained'),
      'languages.en.cues[2].whenSingle',
      /one of/,
    ],
    [
      'a missing stance',
      (c) => delete c.languages.en.cues[1].stance,
      'languages.en.cues[1].stance',
      /is missing/,
    ],
    // patterns and other lists
    [
      'an empty pattern list',
      (c) => (c.languages.en.cues[3].patterns = []),
      'languages.en.cues[3].patterns',
      /at least 1/,
    ],
    [
      'an empty pattern',
      (c) => (c.languages.en.cues[3].patterns[2] = ''),
      'languages.en.cues[3].patterns[2]',
      /non-empty string/,
    ],
    [
      'a blank pattern',
      (c) => (c.languages.en.cues[0].patterns[0] = '   '),
      'languages.en.cues[0].patterns[0]',
      /non-empty string/,
    ],
    [
      'a pattern with no verb',
      (c) => (c.languages.en.cues[0].patterns[1] = '... issue'),
      'languages.en.cues[0].patterns[1]',
      /verb lemma/,
    ],
    ['no cue groups', (c) => (c.languages.en.cues = []), 'languages.en.cues', /at least 1/],
    ['no language part', (c) => (c.languages = {}), 'languages', /at least 1/],
    ['an unknown language', (c) => (c.languages.ko = c.languages.en), 'languages', /unknown field "ko"/],
    ['an empty alias list', (c) => (c.sides[0].aliases.en = []), 'sides[0].aliases.en', /must not be empty/],
    ['an empty alias', (c) => (c.sides[1].aliases.en[3] = ''), 'sides[1].aliases.en[3]', /non-empty string/],
    [
      'no joint forms at all',
      (c) => {
        c.joint = {};
        c.languages.en.joint = [];
      },
      'joint.en',
      /must not be empty when "languages\.en\.joint" is/,
    ],
    // wrong types
    ['aliases as a list', (c) => (c.sides[0].aliases = ['Japan']), 'sides[0].aliases', /must be an object/],
    [
      'aliases as a string',
      (c) => (c.sides[0].aliases.en = 'Japan'),
      'sides[0].aliases.en',
      /must be a list/,
    ],
    [
      'a number among aliases',
      (c) => (c.sides[0].aliases.en[0] = 7),
      'sides[0].aliases.en[0]',
      /must be a string/,
    ],
    ['a party that is a string', (c) => (c.sides[1] = 'eu'), 'sides[1]', /must be an object/],
    ['a numeric label', (c) => (c.sides[0].label = 5), 'sides[0].label', /must be a string/],
    ['topics as an object', (c) => (c.topics = {}), 'topics', /must be a list/],
    [
      'fallback as a string',
      (c) => (c.topics[0].fallback = 'yes'),
      'topics[0].fallback',
      /must be a boolean/,
    ],
    [
      'patterns as a string',
      (c) => (c.languages.en.cues[0].patterns = 'raise'),
      'languages.en.cues[0].patterns',
      /must be a list/,
    ],
    ['an unknown field', (c) => (c.colour = 'red'), '(root)', /unknown field "colour"/],
    [
      'auxiliaries as a string',
      (c) => (c.languages.en.predicates.auxiliaries = 'is'),
      'languages.en.predicates.auxiliaries',
      /must be a list/,
    ],
    [
      'negation as a string',
      (c) => (c.languages.en.negation = 'not'),
      'languages.en.negation',
      /must be a list/,
    ],
    ['a numeric name', (c) => (c.name = 3), 'name', /must be a string/],
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

  it('lists every problem, not only the first, each with its path', () => {
    const error = errorOf(
      edited((c) => {
        c.sides[0].id = 'Japan';
        c.topics[1].fallback = 'yes';
        c.languages.en.cues[0].stance = 'agreed';
      }),
    );
    expect(error.message).toMatch(/has 3 problems/);
    for (const field of ['sides[0].id', 'topics[1].fallback', 'languages.en.cues[0].stance'])
      expect(error.message).toContain(`"${field}"`);
  });
});

describe('parseCodebook: a version 1 codebook (English only) is read as version 2', () => {
  const version1 = {
    name: 'v1',
    version: 1,
    sides: [
      { id: 'japan', aliases: ['Japan', 'the Japanese side'] },
      { id: 'us', aliases: ['the United States', 'the U.S. side'] },
    ],
    joint: { aliases: ['both sides'] },
    predicates: { auxiliaries: ['was'] },
    cues: [{ stance: 'explained', patterns: ['explain'] }],
    topics: [{ id: 'ai', terms: ['AI'] }],
  };

  it('keeps its parties, cues and topics', () => {
    const { compiled } = parseCodebook(JSON.stringify(version1), FILE);
    expect(compiled.parties.map((p) => p.id)).toEqual(['japan', 'us']);
    expect(compiled.source.sides[1]?.aliases.en).toEqual(['the United States', 'the U.S. side']);
    expect(compiled.source.languages.en?.cues).toEqual([{ stance: 'explained', patterns: ['explain'] }]);
    expect(compiled.source.topics[0]?.terms.en).toEqual(['AI']);
  });

  it('reports problems at their version 2 paths', () => {
    const error = errorOf(JSON.stringify({ ...version1, cues: [{ stance: 'agreed', patterns: ['x'] }] }));
    expect(error.message).toContain('"languages.en.cues[0].stance"');
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

  it('fills optional fields: a missing label is the id, missing lists are empty', () => {
    const text = edited((c) => {
      delete c.sides[0].label;
      delete c.topics[0].label;
      delete c.languages.en.negation;
      delete c.languages.en.predicates.openers;
      delete c.series;
      delete c.version;
      delete c.name;
    });
    const { compiled } = parseCodebook(text, FILE);
    expect(compiled.parties[0]).toEqual({ id: 'japan', label: 'japan' });
    expect(compiled.topics[0]?.label).toBe('5g-6g');
    expect(compiled.source.languages.en?.negation).toEqual([]);
    expect(compiled.source.languages.en?.predicates.openers).toEqual([]);
    expect(compiled.source.series).toEqual([]);
    expect(compiled.source.version).toBe(2);
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

describe('grammar entries a codebook may not change', () => {
  it('refuses gluedTokens: the Japanese word segmenter is shared by every codebook', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'dialogue-stance-glued-')), 'glued.json');
    writeFileSync(
      file,
      edited((c) => (c.languages.ja.grammar = { gluedTokens: { 側が: ['側', 'が'] } })),
    );
    expect(() => loadCodebook(file)).toThrow(/"languages\.ja\.grammar\.gluedTokens" cannot be changed/);
  });
});
