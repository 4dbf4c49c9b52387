// Stage: body blocks -> sentence spans. A regex scan with an abbreviation list: at ~100 MB/s it
// costs nothing, and press releases are regular enough that a full parser buys no accuracy here.
import type { Block, DocumentStructure, Sentence, Span } from '../types.js';
import { foldWhitespace, isBodyBlock } from './structure/index.js';

/** Words that end with a full stop without ending the sentence (lower-cased, without the stop). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'h.e',
  'amb',
  'gen',
  'sen',
  'rep',
  'gov',
  'st',
  'jr',
  'sr',
  'no',
  'nos',
  'vol',
  'art',
  'arts',
  'para',
  'paras',
  'p',
  'pp',
  'fig',
  'figs',
  'ch',
  'sec',
  'ed',
  'eds',
  'e.g',
  'i.e',
  'cf',
  'vs',
  'viz',
  'al',
  'approx',
  'est',
  'dept',
  'div',
  'co',
  'corp',
  'inc',
  'ltd',
  'u.s',
  'u.k',
  'u.n',
  'e.u',
  'u.s.a',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mon',
  'tue',
  'wed',
  'thu',
  'fri',
  'sat',
  'sun',
  'a.m',
  'p.m',
  'ver',
  'op',
]);

// A candidate end: terminal punctuation, closing quotes or brackets, then whitespace.
const CANDIDATE_END = /[.!?。](?:["'”’)\]]*)(?=\s+|$)/g;
// What may open the next sentence.
const OPENS_SENTENCE = /^\s+["'“‘([]?[\p{Lu}\p{N}•・]/u;

function isAbbreviation(text: string, stopIndex: number): boolean {
  const before = text.slice(0, stopIndex);
  const word = /([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase() ?? '';
  if (word === '') return false;
  if (ABBREVIATIONS.has(word)) return true;
  // A single capital letter is an initial ("J. Smith"), not a sentence; "5G." and "6G." end one.
  return /(?:^|[^\p{L}\p{N}])\p{Lu}$/u.test(before);
}

/** Sentence spans inside `span` of `text`: trimmed, disjoint, in order, covering every non-space. */
export function splitSentences(text: string, span: Span): Span[] {
  const piece = text.slice(span.start, span.end);
  const spans: Span[] = [];
  let start = 0;
  for (const match of piece.matchAll(CANDIDATE_END)) {
    const end = match.index + match[0].length;
    const rest = piece.slice(end);
    if (rest.trim() !== '' && !OPENS_SENTENCE.test(rest)) continue;
    if (match[0][0] === '.' && isAbbreviation(piece, match.index)) continue;
    pushTrimmed(piece, start, end, span.start, spans);
    start = end;
  }
  pushTrimmed(piece, start, piece.length, span.start, spans);
  return spans;
}

function pushTrimmed(piece: string, start: number, end: number, offset: number, into: Span[]): void {
  const slice = piece.slice(start, end);
  const lead = slice.length - slice.trimStart().length;
  const trimmed = slice.trim();
  if (trimmed === '') return;
  into.push({ start: offset + start + lead, end: offset + start + lead + trimmed.length });
}

export function segmentSentences(text: string, structure: DocumentStructure): Sentence[] {
  const sentences: Sentence[] = [];
  structure.blocks.forEach((block: Block, blockIndex) => {
    if (!isBodyBlock(block)) return;
    for (const span of splitSentences(text, block.content)) {
      sentences.push({
        index: sentences.length + 1,
        span,
        text: foldWhitespace(text.slice(span.start, span.end)),
        section: block.section,
        block: blockIndex,
      });
    }
  });
  return sentences;
}
