// What every interval of the statistics module is, and the checks its functions share. A bad argument
// is a coded error, not NaN: a figure computed from NaN would be printed and believed.
import { DialogueStanceError } from '../errors.js';

/** A two-sided confidence interval, low <= high. */
export interface Interval {
  low: number;
  high: number;
}

/** 95%, the level every report of the project uses unless told otherwise. */
export const DEFAULT_CONFIDENCE = 0.95;

export function checkConfidence(confidence: number): number {
  if (!(confidence > 0 && confidence < 1)) {
    throw new DialogueStanceError('OPTION_INVALID', `confidence ${confidence} is not between 0 and 1`);
  }
  return confidence;
}

/** A count: a non-negative safe integer. `what` names it in the message. */
export function checkCount(value: number, what: string): number {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new DialogueStanceError('STATS_INVALID', `${what} ${value} is not a whole number >= 0`);
  }
  return value;
}
