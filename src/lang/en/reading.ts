// The reading of one English clause: the facts of its actor and cue, and the side and stance
// stages/decide gives them. The clause splitter compares neighbouring readings to decide its cuts,
// and the readings of the clauses it keeps are the statements': each clause is read once.

import { type Decision, decide } from '../../stages/decide/index.js';
import type { ActorFacts, CueFacts, ReadingContext, Token } from '../types.js';
import { actorFacts, labelSide, objectActionAt, partnersWith, togetherWith } from './actor.js';
import type { Clause } from './clauses.js';
import { matchCue } from './cues.js';
import { findMentions, type Vocabulary } from './mentions.js';
import { isTitle } from './people.js';
import { longestPhraseAt } from './phrases.js';

export interface Reading extends Decision {
  facts: { actor: ActorFacts; cue: CueFacts };
  /** The lemma of the cue that decided the stance, or "". */
  cueLemma: string;
  /** The cue pattern that matched ("point out ... importance|..."), or "". */
  cuePattern: string;
  /** Tokens from the end of any opener to the predicate: the actor, whose title the topic ignores. */
  actorFrom: number;
  actorTo: number;
}

/** Everything one sentence's analysis needs, so the helpers below take one argument. */
export interface SentenceScope {
  text: string;
  tokens: readonly Token[];
  vocabulary: Vocabulary;
  parties: readonly string[];
}

export function slice(scope: SentenceScope, from: number, to: number): string {
  const first = scope.tokens[from];
  const last = scope.tokens[to - 1];
  return first && last ? scope.text.slice(first.start, last.end) : '';
}

/**
 * Is the object at `at` a person: an honorific and a name ("Mr. SUGINO Atsushi"), or a person or
 * title the document or codebook knows ("Commissioner Lindqvist"), and not their possessive ("Mr.
 * Sato's initiative")?
 */
function greetsPerson(scope: SentenceScope, at: number, to: number): boolean {
  const { tokens, vocabulary } = scope;
  const { grammar } = vocabulary.model;
  let i = at;
  while (i < to && (grammar.honorifics.has(tokens[i]?.lower ?? '') || tokens[i]?.text === '.')) i++;
  const titleAt = () => {
    const [mention] = findMentions(tokens, vocabulary, i, to);
    return mention?.start === i && isTitle(mention, vocabulary.model);
  };
  const person =
    i > at
      ? /^\p{Lu}/u.test(tokens[i]?.text ?? '')
      : longestPhraseAt(vocabulary.people, tokens, i) !== undefined || titleAt();
  if (!person) return false;
  // The name runs to a comma, "and" or the clause's end; a possessive in it owns what follows.
  for (let j = i; j < to && tokens[j]?.text !== ',' && tokens[j]?.lower !== 'and'; j++)
    if (/^['’]s$/u.test(tokens[j]?.text ?? '')) return false;
  return true;
}

/** Side and stance of `clause`, whose tokens end at `to`, in `context`. */
export function readClause(
  scope: SentenceScope,
  clause: Clause,
  to: number,
  context: ReadingContext,
  inherited?: Pick<Reading, 'side' | 'actor'>,
): Reading {
  const { tokens, vocabulary } = scope;
  const { model } = vocabulary;
  const predicate = clause.predicate;
  const passiveSubject = predicate?.passive ? ([clause.subjectStart, predicate.start] as const) : undefined;
  // A copula may carry the cue itself: "The two sides were of the view that ...".
  const cueAt = predicate ? (predicate.verb >= 0 ? predicate.verb : predicate.start) : -1;
  const matched = predicate ? matchCue(model, tokens, cueAt, to, passiveSubject) : null;
  // "welcomed Mr. SUGINO and his delegation": greeting a person is hosting, whatever the cue says.
  const match =
    matched && model.grammar.greetingVerbs.has(matched.cue.lemma) && greetsPerson(scope, cueAt + 1, to)
      ? {
          ...matched,
          cue: {
            ...matched.cue,
            stance: 'other' as const,
            whenSingle: 'other' as const,
            whenNone: 'other' as const,
          },
        }
      : matched;
  // "No agreement was reached": the negation stands in the passive's subject.
  const negated =
    predicate !== null &&
    (predicate.negated ||
      (passiveSubject !== undefined && tokens.slice(...passiveSubject).some((t) => t.lower === 'no')));
  // "It was agreed / confirmed that ...": an agreement nobody is named for is the joint outcome.
  const outcome =
    match !== null && !negated && match.cue.stance === 'concurred' && model.outcomes.has(match.cue.lemma);
  const found = inherited
    ? { basis: 'inherited' as const, sides: [], text: inherited.actor, inherited: inherited.side }
    : actorFacts({ clause, tokens, text: scope.text, vocabulary, outcome, to });
  let actor = found;
  if (!predicate && found.basis === 'none') {
    const label = labelSide(tokens, vocabulary, clause.subjectStart);
    if (label) actor = { ...found, basis: 'label', sides: [label] };
  }
  const predicateText = predicate
    ? slice(scope, predicate.start, Math.max(predicate.verb, predicate.start) + 1)
    : '';
  const actorFrom = clause.openerEnd;
  const actorTo = predicate ? predicate.start : clause.openerEnd;
  // Partners and joint adverbs are the clause's own up to an infinitive after its cue: "conveyed
  // its intention to build ... together with the EU" is the first person's alone.
  const ownTo = predicate ? objectActionAt(tokens, vocabulary, predicate.verb + 1, to) : to;
  const partners = predicate ? partnersWith(tokens, scope.text, vocabulary, predicate.verb + 1, ownTo) : [];
  // "Together we agreed ...": the first person with the other party.
  if (actor.basis === 'first-person' || actor.firstPerson) {
    const other = scope.parties.find((party) => party !== context.publisher) ?? null;
    const together = togetherWith(
      tokens,
      vocabulary,
      clause.openerEnd,
      ownTo,
      context.publisher ? other : null,
    );
    if (together) partners.push(together);
    // "We confirmed that both sides will cooperate ...": agreeing on what both sides will do is
    // done with the other side.
    const jointObject =
      predicate !== null &&
      match?.cue.stance === 'concurred' &&
      findMentions(tokens, vocabulary, predicate.verb + 1, to).some((m) => m.alias.kind === 'joint');
    if (!together && jointObject && context.publisher && other) partners.push({ side: other, text: '' });
  }
  const facts = {
    actor: { ...actor, partners, from: actorFrom, to: actorTo, unknown: '' },
    cue: {
      cue: match?.cue ?? null,
      negated: match !== null && negated,
      passive: predicate?.passive ?? false,
      text: match && predicate ? slice(scope, predicate.negated ? predicate.start : cueAt, match.end) : '',
      predicate: predicateText,
    },
  };
  const decision = decide(facts, context, scope.parties);
  // An active predicate whose short subject names no side: a candidate alias for the codebook.
  const subjectLength = predicate ? predicate.start - clause.subjectStart : 0;
  if (
    decision.basis === 'none' &&
    predicate &&
    !predicate.passive &&
    predicate.verb >= 0 &&
    subjectLength > 0 &&
    subjectLength <= 8
  )
    facts.actor.unknown = slice(scope, clause.subjectStart, predicate.start);
  return {
    ...decision,
    facts,
    cueLemma: match?.cue.lemma ?? '',
    cuePattern: match?.cue.pattern ?? '',
    actorFrom,
    actorTo,
  };
}
