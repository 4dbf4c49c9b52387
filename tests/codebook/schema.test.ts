// The codebook as a documented format: codebook.schema.json, as an editor reads it, accepts every
// codebook the project ships, and loading reports what is wrong with a broken one, every problem with
// its JSON path. load.test.ts has the single-field cases; these are the rest of the format.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CODEBOOKS_DIR, DEFAULT_CODEBOOK_PATH, parseCodebook } from '../../src/codebook/load.js';
import { SCHEMA_PATH } from '../../src/codebook/schema.js';
import { DialogueStanceError } from '../../src/errors.js';

// biome-ignore lint/suspicious/noExplicitAny: codebooks under test are deliberately malformed JSON data
type Json = any;

const FILE = 'broken.json';
const FIXTURE_CODEBOOKS = 'tests/fixtures/codebooks';
const schemaText = readFileSync(SCHEMA_PATH, 'utf8');
const defaultText = readFileSync(DEFAULT_CODEBOOK_PATH, 'utf8');

/** The schema compiled by ajv on its own, as any JSON Schema tool would: not through schema.ts. */
function schemaValidate(): (value: unknown) => boolean {
  const Ajv = createRequire(import.meta.url)('ajv') as typeof import('ajv').default;
  return new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(schemaText));
}

const jsonFiles = (dir: string): string[] =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(dir, name));

const shipped = jsonFiles(CODEBOOKS_DIR);

describe('codebook.schema.json accepts every codebook of the project', () => {
  const validate = schemaValidate();

  it('finds the default codebook and the four pairs in codebooks/', () => {
    expect(shipped.map((path) => path.slice(CODEBOOKS_DIR.length))).toEqual([
      'default.json',
      'japan-de.json',
      'japan-fr.json',
      'japan-uk.json',
      'japan-us.json',
    ]);
  });

  it.each(shipped)('%s', (path) => {
    const text = readFileSync(path, 'utf8');
    expect(validate(JSON.parse(text))).toBe(true);
    // Loading adds the checks of meaning; compiling every language part checks its grammar use too.
    const { compiled } = parseCodebook(text, path);
    for (const language of compiled.languages) expect(compiled.language(language)).toBeDefined();
  });

  it.each(shipped)('%s names the schema in $schema, for completion in an editor', (path) => {
    const json = JSON.parse(readFileSync(path, 'utf8'));
    expect(json.$schema).toBe('../codebook.schema.json');
    expect(readFileSync(new URL(json.$schema, `file://${path}`), 'utf8')).toBe(schemaText);
  });

  it.each(jsonFiles(FIXTURE_CODEBOOKS))('%s, a version 1 file, loads upgraded to version 2', (path) => {
    const text = readFileSync(path, 'utf8');
    expect(JSON.parse(text).version).toBe(1);
    expect(validate(JSON.parse(text))).toBe(false);
    const { compiled } = parseCodebook(text, path);
    expect(compiled.source.version).toBe(2);
    expect(compiled.language('en')).toBeDefined();
  });

  it('describes version 2 only: a version 1 file is upgraded before it is checked', () => {
    const version1 = {
      version: 1,
      sides: [
        { id: 'japan', aliases: ['Japan'] },
        { id: 'eu', aliases: ['the EU'] },
      ],
      joint: { aliases: ['both sides'] },
      cues: [{ stance: 'explained', patterns: ['explain'] }],
      topics: [{ id: 'ai', terms: ['AI'] }],
    };
    expect(validate(version1)).toBe(false);
    expect(parseCodebook(JSON.stringify(version1), FILE).compiled.source.version).toBe(2);
  });
});

/** The default codebook with `edit` applied, as text. */
function edited(edit: (codebook: Json) => void): string {
  const codebook = JSON.parse(defaultText);
  edit(codebook);
  return JSON.stringify(codebook);
}

/** The message of the error parseCodebook throws for `text`. */
function messageOf(text: string): string {
  try {
    parseCodebook(text, FILE);
  } catch (error) {
    if (error instanceof DialogueStanceError && error.code === 'CODEBOOK_INVALID') return error.message;
    throw error;
  }
  throw new Error('expected parseCodebook to throw');
}

/** The message for these problems, as validateCodebook words it. */
function message(problems: readonly string[]): string {
  const count = problems.length === 1 ? 'field' : `has ${problems.length} problems: field`;
  return `${FILE}: codebook ${count} ${problems.join('; field ')}`;
}

describe('a broken codebook: one error listing every problem with its JSON path', () => {
  const WORKSHOP = 'japan-eu-ict-strategy-workshop';
  it.each<[string, (c: Json) => void, string[]]>([
    // Language keys are en and ja, wherever words are given per language.
    [
      'an unknown language among aliases',
      (c) => (c.sides[0].aliases.ko = ['일본']),
      ['"sides[0].aliases" has an unknown field "ko"'],
    ],
    [
      'an unknown language among terms',
      (c) => (c.topics[1].terms.de = ['KI']),
      ['"topics[1].terms" has an unknown field "de"'],
    ],
    [
      'an unknown language of joint forms',
      (c) => (c.joint.fr = ['les deux parties']),
      ['"joint" has an unknown field "fr"'],
    ],
    [
      'an unknown language among adjectives',
      (c) => (c.sides[1].adjectives.english = ['European']),
      ['"sides[1].adjectives" has an unknown field "english"'],
    ],
    // Grammar overrides: an entry of the language's grammar.json, of the entry's type.
    [
      'a word for a list of words',
      (c) => (c.languages.en.grammar = { abbreviations: 'mr' }),
      ['"languages.en.grammar.abbreviations" must be a list, like the default'],
    ],
    [
      'an object for a list',
      (c) => (c.languages.en.grammar = { determiners: { the: true } }),
      ['"languages.en.grammar.determiners" must be a list, like the default'],
    ],
    [
      'a string for a number',
      (c) => (c.languages.ja.grammar = { headingMaxChars: '40' }),
      ['"languages.ja.grammar.headingMaxChars" must be a number, like the default'],
    ],
    [
      'a list for an object',
      (c) => (c.languages.en.grammar = { ordinals: ['first'] }),
      ['"languages.en.grammar.ordinals" must be an object, like the default'],
    ],
    [
      'a boolean, which no grammar entry is',
      (c) => (c.languages.en.grammar = { abbreviations: true }),
      ['"languages.en.grammar.abbreviations" must be a string, a list of strings, an object or a number'],
    ],
    [
      'a list of numbers',
      (c) => (c.languages.en.grammar = { abbreviations: [1, 2] }),
      ['"languages.en.grammar.abbreviations" must be a string, a list of strings, an object or a number'],
    ],
    [
      'an entry the grammar does not have',
      (c) => (c.languages.en.grammar = { abbreviation: ['mr'] }),
      ['"languages.en.grammar.abbreviation" is not an entry of the en grammar (src/lang/en/grammar.json)'],
    ],
    // A pattern the user writes must compile and must not backtrack catastrophically.
    [
      'a nested repetition in a grammar pattern',
      (c) => (c.languages.en.grammar = { pageLabel: '/^(?:share|print)(?:\\s+)+$/i' }),
      [
        '"languages.en.grammar.pageLabel" can take time growing exponentially with the text: repetitions that a run of " " makes try every split (as in "(a+)+" or "\\s*,?\\s*"); rewrite it so that no two repetitions can match the same characters',
      ],
    ],
    [
      'overlapping alternatives under a repetition, in a list of patterns',
      (c) => (c.languages.en.grammar = { contactOpeners: ['/^(?:\\w|\\d)+:/u'] }),
      [
        '"languages.en.grammar.contactOpeners[0]" can take time growing exponentially with the text: the repeated alternatives "\\w|\\d" can match the same text (as in "(a|a)*"); rewrite them so that they cannot',
      ],
    ],
    [
      'a grammar pattern that does not compile',
      (c) => (c.languages.en.grammar = { pageLabel: '/(/u' }),
      [
        '"languages.en.grammar.pageLabel" is not a regular expression (Invalid regular expression: /(/u: Unterminated group)',
      ],
    ],
    [
      'grammar as a list',
      (c) => (c.languages.en.grammar = ['mr']),
      ['"languages.en.grammar" must be an object'],
    ],
    // Series ids, like side and topic ids, are unique.
    [
      'two series with one id',
      (c) => (c.series[2].id = WORKSHOP),
      [`"series" has the id "${WORKSHOP}" twice`],
    ],
    // A cue pattern starts with a word: "..." (up to 4 words) only between words.
    [
      'a pattern starting with "..."',
      (c) => (c.languages.en.cues[1].patterns[0] = '... concern'),
      ['"languages.en.cues[1].patterns[0]" must start with a word (a verb lemma in English)'],
    ],
    [
      'a pattern starting with "..." after spaces',
      (c) => (c.languages.en.cues[0].patterns[2] = '  ...raise'),
      ['"languages.en.cues[0].patterns[2]" must start with a word (a verb lemma in English)'],
    ],
    [
      'a Japanese pattern starting with "..."',
      (c) => (c.languages.ja.cues[0].patterns[0] = '...説明'),
      ['"languages.ja.cues[0].patterns[0]" must start with a word (a verb lemma in English)'],
    ],
    // The header fields.
    ['version 3', (c) => (c.version = 3), ['"version" must be 2']],
    ['a $schema that is no string', (c) => (c.$schema = true), ['"$schema" must be a string']],
    // Several problems at once: all of them, shape problems in the order of the file...
    [
      'three problems of shape',
      (c) => {
        c.sides[0].aliases.ko = ['일본'];
        c.languages.en.cues[0].stance = 'agreed';
        c.languages.en.grammar = { abbreviations: true };
      },
      [
        '"sides[0].aliases" has an unknown field "ko"',
        '"languages.en.cues[0].stance" must be one of explained, raised_issues, concurred, other, not "agreed"',
        '"languages.en.grammar.abbreviations" must be a string, a list of strings, an object or a number',
      ],
    ],
    // ... and, once the shape is right, all problems of meaning.
    [
      'four problems of meaning',
      (c) => {
        c.sides[1].id = 'both';
        c.series[1].id = WORKSHOP;
        c.languages.en.grammar = { abbreviations: 'mr', nosuch: [] };
        c.languages.en.cues[0].patterns[0] = '... raise';
      },
      [
        '"sides[1].id" may not be "both": it is built in',
        `"series" has the id "${WORKSHOP}" twice`,
        '"languages.en.grammar.abbreviations" must be a list, like the default',
        '"languages.en.grammar.nosuch" is not an entry of the en grammar (src/lang/en/grammar.json)',
        '"languages.en.cues[0].patterns[0]" must start with a word (a verb lemma in English)',
      ],
    ],
  ])('%s', (_name, edit, problems) => {
    expect(messageOf(edited(edit))).toBe(message(problems));
  });

  it('checks grammar overrides at load, before any document asks for the language', () => {
    // Without the check at load, a bad override surfaced only when the first English document
    // compiled the English part.
    expect(() =>
      parseCodebook(
        edited((c) => (c.languages.en.grammar = { be: 'is' })),
        FILE,
      ),
    ).toThrow(message(['"languages.en.grammar.be" must be a list, like the default']));
  });

  it('accepts grammar overrides of the right type', () => {
    const { compiled } = parseCodebook(
      edited((c) => (c.languages.en.grammar = { abbreviations: ['mr', 'dr'], ordinals: { first: 1 } })),
      FILE,
    );
    expect(compiled.source.languages.en?.grammar).toEqual({
      abbreviations: ['mr', 'dr'],
      ordinals: { first: 1 },
    });
    expect(compiled.language('en')).toBeDefined();
  });
});
