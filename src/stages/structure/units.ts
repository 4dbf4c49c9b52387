// The text cut into units the classifier looks at: for plain text, its non-blank lines; for HTML
// and Markdown, the blocks the markup declared. Each unit carries its trimmed span.
import type { BlockHint, Span } from '../../types.js';

export interface Unit {
  span: Span;
  /** The unit's text (the slice of `span`). */
  text: string;
  /** What the markup said the unit is, if anything. */
  hint?: BlockHint;
  /** Blank lines (or a block boundary) before this unit. */
  blankBefore: boolean;
  /** Leading indentation of the line, in characters (plain text only). */
  indent: number;
}

const LINE = /[^\r\n]*(?:\r\n|\r|\n|$)/g;

export function lineUnits(text: string): Unit[] {
  const units: Unit[] = [];
  let blankBefore = true;
  for (const match of text.matchAll(LINE)) {
    const raw = match[0];
    if (raw === '') break;
    const body = raw.replace(/[\r\n]+$/, '');
    const leading = body.length - body.trimStart().length;
    const trimmed = body.trim();
    if (trimmed === '') {
      blankBefore = true;
      continue;
    }
    const start = match.index + leading;
    units.push({ span: { start, end: start + trimmed.length }, text: trimmed, blankBefore, indent: leading });
    blankBefore = false;
  }
  return units;
}

export function hintUnits(text: string, hints: readonly BlockHint[]): Unit[] {
  return hints.map((hint) => ({
    span: hint.span,
    text: text.slice(hint.span.start, hint.span.end),
    hint,
    blankBefore: true,
    indent: 0,
  }));
}
