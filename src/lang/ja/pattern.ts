// A researcher's search pattern (kwic) matched as the codebook matches cues: each word on
// characters aligned with the segmenter's words (phrases.ts), "|" between alternatives and "..."
// for up to CUE_GAP words between (「懸念 ... 表明|示し」).
import type { Phrase, PhraseMatcher } from '../types.js';
import { CUE_GAP } from './model.js';
import { japaneseMatcher } from './phrases.js';

export function japanesePattern(pattern: string): PhraseMatcher<Phrase> {
  const phrase: Phrase = { text: pattern };
  const slots: { gap: boolean; matcher: PhraseMatcher<Phrase> }[] = [];
  let gap = false;
  for (const part of pattern.trim().split(/\s+/)) {
    if (part === '...') {
      gap = slots.length > 0;
      continue;
    }
    const words = part.split('|').filter((word) => word !== '');
    slots.push({ gap, matcher: japaneseMatcher(words.map((text) => ({ text }))) });
    gap = false;
  }
  return {
    at(tokens, at, to = tokens.length) {
      let end = at;
      for (const { gap, matcher } of slots) {
        const last = gap ? Math.min(to - 1, end + CUE_GAP) : end;
        let found: number | undefined;
        for (let j = end; j <= last && found === undefined; j++) found = matcher.at(tokens, j, to)?.end;
        if (found === undefined) return undefined;
        end = found;
      }
      return slots.length === 0 ? undefined : { phrase, end };
    },
  };
}
