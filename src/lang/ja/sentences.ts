// Japanese sentence ends: 。！？ outside brackets (a quotation 「…。」 or a note （…。） does not end
// the sentence around it). A list item's lines are sentences of their own: items are written
// without 。 one per line.
import type { Span } from '../../types.js';
import { pushTrimmed } from '../spans.js';
import type { JapaneseGrammar } from './grammar.js';

export function splitJapaneseSentences(
  grammar: JapaneseGrammar,
  text: string,
  span: Span,
  item = false,
): Span[] {
  const spans: Span[] = [];
  let start = span.start;
  let depth = 0;
  for (let i = span.start; i < span.end; i++) {
    const char = text[i] as string;
    if (grammar.openBrackets.has(char)) depth++;
    else if (grammar.closeBrackets.has(char)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && grammar.sentenceEnds.has(char)) {
      // Closing brackets and quotes right after the stop belong to the sentence.
      let end = i + 1;
      while (end < span.end && grammar.closeBrackets.has(text[end] as string)) end++;
      pushTrimmed(text, start, end, 0, spans);
      start = end;
      i = end - 1;
    } else if (char === '\n' || char === '\r') {
      // A bracket left open does not run on past its line.
      depth = 0;
      if (item) {
        pushTrimmed(text, start, i, 0, spans);
        start = i + 1;
      }
    }
  }
  pushTrimmed(text, start, span.end, 0, spans);
  return spans;
}
