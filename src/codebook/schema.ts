// The codebook as a user writes it (JSON), and its validation: a bad codebook is one error that
// names the file, the field and what is wrong, never a crash deep inside a stage.
import { DialogueStanceError } from '../errors.js';
import { STANCES, type Stance } from '../types.js';

export interface CodebookSide {
  id: string;
  label: string;
  /** "Japanese", "European": with each group noun ("experts", "side") they name the side too. */
  adjectives: string[];
  aliases: string[];
}

export interface CodebookCue {
  stance: Stance;
  /** Stance when a single party (not both) is the actor; defaults to `stance`. */
  whenSingle?: Stance;
  /** Stance when the cue is negated ("could not accept": raised_issues); defaults to `other`. */
  whenNegated?: Stance;
  /** "verb-lemma [word ...]": "explain", "give ... presentation|overview", "point out". */
  patterns: string[];
}

export interface CodebookTopic {
  id: string;
  label: string;
  terms: string[];
  /** Primary only when no other topic applies ("joint research" under no more specific topic). */
  fallback?: boolean;
}

export interface Codebook {
  name: string;
  version: number;
  sides: CodebookSide[];
  joint: { aliases: string[] };
  /** `joint` ("they") refer to both sides; `party` ("it") to the last single party that acted. */
  pronouns: { joint: string[]; party: string[] };
  predicates: {
    auxiliaries: string[];
    adverbs: string[];
    /** Person and body nouns: "the Director-General of DG CONNECT" acts for DG CONNECT's side. */
    roles: string[];
    /** Group nouns that a side's adjective makes an actor: "the Japanese experts", "EU officials". */
    groups: string[];
    /** Verb lemmas whose agentless passive is the joint outcome: "it was agreed", "it was confirmed". */
    outcomes: string[];
    openers: string[];
  };
  negation: string[];
  cues: CodebookCue[];
  topics: CodebookTopic[];
  /**
   * What marks a statement about the meeting itself rather than a topic: logistics phrases ("next
   * meeting", "will be held"), which make it `general`; meeting nouns as its subject ("The workshop
   * consisted of ...") and attendance verbs ("attended"), which keep it from inheriting a topic
   * from its paragraph or the document title.
   */
  procedural: { phrases: string[]; subjects: string[]; verbs: string[] };
}

/** Side ids the tool itself gives; a codebook party may not take them. */
export const RESERVED_SIDES = ['both', 'none'] as const;
export const GENERAL_TOPIC = 'general';
const ID = /^[a-z0-9][a-z0-9_-]*$/;

type Json = unknown;

class Checker {
  constructor(private readonly file: string) {}

  fail(field: string, problem: string): never {
    throw new DialogueStanceError('CODEBOOK_INVALID', `${this.file}: codebook field "${field}" ${problem}`);
  }

  object(value: Json, field: string): Record<string, Json> {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      this.fail(field, 'must be an object');
    return value as Record<string, Json>;
  }

  string(value: Json, field: string): string {
    if (typeof value !== 'string' || value.trim() === '') this.fail(field, 'must be a non-empty string');
    return value;
  }

  id(value: Json, field: string): string {
    const id = this.string(value, field);
    if (!ID.test(id)) this.fail(field, `must be a lower-case id (letters, digits, "-", "_"), not "${id}"`);
    return id;
  }

  strings(value: Json, field: string, { nonEmpty = true } = {}): string[] {
    if (!Array.isArray(value)) this.fail(field, 'must be a list of strings');
    if (nonEmpty && value.length === 0) this.fail(field, 'must not be empty');
    return value.map((item, i) => this.string(item, `${field}[${i}]`));
  }

  stance(value: Json, field: string): Stance {
    if (!STANCES.includes(value as Stance))
      this.fail(field, `must be one of ${STANCES.join(', ')}, not ${JSON.stringify(value)}`);
    return value as Stance;
  }

  unique(ids: readonly string[], field: string): void {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) this.fail(field, `has the id "${id}" twice`);
      seen.add(id);
    }
  }
}

export function validateCodebook(value: Json, file: string): Codebook {
  const check: Checker = new Checker(file);
  const root = check.object(value, '(root)');
  if (!Array.isArray(root.sides) || root.sides.length !== 2) {
    check.fail('sides', 'must list exactly two parties (the joint side "both" and "none" are built in)');
  }
  const sides = root.sides.map((raw: Json, i: number) => {
    const side = check.object(raw, `sides[${i}]`);
    const id = check.id(side.id, `sides[${i}].id`);
    if ((RESERVED_SIDES as readonly string[]).includes(id))
      check.fail(`sides[${i}].id`, `may not be "${id}": it is built in`);
    return {
      id,
      label: side.label === undefined ? id : check.string(side.label, `sides[${i}].label`),
      adjectives: check.strings(side.adjectives ?? [], `sides[${i}].adjectives`, { nonEmpty: false }),
      aliases: check.strings(side.aliases, `sides[${i}].aliases`),
    };
  });
  check.unique(
    sides.map((side) => side.id),
    'sides',
  );
  const joint = check.object(root.joint, 'joint');
  const predicates = check.object(root.predicates, 'predicates');
  const pronouns = check.object(root.pronouns ?? {}, 'pronouns');
  const procedural = check.object(root.procedural ?? {}, 'procedural');
  if (!Array.isArray(root.cues) || root.cues.length === 0) check.fail('cues', 'must be a non-empty list');
  const cues = root.cues.map((raw: Json, i: number) => {
    const cue = check.object(raw, `cues[${i}]`);
    const patterns = check.strings(cue.patterns, `cues[${i}].patterns`);
    patterns.forEach((pattern, j) => {
      if (pattern.trim().startsWith('...'))
        check.fail(`cues[${i}].patterns[${j}]`, 'must start with a verb lemma');
    });
    return {
      stance: check.stance(cue.stance, `cues[${i}].stance`),
      ...(cue.whenSingle === undefined
        ? {}
        : { whenSingle: check.stance(cue.whenSingle, `cues[${i}].whenSingle`) }),
      ...(cue.whenNegated === undefined
        ? {}
        : { whenNegated: check.stance(cue.whenNegated, `cues[${i}].whenNegated`) }),
      patterns,
    };
  });
  if (!Array.isArray(root.topics)) check.fail('topics', 'must be a list');
  const topics = root.topics.map((raw: Json, i: number) => {
    const topic = check.object(raw, `topics[${i}]`);
    const id = check.id(topic.id, `topics[${i}].id`);
    if (id === GENERAL_TOPIC) check.fail(`topics[${i}].id`, `may not be "${GENERAL_TOPIC}": it is built in`);
    if (topic.fallback !== undefined && typeof topic.fallback !== 'boolean')
      check.fail(`topics[${i}].fallback`, 'must be true or false');
    return {
      id,
      label: topic.label === undefined ? id : check.string(topic.label, `topics[${i}].label`),
      terms: check.strings(topic.terms, `topics[${i}].terms`),
      ...(topic.fallback === true ? { fallback: true } : {}),
    };
  });
  check.unique(
    topics.map((topic) => topic.id),
    'topics',
  );
  return {
    name: root.name === undefined ? file : check.string(root.name, 'name'),
    version: typeof root.version === 'number' ? root.version : 1,
    sides,
    joint: { aliases: check.strings(joint.aliases, 'joint.aliases') },
    pronouns: {
      joint: check.strings(pronouns.joint ?? [], 'pronouns.joint', { nonEmpty: false }),
      party: check.strings(pronouns.party ?? [], 'pronouns.party', { nonEmpty: false }),
    },
    predicates: {
      auxiliaries: check.strings(predicates.auxiliaries, 'predicates.auxiliaries'),
      adverbs: check.strings(predicates.adverbs ?? [], 'predicates.adverbs', { nonEmpty: false }),
      roles: check.strings(predicates.roles ?? [], 'predicates.roles', { nonEmpty: false }),
      groups: check.strings(predicates.groups ?? [], 'predicates.groups', { nonEmpty: false }),
      outcomes: check.strings(predicates.outcomes ?? [], 'predicates.outcomes', { nonEmpty: false }),
      openers: check.strings(predicates.openers ?? [], 'predicates.openers', { nonEmpty: false }),
    },
    negation: check.strings(root.negation ?? [], 'negation', { nonEmpty: false }),
    cues,
    topics,
    procedural: {
      phrases: check.strings(procedural.phrases ?? [], 'procedural.phrases', { nonEmpty: false }),
      subjects: check.strings(procedural.subjects ?? [], 'procedural.subjects', { nonEmpty: false }),
      verbs: check.strings(procedural.verbs ?? [], 'procedural.verbs', { nonEmpty: false }),
    },
  };
}
