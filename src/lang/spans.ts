// Span helpers every language's sentence splitter shares.
import type { Span } from '../types.js';

/** Adds the trimmed span of piece[start, end) (offset by `offset`), if it holds anything but whitespace. */
export function pushTrimmed(piece: string, start: number, end: number, offset: number, into: Span[]): void {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(piece[from] ?? '')) from++;
  while (to > from && /\s/.test(piece[to - 1] ?? '')) to--;
  if (from < to) into.push({ start: offset + from, end: offset + to });
}
