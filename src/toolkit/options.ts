// Option values of the toolkit's commands, checked here rather than by commander so that a bad
// value is a coded error: one line on stderr and exit 2, as for a bad input or codebook.
import { DialogueStanceError } from '../errors.js';

const invalid = (message: string): never => {
  throw new DialogueStanceError('OPTION_INVALID', message);
};

/** A whole number of at least `min`, as given to `option`. */
export function wholeNumber(value: string, option: string, min = 0): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) < min || !Number.isSafeInteger(Number(value)))
    invalid(`${option} must be a whole number of ${min} or more, not ${JSON.stringify(value)}`);
  return Number(value);
}

/** An inclusive range of meeting numbers. */
export interface MeetingRange {
  from: number;
  to: number;
}

/** "12" or "10..14" (either end may be left open: "..14", "10.."). */
export function meetingRange(value: string, option: string): MeetingRange {
  const match = /^(\d*)\s*(?:(\.\.)\s*(\d*))?$/.exec(value.trim());
  if (!match || (match[1] === '' && (match[3] ?? '') === ''))
    return invalid(`${option} must be a meeting number or a range A..B, not ${JSON.stringify(value)}`);
  const from = match[1] === '' ? 0 : Number(match[1]);
  const to = match[2] === undefined ? from : match[3] === '' ? Number.POSITIVE_INFINITY : Number(match[3]);
  if (to < from) invalid(`${option} ${value}: the range ends before it starts`);
  return { from, to };
}

export const inRange = (range: MeetingRange, meeting: number | null): boolean =>
  meeting !== null && meeting >= range.from && meeting <= range.to;

/** One of `allowed`, as given to `option`. */
export function oneOf<T extends string>(value: string, allowed: readonly T[], option: string): T {
  if (!(allowed as readonly string[]).includes(value))
    invalid(`${option} must be one of ${allowed.join(', ')}, not ${JSON.stringify(value)}`);
  return value as T;
}
