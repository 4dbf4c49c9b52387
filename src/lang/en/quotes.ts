// Quotations in English releases: 'Commissioner X said: "...".', '"...," said Secretary Y.',
// '"...," he said.' A quotation is its speaker's statement (docs/ANNOTATION.md), however many
// sentences it runs over; this finds each one in a paragraph with the words that name its speaker.
// Which side those words name is the caller's business (the codebook's aliases and the people the
// document introduced).

import type { Span } from '../../types.js';
import { escapeRegExp } from '../grammar.js';

export interface QuoteSpan {
  /** The quotation, marks included. */
  start: number;
  end: number;
  /** The words naming the speaker ("Executive Vice-President Elena Marković", "he"). */
  speaker: Span;
  /** The text is only the attribution ("Minister X said:"): the quotation is the next paragraphs. */
  opensParagraphs: boolean;
  /** No attribution of its own: it goes on from the attributed quotation right before it. */
  continued?: boolean;
}

/** Shorter quoted text is a name or a phrase ("Economic "2+2"", "Data Free Flow with Trust"). */
const MIN_QUOTE_WORDS = 4;

/** The longest run of words a speaker's name and title may take. */
const SPEAKER_WORDS = 12;

/** How far before a quotation its attribution ("Commissioner X said:") may start. */
const LOOK_BACK = 300;

/** Opening and closing marks: curly pairs, guillemets (« »), and straight quotes opened after a space or colon. */
const OPENING = /[“"‘«]/gu;
const CLOSING: Record<string, string> = { '“': '”', '"': '"', '‘': '’', '«': '»' };

/** The words naming a speaker: up to SPEAKER_WORDS words, none closing a sentence or a quotation. */
export const SPEAKER_NAME = `[^\\s.;:!?"“”«»]+(?:\\s+[^\\s.;:!?"“”«»]+){0,${SPEAKER_WORDS - 1}}`;

export function quoteFinder(speechVerbs: readonly string[]): (text: string) => QuoteSpan[] {
  const verbs = speechVerbs.map(escapeRegExp).join('|');
  const name = SPEAKER_NAME;
  // '..." said Commissioner X.' / '..." Commissioner X said.' (a comma, if any, inside or after).
  const after = new RegExp(
    `^\\s*(?:,\\s*)?(?:(?:${verbs})\\s+(${name}?)(?=\\s*[.,;]|\\s*$)|(${name}?)\\s+(?:${verbs})\\b)`,
    'u',
  );
  // 'Commissioner X said: "...' / 'Commissioner X said that "...' / 'Commissioner X said, "...'.
  const before = new RegExp(`(?:^|[.!?]\\s+)(${name})\\s+(?:${verbs})(?:\\s+that)?\\s*(?:[:,]\\s*)?$`, 'u');

  const introduces = new RegExp(`^\\s*(${name})\\s+(?:${verbs})(?:\\s+that)?\\s*:\\s*$`, 'u');

  return (text) => {
    const alone = introduces.exec(text);
    if (alone?.[1]) {
      const start = alone[0].indexOf(alone[1]);
      return [
        {
          start: 0,
          end: text.length,
          speaker: { start, end: start + alone[1].length },
          opensParagraphs: true,
        },
      ];
    }
    const found: QuoteSpan[] = [];
    // Where the last attributed quotation and its attribution end: a quotation right after it
    // ('"...," said Director-General X. "I am pleased that ..."') goes on in the same voice.
    let lastEnd = -1;
    for (let at = 0; at < text.length; ) {
      OPENING.lastIndex = at;
      const open = OPENING.exec(text);
      if (!open) break;
      const mark = open[0];
      // A straight or single quote opens only after a space, a bracket, a colon or the start.
      if (mark !== '“' && mark !== '«' && open.index > 0 && !/[\s(:]/u.test(text[open.index - 1] as string)) {
        at = open.index + 1;
        continue;
      }
      const close = text.indexOf(CLOSING[mark] as string, open.index + 1);
      if (close < 0) break;
      const end = close + 1;
      const inner = text.slice(open.index + 1, close);
      at = end;
      if (inner.trim().split(/\s+/).length < MIN_QUOTE_WORDS) continue;
      // A quotation closes a sentence or clause ('...,"' '..."', '...", said'); a quoted name in
      // running text ('the "Data Free Flow with Trust" initiative and Japan noted ...') does not.
      const closes = /[,.!?]$/u.test(inner.trimEnd()) || text[end] === ',';
      const following = closes ? after.exec(text.slice(end)) : null;
      // The attribution stands right before the mark: look back no further than a sentence or so,
      // so that many quotations in one long paragraph stay linear.
      const from = Math.max(0, open.index - LOOK_BACK);
      const preceding = before.exec(text.slice(from, open.index));
      let speaker: Span | null = null;
      let attributionEnd = end;
      if (following) {
        const words = following[1] ?? following[2] ?? '';
        const from = end + following[0].indexOf(words, following[0].search(/\S/u));
        speaker = { start: from, end: from + words.length };
        attributionEnd = end + following[0].length;
      } else if (preceding?.[1]) {
        const start = from + preceding.index + preceding[0].indexOf(preceding[1]);
        speaker = { start, end: start + preceding[1].length };
      } else {
        const last = found.at(-1);
        // '"We are," said X, "and we will ..."': a comma may part the two as well.
        if (last && lastEnd >= 0 && /^[\s.,;]*$/u.test(text.slice(lastEnd, open.index)))
          speaker = last.speaker;
      }
      if (speaker) {
        const continued = !following && !preceding?.[1];
        found.push({
          start: open.index,
          end,
          speaker,
          opensParagraphs: false,
          ...(continued ? { continued } : {}),
        });
        lastEnd = attributionEnd;
      }
    }
    return found;
  };
}
