// A researcher's search pattern (kwic) matched as the codebook matches cues: the first word in
// every inflection ("raise" finds "raised", "raising") or number ("issue" finds "issues"), the
// words after it in either number, "|" between alternatives ("issue|concern") and "..." for up to
// CUE_GAP (model.ts) words between, not across a comma or a full stop ("raise ... issue").
import type { Phrase, PhraseMatcher } from '../types.js';
import { matchSlots } from './cues.js';
import { inflect } from './inflect.js';
import type { CueSlot, EnglishCue, EnglishModel } from './model.js';
import { singular } from './stem.js';
import { tokenize } from './tokens.js';

interface PatternSlot {
  gap: boolean;
  /** Lower-cased alternatives. */
  words: string[];
}

/** The pattern's slots: "raise ... issue|concern" -> raise, (gap) issue|concern. */
function slotsOf(pattern: string): PatternSlot[] {
  const slots: PatternSlot[] = [];
  let gap = false;
  for (const part of pattern.trim().split(/\s+/)) {
    if (part === '...') {
      gap = slots.length > 0;
      continue;
    }
    const alternatives = part.split('|').filter((word) => word !== '');
    // A word the tokenizer cuts ("Japan's") is matched token by token, like the text.
    const words = alternatives.length === 1 ? tokenize(part).map((t) => [t.lower]) : [alternatives];
    words.forEach((group, i) => {
      slots.push({ gap: gap && i === 0, words: group.map((word) => word.toLowerCase()) });
    });
    gap = false;
  }
  return slots;
}

export function englishPattern(model: EnglishModel, pattern: string): PhraseMatcher<Phrase> {
  const [first, ...rest] = slotsOf(pattern);
  const phrase: Phrase = { text: pattern };
  if (!first) return { at: () => undefined };
  const forms = new Set(
    first.words.flatMap((word) => [
      word,
      ...inflect(word, model.grammar.verbForms[word] ?? []).map((form) => form.text),
    ]),
  );
  const singulars = new Set(first.words.map(singular));
  const slots: CueSlot[] = rest.map(({ gap, words }) => ({
    gap,
    word: { singulars: new Set(words.map(singular)) },
  }));
  const cue: EnglishCue = {
    stance: 'other',
    whenSingle: 'other',
    whenNegated: 'other',
    whenNone: 'other',
    mutual: false,
    pattern,
    lemma: first.words[0] ?? '',
    order: 0,
    slots,
  };
  return {
    at(tokens, at, to = tokens.length) {
      const token = tokens[at];
      if (!token || at >= to || !(forms.has(token.lower) || singulars.has(token.norm))) return undefined;
      const end = slots.length === 0 ? at + 1 : matchSlots(cue, tokens, at, to);
      return end < 0 || end > to ? undefined : { phrase, end };
    },
  };
}
