// Clause grammar for report sentences, kept shallow on purpose: these summaries say
// "[opener,] ACTOR [adverb] PREDICATE object" again and again, so a subject region before the first
// finite predicate, plus the codebook's aliases, finds the actor without a full parser.
import type { Token } from '../types.js';
import { opensHeadCount } from './grammar.js';
import type { VerbForm } from './inflect.js';
import { findMentions, type Mention, type Vocabulary } from './mentions.js';
import type { EnglishModel } from './model.js';
import { phraseAt } from './phrases.js';

export interface Predicate {
  /** Token index where the predicate starts (an auxiliary or the verb). */
  start: number;
  /** Token index of the main verb, or -1 for a copula ("is to deepen ..."). */
  verb: number;
  passive: boolean;
  /** A negation stands in the predicate ("did not agree", "never agreed"). */
  negated: boolean;
}

export interface Clause {
  /** First token after an opening phrase ("Regarding X,"), or the clause's first token. */
  openerEnd: number;
  /** First token of the subject region (after any opening phrase). */
  subjectStart: number;
  predicate: Predicate | null;
  /** Mentions inside the subject region. */
  mentions: Mention[];
}

export function verbFormsOf(
  model: EnglishModel,
  token: Token | undefined,
): { lemma: string; form: VerbForm }[] {
  return token ? (model.verbForms.get(token.lower) ?? []) : [];
}

const hasForm = (forms: { form: VerbForm }[], ...wanted: VerbForm[]) =>
  forms.some((f) => wanted.includes(f.form));

/** Skips adverbs ("also", "in turn") and returns the next index. */
export function skipAdverbs(
  tokens: readonly Token[],
  model: EnglishModel,
  at: number,
  to = tokens.length,
): number {
  let i = at;
  while (i < to) {
    const length =
      phraseAt(model.adverbs, tokens, i) ||
      (tokens[i]?.lower === ',' && tokens[i + 1] && phraseAt(model.adverbs, tokens, i + 1) ? 1 : 0);
    if (length === 0) break;
    i += length;
  }
  return i;
}

/** Could the token at `i` start a finite predicate? Returns its kind. */
function predicateKind(
  tokens: readonly Token[],
  model: EnglishModel,
  i: number,
  mentionEnds: ReadonlySet<number>,
  /** Where pronouns end ("we", "I"): whatever word follows them is their verb ("We spent ..."). */
  pronounEnds: ReadonlySet<number> = new Set(),
): 'aux' | 'verb' | 'unknown-verb' | null {
  const token = tokens[i];
  if (!token) return null;
  const before = tokens[i - 1]?.lower ?? '';
  // Auxiliaries are lower case mid-sentence: "from May 2018" is a month, not a modal.
  if (model.auxiliaries.has(token.lower) && (token.text === token.lower || i === 0))
    return before === 'to' ? null : 'aux';
  // "The two sides never agreed": a negation opens the predicate.
  if (
    phraseAt(model.negation, tokens, i) > 0 &&
    hasForm(verbFormsOf(model, tokens[i + 1]), 'past', 'present', 'base')
  )
    return 'aux';
  if (model.grammar.determiners.has(before) || before === 'to') return null;
  const forms = verbFormsOf(model, token);
  if (hasForm(forms, 'past', 'present')) return 'verb';
  // A bare form ("Both sides agree") or an unknown past ("elaborated") counts right after an actor.
  const afterActor =
    mentionEnds.has(i) ||
    mentionEnds.has(backOverAdverbs(tokens, model, i)) ||
    afterAside(tokens, model, i, mentionEnds);
  if (afterActor && hasForm(forms, 'base')) return 'verb';
  // A verb the codebook does not know, in the past ("elaborated"), or in the third person right
  // after a common-noun actor ("the EU side ponders"; not "NICT laboratories").
  // After an appositive ("Mr. X, Director-General of DG CONNECT, opened ...") the actor ends earlier.
  const afterAppositive = before === ',' && [...mentionEnds].some((end) => end < i - 1);
  if ((afterActor || afterAppositive) && /^\p{Ll}{3,}ed$/u.test(token.text)) return 'unknown-verb';
  const afterPronoun = pronounEnds.has(i) || pronounEnds.has(backOverAdverbs(tokens, model, i));
  // "We and our Japanese partners agreed": a coordinator after the pronoun carries the subject on.
  const { prepositions, mentionCoordinators } = model.grammar;
  if (
    afterPronoun &&
    /^\p{Ll}{2,}$/u.test(token.text) &&
    !prepositions.has(token.lower) &&
    !mentionCoordinators.has(token.lower)
  )
    return 'unknown-verb';
  if (mentionEnds.has(i) && /^\p{Ll}+$/u.test(tokens[i - 1]?.text ?? '') && /^\p{Ll}{3,}s$/u.test(token.text))
    return 'unknown-verb';
  return null;
}

/** Tokens an aside between a subject and its verb may have. */
const ASIDE_TOKENS = 12;

/**
 * Does `i` follow an aside that follows an actor: "Japan and the EU, as close partners sharing
 * fundamental values, reaffirm ...", the aside opened by a word of grammar.json `asideOpeners`?
 */
function afterAside(
  tokens: readonly Token[],
  model: EnglishModel,
  i: number,
  mentionEnds: ReadonlySet<number>,
): boolean {
  if (tokens[i - 1]?.text !== ',') return false;
  for (let j = i - 2; j > 0 && i - j <= ASIDE_TOKENS; j--) {
    if (tokens[j]?.text !== ',') continue;
    return mentionEnds.has(j) && model.grammar.asideOpeners.has(tokens[j + 1]?.lower ?? '');
  }
  return false;
}

/** The start of a run of adverbs that ends right before `i`. */
function backOverAdverbs(tokens: readonly Token[], model: EnglishModel, i: number): number {
  let start = i;
  for (let j = i - 1; j >= 0 && i - j <= 3; j--) {
    if (skipAdverbs(tokens, model, j, i) === i) start = j;
  }
  return start;
}

/** Main verb, voice and negation of the predicate that starts at `start`. */
function readPredicate(tokens: readonly Token[], model: EnglishModel, start: number, to: number): Predicate {
  let i = start;
  let negated = false;
  let sawBe = false;
  let sawAux = false;
  while (i < to) {
    const token = tokens[i];
    if (!token) break;
    const negation = phraseAt(model.negation, tokens, i);
    if (negation > 0) {
      negated = true;
      i += negation;
      continue;
    }
    if (model.auxiliaries.has(token.lower)) {
      sawAux = true;
      if (model.grammar.be.has(token.lower)) sawBe = true;
      i++;
      continue;
    }
    const afterAdverbs = skipAdverbs(tokens, model, i, to);
    if (afterAdverbs > i) {
      i = afterAdverbs;
      continue;
    }
    break;
  }
  const verb = tokens[i];
  const forms = verbFormsOf(model, verb);
  const isVerb = forms.length > 0 || (verb !== undefined && /^\p{Ll}{3,}ed$/u.test(verb.text) && sawAux);
  if (!isVerb) return { start, verb: sawAux ? -1 : i, passive: false, negated };
  const passive = sawBe && (hasForm(forms, 'participle') || /ed$|en$/.test(verb?.lower ?? ''));
  return { start, verb: i, passive, negated };
}

/** Index after an opening phrase ("Regarding X,", "In response,"), or `from` if there is none. */
export function openerEnd(tokens: readonly Token[], model: EnglishModel, from: number, to: number): number {
  const label = speakerLabelEnd(tokens, model, from, to);
  if (label > from) return label;
  if (phraseAt(model.openers, tokens, from) === 0) return from;
  for (let i = from; i < to; i++) if (tokens[i]?.text === ',') return i + 1;
  return from;
}

/** A speaker's label is this short: "Minister:", "Reporter:", "Director-General Viola:". */
const SPEAKER_LABEL_WORDS = 4;

/**
 * "Minister: The EU side presented ...", "Reporter: There are reports ...": a transcript's speaker
 * label before a sentence of its own (one with a finite verb) is no part of the subject. Returns
 * where the sentence starts, or `from`. A participant line ("Japanese side: Mr. X, Vice-Minister")
 * has no finite verb and keeps its label.
 */
export function speakerLabelEnd(
  tokens: readonly Token[],
  model: EnglishModel,
  from: number,
  to: number,
): number {
  // Only the label's few words are looked at: this runs for every clause read.
  let colon = -1;
  for (let i = from + 1; i <= Math.min(from + SPEAKER_LABEL_WORDS, to - 1) && colon < 0; i++)
    if (tokens[i]?.text === ':') colon = i;
  if (colon < 0 || colon + 1 >= to || !/^\p{Lu}/u.test(tokens[colon + 1]?.text ?? '')) return from;
  const finite = tokens
    .slice(colon + 1, to)
    .some((t) => hasForm(verbFormsOf(model, t), 'past', 'present') && !/^\p{Lu}/u.test(t.text));
  return finite ? colon + 1 : from;
}

/** Does the token open a subject naming people: an honorific, a role ("Director-General"), a head count? */
function opensPeople(model: EnglishModel, token: Token | undefined): boolean {
  if (!token) return false;
  return (
    model.grammar.honorifics.has(token.lower) ||
    model.roles.has(token.lower.replace(/s$/, '')) ||
    opensHeadCount(model.grammar, token.text)
  );
}

/**
 * The subject before a predicate at `verbAt`: from the clause start, or, after an opening phrase
 * (`afterOpener` >= 0), from the nearest comma that leaves a subject: "In her opening remarks,
 * Ms. X, Director, DG CONNECT, emphasized" skips the empty region after the appositive's comma.
 * A verb that is no auxiliary needs a side mention in its subject to count as the predicate.
 */
function subjectRegion(
  tokens: readonly Token[],
  model: EnglishModel,
  mentions: readonly Mention[],
  afterOpener: number,
  from: number,
  verbAt: number,
  kind: 'aux' | 'verb' | 'unknown-verb',
): { start: number; mentions: Mention[] } | null {
  // After an opener, the widest region first ("On Tuesday, November 19, MIC and the DG ..., Content
  // and Technology (DG CONNECT) co-chaired": both parties); narrower ones when it starts wrong.
  const starts: number[] = [];
  if (afterOpener < 0) starts.push(from);
  else {
    starts.push(afterOpener);
    for (let j = afterOpener; j < verbAt; j++) if (tokens[j]?.text === ',') starts.push(j + 1);
  }
  for (const start of starts) {
    if (start >= verbAt || tokens[start]?.text === ',') continue;
    if (model.grammar.relatives.has(tokens[start]?.lower ?? '')) continue;
    // "noting that it will ...": a participle opens an add-on, not a subject.
    if (/^\p{Ll}+ing$/u.test(tokens[start]?.text ?? '')) continue;
    const inRegion = mentions.filter((m) => m.start >= start && m.end <= verbAt);
    // A side named only in a phrase ("cooperation among organizations in Japan and the EU held
    // ...") makes no subject: that verb is a participle of the object.
    const acting = inRegion.filter((m) => !m.oblique || m.governedBy === 'of' || m.governedBy === 'from');
    // A person or a head count is a subject too, named or not: "..., and Ms. Claire Dubois headed
    // the delegation", "..., and more than 60 participants attended".
    const people =
      opensPeople(model, tokens[start]) && tokens[verbAt + 1]?.lower !== model.grammar.agentPreposition;
    if (kind !== 'aux' && acting.length === 0 && !people) continue;
    return { start, mentions: inRegion };
  }
  return null;
}

const QUOTE_END = /^["”’']$/;

/**
 * A quotation, then the reporting verb and its speaker: '"... shared projects," said
 * Director-General Kovač.' The speaker (a side mention within a few title words) is the subject.
 */
function quotedSpeaker(
  tokens: readonly Token[],
  vocabulary: Vocabulary,
  from: number,
  to: number,
): Clause | null {
  const { model } = vocabulary;
  for (let verb = from + 1; verb < to; verb++) {
    const closes =
      QUOTE_END.test(tokens[verb - 1]?.text ?? '') ||
      (tokens[verb - 1]?.text === ',' && QUOTE_END.test(tokens[verb - 2]?.text ?? ''));
    if (!closes || !hasForm(verbFormsOf(model, tokens[verb]), 'past', 'present')) continue;
    for (let at = verb + 1; at < Math.min(to, verb + 5); at++) {
      const [speaker] = findMentions(tokens, vocabulary, at, to);
      if (speaker?.start === at) {
        return {
          openerEnd: from,
          subjectStart: verb + 1,
          predicate: readPredicate(tokens, model, verb, to),
          mentions: [speaker],
        };
      }
      if (!/^(?:the|\p{Lu}[\p{L}-]*)$/u.test(tokens[at]?.text ?? '')) break;
    }
  }
  return null;
}

/**
 * Finds the subject region and predicate of the clause in tokens[from, to). `embedded` is for a
 * clause after "and": its subject must be short and comma-free, or it is an object list instead.
 */
export function analyzeClause(
  tokens: readonly Token[],
  vocabulary: Vocabulary,
  from: number,
  to: number,
  { embedded = false } = {},
): Clause {
  const { model } = vocabulary;
  const { grammar } = model;
  const afterOpener = openerEnd(tokens, model, from, to);
  const mentions = findMentions(tokens, vocabulary, from, to);
  const mentionEnds = new Set(mentions.map((m) => m.end));
  const pronounEnds = new Set(
    mentions
      .filter((m) => m.alias.kind === 'first-person' || m.alias.kind === 'pronoun')
      // "their cooperation": a possessive is no subject.
      .filter((m) => !grammar.determiners.has(tokens[m.end - 1]?.lower ?? ''))
      .map((m) => m.end),
  );
  // "the United States": a word inside an actor's name is never its predicate.
  const inName = new Set(
    mentions.flatMap((m) => Array.from({ length: m.end - m.start }, (_, k) => m.start + k)),
  );
  const inverted = quotedSpeaker(tokens, vocabulary, afterOpener, to);
  if (inverted) return inverted;
  // First a predicate whose subject names a side (or an auxiliary's); in a main clause, failing
  // that, any finite cue verb after a short subject ("The delegation explained ..."), so that the
  // stance is still read and the unknown actor reported.
  const passes = embedded ? [true] : [true, false];
  for (const strict of passes) {
    let depth = 0;
    for (let i = afterOpener; i < to; i++) {
      const text = tokens[i]?.text ?? '';
      if (text === '(') depth++;
      if (text === ')') depth = Math.max(0, depth - 1);
      // "The Digital Partnership, which was launched in 2022, is ...": not the relative clause's verb.
      if (depth > 0 || inName.has(i) || grammar.relatives.has(tokens[i - 1]?.lower ?? '')) continue;
      const kind = predicateKind(tokens, model, i, mentionEnds, pronounEnds);
      if (!kind) continue;
      const opener = afterOpener > from ? afterOpener : -1;
      const subject = subjectRegion(tokens, model, mentions, opener, from, i, strict ? kind : 'aux');
      if (!subject) continue;
      // An embedded subject is short and has no comma, unless it is a person whose appositive the
      // commas set off ("..., and Mr. OKADA Ken, State Minister, also attended").
      const person = grammar.honorifics.has(tokens[subject.start]?.lower ?? '');
      const region = tokens.slice(subject.start, i);
      const commas = region.some((t) => t.text === ',');
      const semicolon = region.some((t) => t.text === ';');
      // "Fairness of Specified Digital Platforms and asked how the EU rules would ...": a finite verb
      // inside an embedded region shows it is no subject but the end of another clause.
      const finite = (): boolean =>
        region.some(
          (t, k) =>
            hasForm(verbFormsOf(model, t), 'past') &&
            !grammar.determiners.has(tokens[subject.start + k - 1]?.lower ?? ''),
        );
      const long =
        region.length > (person ? 16 : 12) || (commas && !person) || semicolon || (embedded && finite());
      if ((embedded || !strict) && long) continue;
      return {
        openerEnd: afterOpener,
        subjectStart: subject.start,
        predicate: readPredicate(tokens, model, i, to),
        mentions: subject.mentions,
      };
    }
  }
  return { openerEnd: afterOpener, subjectStart: afterOpener, predicate: null, mentions: [] };
}

/** Words a list item may have between two of its commas ("5G, AI, and ..."). */
const LIST_ITEM_TOKENS = 3;

/**
 * A list item after a lead-in that names its actor ("On trust services, the co-chairs:" then
 * "recognise that ...;", "intend to complete ..."): the item opens with its verb, in a finite form
 * or the plural present. Its predicate, or null when it opens with anything else.
 */
export function leadingPredicate(
  tokens: readonly Token[],
  model: EnglishModel,
  to: number,
): Predicate | null {
  const i = skipAdverbs(tokens, model, 0, to);
  const forms = verbFormsOf(model, tokens[i]);
  const modal =
    model.auxiliaries.has(tokens[i]?.lower ?? '') && !model.grammar.be.has(tokens[i]?.lower ?? '');
  if (!modal && !hasForm(forms, 'base', 'present', 'past')) return null;
  return readPredicate(tokens, model, i, to);
}

/** A coordinated predicate with no subject of its own: "..., and concurred to B". */
export function coordinatedPredicate(
  tokens: readonly Token[],
  model: EnglishModel,
  from: number,
  to: number,
): Predicate | null {
  const i = skipAdverbs(tokens, model, from, to);
  const token = tokens[i];
  if (!token) return null;
  const forms = verbFormsOf(model, token);
  const modal = model.auxiliaries.has(token.lower) && !model.grammar.be.has(token.lower);
  // "..., while expressing interest in B": after a connective, a participle is a predicate too
  // (a bare ", noting that ..." stays an add-on of its clause).
  const afterConnective = model.grammar.participleConnectives.has(tokens[from - 1]?.lower ?? '');
  // "..., and intend to hold", "..., and welcome the progress": the plural present of a joint text,
  // after a comma and a coordinator, followed by "to" or a determiner. Never a noun ending a list
  // ("its policies on 5G, AI, and support to start-ups": a comma shortly before is a list's) nor
  // one inside a coordinated noun phrase ("research and development programmes").
  const { clauseCoordinators, determiners, infinitiveMarker } = model.grammar;
  const afterList = tokens
    .slice(Math.max(0, from - 2 - LIST_ITEM_TOKENS), from - 2)
    .some((t) => t.text === ',');
  const presentAfterComma =
    tokens[from - 2]?.text === ',' &&
    !afterList &&
    clauseCoordinators.has(tokens[from - 1]?.lower ?? '') &&
    hasForm(forms, 'base') &&
    /^\p{Ll}+$/u.test(token.text) &&
    (tokens[i + 1]?.lower === infinitiveMarker || determiners.has(tokens[i + 1]?.lower ?? ''));
  if (
    !modal &&
    !hasForm(forms, 'past') &&
    !(afterConnective && hasForm(forms, 'gerund')) &&
    !presentAfterComma
  )
    return null;
  return readPredicate(tokens, model, i, to);
}
