// The Wilson score interval for a proportion k/n (Wilson 1927). Chosen over the textbook Wald interval
// p ± z·sqrt(p(1 − p)/n) because that one collapses to a point at 0/n and n/n — exactly where a tool
// that scores 24 of 24 sits — and its coverage falls far below 95% for small n (Brown, Cai and
// DasGupta 2001, who recommend Wilson). It is what R's prop.test gives without continuity correction.
import { DialogueStanceError } from '../errors.js';
import { checkConfidence, checkCount, DEFAULT_CONFIDENCE, type Interval } from './interval.js';
import { zForConfidence } from './normal.js';

export interface WilsonOptions {
  /** Two-sided level, default 0.95. Ignored when `z` is given. */
  confidence?: number;
  /** The critical value itself, e.g. 1.96 to match a textbook that rounds it. */
  z?: number;
}

/**
 * (p + z²/2n ± z·sqrt(p(1 − p)/n + z²/4n²)) / (1 + z²/n) with p = successes / trials. Null for no
 * trials: a proportion of nothing has no interval. The bounds are exactly 0 at 0/n and 1 at n/n.
 */
export function wilsonInterval(
  successes: number,
  trials: number,
  options: WilsonOptions = {},
): Interval | null {
  checkCount(successes, 'successes');
  checkCount(trials, 'trials');
  if (successes > trials) {
    throw new DialogueStanceError('STATS_INVALID', `successes ${successes} exceed trials ${trials}`);
  }
  if (trials === 0) return null;
  const z = options.z ?? zForConfidence(checkConfidence(options.confidence ?? DEFAULT_CONFIDENCE));
  if (!(z > 0 && Number.isFinite(z))) throw new DialogueStanceError('OPTION_INVALID', `z ${z} is not > 0`);
  const n = trials;
  const p = successes / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return {
    low: successes === 0 ? 0 : Math.max(0, centre - half),
    high: successes === trials ? 1 : Math.min(1, centre + half),
  };
}
