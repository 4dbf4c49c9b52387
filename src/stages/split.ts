// Clause splitting: a sentence is cut at a coordinator (", and", ";", ", while", "although", a bare
// comma before a new actor) where what follows is a clause with a subject of its own, a coordinated
// predicate with another stance, or a gapped clause ("..., and Japan by Minister X").
import type { Token } from '../nlp/tokens.js';
import { analyzeClause, type Clause, coordinatedPredicate, skipAdverbs } from './clauses.js';
import { findMentions } from './mentions.js';
import { type Reading, readClause, type SentenceScope, slice } from './reading.js';

const COORDINATORS = new Set(['and', 'but', 'while', 'whereas', 'whilst', 'although', 'though', ';']);
const COMPLEMENTIZERS = new Set(['that', 'whether', 'which', 'how', 'what', 'where', 'who']);

export interface ClauseSpan {
  /** Token range [from, to). */
  from: number;
  to: number;
  /** The reading of the clause before, for a coordinated predicate with no subject of its own. */
  inherited?: Reading;
  /** A gapped clause ("..., and Japan by Minister X"): the reading whole, the verb left out. */
  gapped?: Reading;
}

export function coordinatorLength(tokens: readonly Token[], at: number): number {
  const token = tokens[at];
  if (!token) return 0;
  if (token.text === ',' && COORDINATORS.has(tokens[at + 1]?.lower ?? '')) return 2;
  return COORDINATORS.has(token.lower) ? 1 : 0;
}

/**
 * "The EU was represented by A, and Japan by B": after the connective, another side followed by
 * "by" and no verb repeats the clause before with its own actor. Returns that reading, or undefined.
 */
function gappedClause(scope: SentenceScope, from: number, left: Reading): Reading | undefined {
  const [mention] = findMentions(scope.tokens, scope.codebook, from);
  if (
    !mention ||
    mention.start !== from ||
    mention.alias.kind !== 'party' ||
    mention.alias.side === left.side
  )
    return undefined;
  if (scope.tokens[mention.end]?.lower !== 'by') return undefined;
  return {
    ...left,
    side: mention.alias.side,
    actor: slice(scope, mention.start, mention.end),
    unknownActor: '',
  };
}

/** Does the reading stress the importance of something ("pointed out the importance of")? */
const emphasis = (reading: Reading): boolean => /\bimportance\b/.test(reading.cuePattern);

/** Cuts a sentence's tokens into clause spans. */
export function splitClauses(scope: SentenceScope): ClauseSpan[] {
  const { tokens, codebook } = scope;
  // "MIC and DG CONNECT will ...": an "and" between two actors joins a subject, not clauses.
  const mentions = findMentions(tokens, codebook);
  const mentionEnds = new Set(mentions.map((m) => m.end));
  const mentionStarts = new Set(mentions.map((m) => m.start));
  const joinsActors = (b: number) =>
    tokens[b]?.lower === 'and' && mentionEnds.has(b) && mentionStarts.has(b + 1);
  const spans: ClauseSpan[] = [];
  let current: ClauseSpan = { from: 0, to: tokens.length };
  for (let b = 1; b < tokens.length; b++) {
    // ", and" / "while" / ";" — or a bare comma before a new actor ("..., the Japanese side raised ...").
    const bareComma = tokens[b]?.text === ',' && coordinatorLength(tokens, b) === 0;
    const length = bareComma ? 1 : coordinatorLength(tokens, b);
    if (length === 0 || (length === 1 && joinsActors(b))) continue;
    const left = analyzeClause(tokens, codebook, current.from, b);
    if (!left.predicate && !current.inherited) continue;
    const rightFrom = skipAdverbs(tokens, codebook, b + length);
    const right = analyzeClause(tokens, codebook, rightFrom, tokens.length, { embedded: true });
    if (bareComma && !(right.predicate && right.mentions.length > 0 && right.subjectStart === rightFrom))
      continue;
    const leftReading = readClause(scope, left, b, current.inherited);
    // "although", "while" and "but" end the complement; "and" continues it.
    const inComplement =
      tokens[b + length - 1]?.lower === 'and' &&
      tokens.slice(left.predicate?.start ?? b, b).some((t) => COMPLEMENTIZERS.has(t.lower));
    let split = false;
    let inherited: Reading | undefined;
    const coordinated = bareComma ? null : coordinatedPredicate(tokens, codebook, rightFrom, tokens.length);
    if (coordinated) {
      // "..., and concurred to B": the same actor, split only where the stance changes.
      const clause: Clause = {
        openerEnd: rightFrom,
        subjectStart: rightFrom,
        predicate: coordinated,
        mentions: [],
      };
      const rightReading = readClause(scope, clause, tokens.length, leftReading);
      // "Both sides pointed out the importance of A, and concurred to B": stressing importance and
      // agreeing are two acts even where both count as concurring.
      split = rightReading.stance !== leftReading.stance || emphasis(rightReading) !== emphasis(leftReading);
      inherited = leftReading;
    } else if (right.predicate && !(right.mentions.length === 0 && inComplement)) {
      // A clause with a subject of its own is a statement of its own where the actor changes
      // ("MIC introduced A, and Japanese companies presented B") or its stance does; two
      // agentless passives of one stance ("trends were reviewed, and views were exchanged") are one.
      const rightReading = readClause(scope, right, tokens.length);
      // A semicolon always separates two statements ("Opinions were exchanged; however, no
      // agreement was reached").
      split =
        tokens[b]?.text === ';' ||
        rightReading.side !== leftReading.side ||
        rightReading.stance !== leftReading.stance ||
        rightReading.basis !== leftReading.basis ||
        rightReading.actor.toLowerCase() !== leftReading.actor.toLowerCase();
    }
    const gapped = split || bareComma ? undefined : gappedClause(scope, rightFrom, leftReading);
    if (!split && !gapped) continue;
    // A comma or semicolon ends the clause before it; a connective ("and") opens the next one.
    const cut = /^[,;]$/.test(tokens[b]?.text ?? '') ? b + 1 : b;
    spans.push({ ...current, to: cut });
    current = {
      from: cut,
      to: tokens.length,
      ...(inherited ? { inherited } : {}),
      ...(gapped ? { gapped } : {}),
    };
    b = cut;
  }
  spans.push(current);
  return spans;
}
