// The layout rules every extractor result obeys, and its blocks as [kind, text, level?].
import { expect } from 'vitest';
import type { ExtractedText } from '../../src/ingest/html.js';
import type { BlockHint } from '../../src/types.js';

export type Expected = [kind: BlockHint['kind'], text: string, level?: number];

/** The blocks as [kind, text, level?], read through the hints, after checking the layout rules. */
export function blocks(result: ExtractedText): Expected[] {
  const { text, hints } = result;
  if (text === '') {
    expect(hints).toEqual([]);
    return [];
  }
  expect(text.endsWith('\n')).toBe(true);
  expect(text).toBe(`${text.trim()}\n`);
  // One hint per block, in order: the blocks between blank lines are exactly the hint slices.
  const lines = text.slice(0, -1).split('\n\n');
  expect(hints.map((hint) => text.slice(hint.span.start, hint.span.end))).toEqual(lines);
  let previousEnd = 0;
  for (const hint of hints) {
    expect(hint.span.start).toBeGreaterThanOrEqual(previousEnd);
    expect(hint.span.end).toBeGreaterThan(hint.span.start);
    previousEnd = hint.span.end;
    const slice = text.slice(hint.span.start, hint.span.end);
    expect(slice).toBe(slice.trim());
    expect(slice).not.toMatch(/\s{2}|\n/);
  }
  return hints.map((hint) => {
    const slice = text.slice(hint.span.start, hint.span.end);
    return hint.level === undefined ? [hint.kind, slice] : [hint.kind, slice, hint.level];
  });
}
