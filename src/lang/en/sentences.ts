// English sentence ends: terminal punctuation followed by what may open a sentence, unless the
// stop ends an abbreviation ("Mr.", "e.g.", "No. 5") or an initial ("J. Smith"). One pass over the
// block, each test looking at a bounded window around the stop, so the time is linear in the text.
import type { Span } from '../../types.js';
import { pushTrimmed } from '../spans.js';
import type { EnglishGrammar } from './grammar.js';

// A candidate end: terminal punctuation, closing quotes or brackets, then whitespace or the end.
const CANDIDATE_END = /[.!?。](?:["'”’)\]]*)(?=\s|$)/g;
// What may open the next sentence, from the end of a candidate.
const OPENS_SENTENCE = /\s+["'“‘([]?[\p{Lu}\p{N}•・]/uy;
const SPACE_TO_END = /\s*$/y;
/** An abbreviation is at most this long; the word before a stop is looked for within it. */
const LONGEST_WORD = 12;

function isAbbreviation(grammar: EnglishGrammar, text: string, stopIndex: number): boolean {
  const from = Math.max(0, stopIndex - LONGEST_WORD - 1);
  const window = text.slice(from, stopIndex);
  const word = /([\p{L}.]+)$/u.exec(window)?.[1]?.toLowerCase() ?? '';
  if (word === '') return false;
  // A word that fills the window runs on before it: longer than any abbreviation.
  const whole = word.length < window.length || from === 0;
  if (whole && grammar.abbreviations.has(word)) return true;
  if (whole && grammar.dateAbbreviations.has(word))
    return /^\.\s*\d/.test(text.slice(stopIndex, stopIndex + 4));
  // A single capital letter is an initial ("J. Smith"), not a sentence; "5G." and "6G." end one.
  return /(?:^|[^\p{L}\p{N}])\p{Lu}$/u.test(text.slice(Math.max(0, stopIndex - 2), stopIndex));
}

function opensSentence(piece: string, at: number): boolean {
  SPACE_TO_END.lastIndex = at;
  if (SPACE_TO_END.test(piece)) return true;
  OPENS_SENTENCE.lastIndex = at;
  return OPENS_SENTENCE.test(piece);
}

/** Sentence spans inside `span` of `text`: trimmed, disjoint, in order, covering every non-space. */
export function splitEnglishSentences(grammar: EnglishGrammar, text: string, span: Span): Span[] {
  const piece = text.slice(span.start, span.end);
  const spans: Span[] = [];
  let start = 0;
  for (const match of piece.matchAll(CANDIDATE_END)) {
    const end = match.index + match[0].length;
    if (!opensSentence(piece, end)) continue;
    if (match[0][0] === '.' && isAbbreviation(grammar, piece, match.index)) continue;
    pushTrimmed(piece, start, end, span.start, spans);
    start = end;
  }
  pushTrimmed(piece, start, piece.length, span.start, spans);
  return spans;
}
