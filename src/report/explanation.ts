// Why a statement got its side, stance and topic, in words: the text `explain` prints and the
// review page shows on hover. Built from `Statement.why`, which the stages fill as they decide.
import { escapeRegExp } from '../lang/grammar.js';
import type { AliasPhrase } from '../lang/types.js';
import type { AnalyzedDocument, Statement } from '../types.js';

export interface ExplanationLines {
  side: string;
  stance: string;
  topic: string;
  /** Where the clause was cut from the one before, or "" for a sentence's first clause. */
  cut: string;
  /** The person the document introduced whom the actor's words name, or "" (needs `people`). */
  person: string;
}

/** What a document taught the reader beyond the codebook, for the lines that need it. */
export interface ExplanationContext {
  /** People the document introduces (CompiledLanguage.learn), with their sides. */
  people?: readonly AliasPhrase[];
}

const quote = (words: string) => `"${words.replace(/\s+/g, ' ').trim()}"`;
const list = (sides: readonly string[]) => [...new Set(sides)].join(' and ');

function sideLine(statement: Statement): string {
  const { actor } = statement.why;
  const { side } = statement;
  switch (actor.basis) {
    case 'subject':
      return `${side}: the subject ${quote(actor.words)} names ${list(actor.sides)}`;
    case 'agent':
      return `${side}: the passive's agent ${quote(actor.words)} names ${list(actor.sides)}`;
    case 'pronoun':
      return `${side}: ${quote(actor.words)} refers back to ${side}${actor.refersTo === null ? '' : ` (sentence ${actor.refersTo})`}`;
    case 'first-person':
      return `${side}: ${quote(actor.words)} is the publisher's side`;
    case 'inherited':
      return `${side}: shares the actor of the clause before${actor.words ? ` (${quote(actor.words)})` : ''}`;
    case 'joint-outcome':
      return `${side}: an agreement with no actor named is the joint outcome`;
    case 'label':
      return `${side}: a participant line under ${list(actor.sides)}, or a clause done on that side${actor.words ? ` (${quote(actor.words)})` : ''}`;
    case 'quote':
      return `${side}: a quotation of its speaker ${quote(actor.words)}`;
    case 'question':
      return `${side}: a question asserts nothing, whoever it names`;
    default:
      return `${side}: no side acts in this clause`;
  }
}

function stanceLine(statement: Statement): string {
  const { cue } = statement.why;
  if (statement.why.actor.basis === 'quote' && !(cue && statement.stance !== 'explained'))
    return `${statement.stance}: a quotation presents its speaker's view`;
  if (!cue) return `${statement.stance}: no codebook cue at the predicate`;
  const pattern = `(cue ${quote(cue.pattern)}${cue.lemma && cue.lemma !== cue.pattern ? `, lemma ${cue.lemma}` : ''})`;
  if (cue.negated) return `${statement.stance}: ${quote(cue.words)} is negated ${pattern}`;
  return `${statement.stance}: ${quote(cue.words)} ${pattern}`;
}

function topicLine(statement: Statement): string {
  const { topic } = statement.why;
  const terms = Object.entries(topic.terms)
    .map(([id, words]) => `${id} ${words.map(quote).join(', ')}`)
    .join('; ');
  const also = terms ? `; its words: ${terms}` : '';
  switch (topic.source) {
    case 'section':
      return `${statement.topic}: the heading ${quote(topic.heading)}${also}`;
    case 'words':
      return `${statement.topic}: its words: ${terms}`;
    case 'paragraph':
      return `${statement.topic}: the topic its paragraph opened with${also}`;
    case 'document':
      return `${statement.topic}: the meeting's series or title${also}`;
    default:
      return `${statement.topic}: no topic term in its heading, words, paragraph or title${also}`;
  }
}

/** The longest learnt name in the actor's words: whole words where it is written in Latin letters. */
function personLine(statement: Statement, people: readonly AliasPhrase[]): string {
  const words = statement.why.actor.words;
  if (!words) return '';
  const named = people
    .filter((person) => {
      const name = escapeRegExp(person.text.replace(/\s+/g, ' ').trim());
      const bounded = /^[\p{Script=Latin}\s.'-]+$/u.test(person.text)
        ? `(?<![\\p{L}\\p{N}])${name}(?![\\p{L}\\p{N}])`
        : name;
      return name !== '' && new RegExp(bounded, 'iu').test(words.replace(/\s+/g, ' '));
    })
    .sort((a, b) => b.text.length - a.text.length)[0];
  return named ? `${quote(named.text)} is a person this document introduces, on the ${named.side} side` : '';
}

export function explainStatement(statement: Statement, context: ExplanationContext = {}): ExplanationLines {
  return {
    side: sideLine(statement),
    stance: stanceLine(statement),
    topic: topicLine(statement),
    cut: statement.why.cut ? `cut from the clause before at ${quote(statement.why.cut)}` : '',
    person: context.people ? personLine(statement, context.people) : '',
  };
}

/** Every statement of a document with its explanation, in order. */
export function explainDocument(
  document: AnalyzedDocument,
  context: ExplanationContext = {},
): { statement: Statement; lines: ExplanationLines }[] {
  return document.statements.map((statement) => ({ statement, lines: explainStatement(statement, context) }));
}
