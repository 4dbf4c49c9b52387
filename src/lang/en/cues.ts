// The stance cue of an English clause: the most specific codebook cue that matches at the main
// verb ("raise ... issue" beats nothing; "point out ... importance" beats "point out").
import type { Token } from '../types.js';
import { verbFormsOf } from './clauses.js';
import { CUE_GAP, type EnglishCue, type EnglishModel } from './model.js';
import { matchesWord } from './phrases.js';

export interface CueMatch {
  cue: EnglishCue;
  /** Token index after the last matched word. */
  end: number;
}

/** Matches the cue's slots after the verb at `verb`; returns the end index or -1. */
export function matchSlots(cue: EnglishCue, tokens: readonly Token[], verb: number, to: number): number {
  let at = verb + 1;
  for (const slot of cue.slots) {
    const last = slot.gap ? Math.min(at + CUE_GAP, to - 1) : at;
    let found = -1;
    for (let i = at; i <= last; i++) {
      const token = tokens[i];
      if (token && /^[,;.]$/.test(token.text)) break;
      if (matchesWord(slot.word, token)) {
        found = i;
        break;
      }
    }
    if (found < 0) return -1;
    at = found + 1;
  }
  return at;
}

/**
 * In a passive the cue's object may be the subject: "Concerns were raised by the Japanese side".
 * Every slot word must then stand in the subject region [from, to).
 */
function slotsInSubject(
  cue: EnglishCue,
  tokens: readonly Token[],
  subject: readonly [number, number],
): boolean {
  const [from, to] = subject;
  return cue.slots.every((slot) => tokens.slice(from, to).some((token) => matchesWord(slot.word, token)));
}

export function matchCue(
  model: EnglishModel,
  tokens: readonly Token[],
  verb: number,
  to: number,
  passiveSubject?: readonly [number, number],
): CueMatch | null {
  let best: CueMatch | null = null;
  for (const { lemma } of verbFormsOf(model, tokens[verb])) {
    for (const cue of model.cuesByLemma.get(lemma) ?? []) {
      let end = matchSlots(cue, tokens, verb, to);
      if (end < 0 && passiveSubject && cue.slots.length > 0 && slotsInSubject(cue, tokens, passiveSubject))
        end = verb + 1;
      if (end < 0) continue;
      const better =
        !best ||
        cue.slots.length > best.cue.slots.length ||
        (cue.slots.length === best.cue.slots.length && cue.order < best.cue.order);
      if (better) best = { cue, end };
    }
  }
  return best;
}
