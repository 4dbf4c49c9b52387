// Validation of a codebook as a user writes it. The shape is checked against the JSON Schema that
// ships with the package (codebook.schema.json, which editors use too), then what a schema cannot
// say: ids unique and not reserved, words keyed by known ids, cue patterns that start with a word,
// grammar overrides that name an entry of the language's grammar and have its type. Every problem
// is reported, each with its JSON path, in one CODEBOOK_INVALID error: all problems of shape first,
// and once the shape is right, all problems of meaning.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { DialogueStanceError } from '../errors.js';
import { grammarData } from '../lang/grammar.js';
import { LANGUAGE_IDS, type LanguageId } from '../lang/types.js';
import { backtrackingProblem } from './backtracking.js';
import type { Codebook, LanguagePart } from './types.js';

/** Side ids the tool itself gives; a codebook party may not take them. */
export const RESERVED_SIDES = ['both', 'none'] as const;
export const GENERAL_TOPIC = 'general';

export const SCHEMA_PATH = new URL('../../codebook.schema.json', import.meta.url);

type Json = unknown;
type JsonObject = Record<string, Json>;

let validator: ValidateFunction | undefined;

/** ajv and the compiled schema, made on first use: a cached codebook never needs them. */
function schemaValidator(): ValidateFunction {
  if (!validator) {
    const require = createRequire(import.meta.url);
    const Ajv = require('ajv') as typeof import('ajv').default;
    const ajv = new Ajv({ allErrors: true, strict: false, verbose: true });
    validator = ajv.compile(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')));
  }
  return validator;
}

/** "/sides/0/aliases/en/3" -> "sides[0].aliases.en[3]". */
export function jsonPath(pointer: string): string {
  if (pointer === '') return '(root)';
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part), '');
}

function describe(error: ErrorObject): { path: string; problem: string } {
  const path = jsonPath(error.instancePath);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return {
        path: path === '(root)' ? String(params.missingProperty) : `${path}.${params.missingProperty}`,
        problem: 'is missing',
      };
    case 'additionalProperties':
      return { path, problem: `has an unknown field "${params.additionalProperty}"` };
    case 'type':
      return {
        path,
        problem: `must be ${params.type === 'array' ? 'a list' : `a${/^[aeiou]/.test(String(params.type)) ? 'n' : ''} ${params.type}`}`,
      };
    case 'minItems':
    case 'maxItems':
      return path === 'sides'
        ? { path, problem: 'must list exactly two parties (the joint side "both" and "none" are built in)' }
        : {
            path,
            problem: `must have ${error.keyword === 'minItems' ? 'at least' : 'at most'} ${params.limit} item(s)`,
          };
    case 'pattern':
      return params.pattern === '\\S'
        ? { path, problem: 'must be a non-empty string' }
        : {
            path,
            problem: `must be a lower-case id (letters, digits, "-", "_"), not ${JSON.stringify(error.data)}`,
          };
    case 'enum':
      return {
        path,
        problem: `must be one of ${(params.allowedValues as string[]).join(', ')}, not ${JSON.stringify(error.data)}`,
      };
    case 'minProperties':
      return { path, problem: `must have at least ${params.limit} entry` };
    case 'const':
      return { path, problem: `must be ${JSON.stringify(params.allowedValue)}` };
    case 'anyOf':
      return {
        path,
        problem: `must be ${orList((error.schema as Json[]).map(typeName))}`,
      };
    default:
      return { path, problem: error.message ?? 'is not valid' };
  }
}

/** "a list of strings" for `{type: "array", items: {type: "string"}}`; "a value" for what it cannot name. */
function typeName(schema: Json): string {
  const { type, items } = (schema ?? {}) as { type?: unknown; items?: { type?: unknown } };
  if (type === 'array') return typeof items?.type === 'string' ? `a list of ${items.type}s` : 'a list';
  if (typeof type === 'string') return `a${/^[aeiou]/.test(type) ? 'n' : ''} ${type}`;
  return 'a value';
}

/** "a, b or c". */
function orList(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}

/** The problems of `value` against the schema, one per path (the first ajv gives for it). */
function schemaProblems(value: Json): string[] {
  const validate = schemaValidator();
  if (validate(value)) return [];
  const errors = validate.errors ?? [];
  // A value that fits no branch of an anyOf gets one problem saying what the branches allow (below),
  // not the first branch's complaint ("must be a string" for a list of numbers).
  const alternatives = errors
    .filter((error) => error.keyword === 'anyOf')
    .map((error) => `${error.schemaPath}/`);
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const error of errors) {
    // "must match the else schema" only restates the missing fields reported beside it.
    if (error.keyword === 'if') continue;
    if (alternatives.some((prefix) => error.schemaPath.startsWith(prefix))) continue;
    const { path, problem } = describe(error);
    if (seen.has(path)) continue;
    seen.add(path);
    problems.push(`"${path}" ${problem}`);
  }
  return problems;
}

/**
 * A version 1 codebook (English only: `sides[].aliases` as a list, `cues` at the top) read as
 * version 2, so codebooks written before Japanese support keep working.
 */
export function upgradeVersion1(value: JsonObject): JsonObject {
  const english = (list: Json) => (list === undefined ? undefined : { en: list });
  const sides = Array.isArray(value.sides)
    ? value.sides.map((side: Json) => {
        if (typeof side !== 'object' || side === null) return side;
        const { aliases, adjectives, ...rest } = side as JsonObject;
        return {
          ...rest,
          aliases: english(aliases),
          ...(adjectives === undefined ? {} : { adjectives: english(adjectives) }),
        };
      })
    : value.sides;
  const topics = Array.isArray(value.topics)
    ? value.topics.map((topic: Json) => {
        if (typeof topic !== 'object' || topic === null) return topic;
        const { terms, ...rest } = topic as JsonObject;
        return { ...rest, terms: english(terms) };
      })
    : value.topics;
  const joint = value.joint as JsonObject | undefined;
  const part: JsonObject = {};
  for (const key of ['pronouns', 'predicates', 'negation', 'cues', 'procedural'])
    if (value[key] !== undefined) part[key] = value[key];
  return {
    ...(value.name === undefined ? {} : { name: value.name }),
    version: 2,
    sides,
    ...(joint === undefined
      ? {}
      : { joint: typeof joint === 'object' && joint !== null ? english(joint.aliases) : joint }),
    topics,
    languages: { en: part },
  };
}

export const isVersion1 = (value: JsonObject) =>
  value.languages === undefined && (value.cues !== undefined || value.version === 1);

/** The kind of a grammar value as mergeGrammar (src/lang/grammar.ts) compares them. */
const grammarKind = (value: unknown): string =>
  Array.isArray(value) ? 'list' : value === null ? 'null' : typeof value;

/**
 * The rule mergeGrammar applies when a language is compiled (an override names an entry of the
 * language's grammar.json and has its kind), checked here at load: a language is compiled only when
 * a document in it is read, so without this a bad override would pass `--codebook` and fail halfway
 * through a run, one problem at a time and without its full path.
 */
/** The entries of a grammar.json listed under "$fixed". */
const fixedEntries = (defaults: Record<string, unknown>): readonly string[] =>
  Array.isArray(defaults.$fixed) ? (defaults.$fixed as string[]) : [];

function grammarProblems(language: LanguageId, overrides: Record<string, unknown>): string[] {
  const defaults = grammarData(language);
  const problems: string[] = [];
  for (const [key, value] of Object.entries(overrides)) {
    const path = `languages.${language}.grammar.${key}`;
    if (key.startsWith('$') || !(key in defaults))
      problems.push(
        `"${path}" is not an entry of the ${language} grammar (src/lang/${language}/grammar.json)`,
      );
    // Entries every codebook of a run shares (the Japanese word segmenter's gluedTokens): a change
    // would be silently ignored.
    else if (fixedEntries(defaults).includes(key))
      problems.push(`"${path}" cannot be changed by a codebook: every codebook of a run shares it`);
    else if (grammarKind(value) !== grammarKind(defaults[key]))
      problems.push(
        `"${path}" must be a${grammarKind(defaults[key]) === 'object' ? 'n' : ''} ${grammarKind(defaults[key])}, like the default`,
      );
    else if (holdsPattern(defaults[key])) problems.push(...patternProblems(path, value));
  }
  return problems;
}

const PATTERN = /^\/(.*)\/([dgimsuvy]*)$/s;

/** Whether a grammar entry holds regular expressions ("/source/flags"), as some of its strings. */
function holdsPattern(value: unknown): boolean {
  if (typeof value === 'string') return PATTERN.test(value);
  if (Array.isArray(value)) return value.some(holdsPattern);
  return value !== null && typeof value === 'object' && Object.values(value).some(holdsPattern);
}

/** A user-written pattern that does not compile, or could backtrack catastrophically, is refused. */
function patternProblems(path: string, value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => patternProblems(`${path}[${i}]`, item));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => patternProblems(`${path}.${key}`, item));
  const match = typeof value === 'string' ? PATTERN.exec(value) : null;
  if (!match) return [];
  const [, source = '', flags = ''] = match;
  try {
    new RegExp(source, flags);
  } catch (error) {
    return [`"${path}" is not a regular expression (${error instanceof Error ? error.message : error})`];
  }
  const problem = backtrackingProblem(source, flags);
  return problem ? [`"${path}" ${problem}`] : [];
}

/** Checks a schema-valid codebook for what the schema cannot express. */
function semanticProblems(value: JsonObject): string[] {
  const problems: string[] = [];
  const codebook = value as unknown as Codebook;
  const duplicates = (ids: string[], field: string) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) problems.push(`"${field}" has the id "${id}" twice`);
      seen.add(id);
    }
  };
  codebook.sides.forEach((side, i) => {
    if ((RESERVED_SIDES as readonly string[]).includes(side.id))
      problems.push(`"sides[${i}].id" may not be "${side.id}": it is built in`);
  });
  duplicates(
    codebook.sides.map((s) => s.id),
    'sides',
  );
  codebook.topics.forEach((topic, i) => {
    if (topic.id === GENERAL_TOPIC)
      problems.push(`"topics[${i}].id" may not be "${GENERAL_TOPIC}": it is built in`);
  });
  duplicates(
    codebook.topics.map((t) => t.id),
    'topics',
  );
  duplicates(
    (codebook.series ?? []).map((s) => s.id),
    'series',
  );
  const languages = Object.keys(codebook.languages) as LanguageId[];
  // Every language with a part needs names for both parties, or no statement could get a side.
  for (const language of languages) {
    codebook.sides.forEach((side, i) => {
      if ((side.aliases[language] ?? []).length === 0)
        problems.push(
          `"sides[${i}].aliases.${language}" must not be empty: the codebook has a "${language}" part`,
        );
    });
    const part = codebook.languages[language] as LanguagePart;
    if ((codebook.joint?.[language] ?? []).length === 0 && (part.joint ?? []).length === 0)
      problems.push(
        `"joint.${language}" must not be empty when "languages.${language}.joint" is: the codebook has a "${language}" part`,
      );
    problems.push(...grammarProblems(language, part.grammar ?? {}));
    part.cues.forEach((cue, i) => {
      cue.patterns.forEach((pattern, j) => {
        if (pattern.trim().startsWith('...'))
          problems.push(
            `"languages.${language}.cues[${i}].patterns[${j}]" must start with a word (a verb lemma in English)`,
          );
      });
    });
  }
  codebook.topics.forEach((topic, i) => {
    for (const language of languages)
      if ((topic.terms[language] ?? []).length === 0 && languages.length === 1)
        problems.push(`"topics[${i}].terms.${language}" must not be empty`);
  });
  return problems;
}

/** Fills what a codebook may leave out, so the compilers see every field. */
function withDefaults(value: JsonObject, file: string): Codebook {
  const codebook = value as unknown as Codebook;
  const part = (raw: Partial<LanguagePart>): LanguagePart => ({
    pronouns: { joint: [], party: [], first: [], ...raw.pronouns },
    joint: raw.joint ?? [],
    predicates: {
      auxiliaries: [],
      adverbs: [],
      roles: [],
      groups: [],
      outcomes: [],
      openers: [],
      ...raw.predicates,
    },
    negation: raw.negation ?? [],
    cues: raw.cues ?? [],
    procedural: { phrases: [], subjects: [], verbs: [], ...raw.procedural },
    grammar: raw.grammar ?? {},
  });
  const languages: Codebook['languages'] = {};
  for (const id of LANGUAGE_IDS) {
    const raw = codebook.languages[id];
    if (raw) languages[id] = part(raw);
  }
  return {
    name: codebook.name ?? file,
    version: 2,
    sides: codebook.sides.map((side) => ({
      id: side.id,
      label: side.label ?? side.id,
      aliases: side.aliases ?? {},
      adjectives: side.adjectives ?? {},
      ...(side.capitalSurnames === true ? { capitalSurnames: true } : {}),
      ...(side.nameScript ? { nameScript: side.nameScript } : {}),
    })),
    joint: codebook.joint ?? {},
    pair: codebook.pair ?? {},
    topics: codebook.topics.map((topic) => ({
      id: topic.id,
      label: topic.label ?? topic.id,
      terms: topic.terms ?? {},
      ...(topic.fallback === true ? { fallback: true } : {}),
    })),
    series: (codebook.series ?? []).map((series) => ({ ...series, aliases: series.aliases ?? [] })),
    languages,
  };
}

/**
 * Every problem of parsed codebook JSON, each `"json.path" what is wrong`, or none: the shape
 * first; what a schema cannot say only once the shape is right.
 */
export function codebookProblems(value: Json): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return ['"(root)" must be an object'];
  const upgraded = isVersion1(value as JsonObject)
    ? upgradeVersion1(value as JsonObject)
    : (value as JsonObject);
  const shape = schemaProblems(upgraded);
  return shape.length > 0 ? shape : semanticProblems(upgraded);
}

/** The message of a codebook's problems, as one line naming the file. */
export function problemsMessage(file: string, problems: readonly string[]): string {
  return `${file}: codebook ${problems.length === 1 ? 'field' : `has ${problems.length} problems: field`} ${problems.join('; field ')}`;
}

/** Validates parsed codebook JSON; every problem is listed in one error naming the file. */
export function validateCodebook(value: Json, file: string): Codebook {
  const problems = codebookProblems(value);
  if (problems.length > 0) throw new DialogueStanceError('CODEBOOK_INVALID', problemsMessage(file, problems));
  return validatedCodebook(value, file);
}

/**
 * What validateCodebook returns, for JSON known to be valid: a codebook whose cache entry exists
 * (codebook/cache.ts) passed validation with this very schema and code, and skips ajv (whose
 * load and compile is most of a cached start-up).
 */
export function validatedCodebook(value: Json, file: string): Codebook {
  const object = value as JsonObject;
  return withDefaults(isVersion1(object) ? upgradeVersion1(object) : object, file);
}
