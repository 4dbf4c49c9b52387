// A seeded pseudo-random generator, so that a bootstrap interval or a Monte Carlo p-value printed in a
// report can be reproduced to the last digit from its seed. Math.random cannot be seeded.
//
// mulberry32 (Tommy Ettinger, 2017; public domain): 32 bits of state advanced by a Weyl step
// (+0x6D2B79F5), each output a bijective mix of the state. Period 2^32, passes gjrand and PractRand to
// several GB: ample for resampling a few thousand rows a few thousand times, and small enough to read
// and to port (R, Python) when someone wants to check a figure.
import { DialogueStanceError } from '../errors.js';

/** Returns a generator of uniform numbers in [0, 1); the same seed gives the same sequence. */
export function mulberry32(seed: number): () => number {
  if (!Number.isSafeInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new DialogueStanceError(
      'OPTION_INVALID',
      `seed ${seed} is not a whole number from 0 to 4294967295`,
    );
  }
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A uniform whole number from 0 to n − 1; the bias of floor(u·n), below n / 2^32, is nil for row counts. */
export function randomIndex(random: () => number, n: number): number {
  return Math.floor(random() * n);
}
