// The language of a document, from its script: a Japanese release is mostly kana and kanji, with
// some Latin letters for names and acronyms ("EU", "AI", "DG CONNECT"); an English one has next to
// none. Counting letters is enough to tell the two apart, and costs one pass over the text.
import type { LanguageId } from './types.js';

/** Above this share of kana and kanji among the letters, a text is Japanese. */
const JAPANESE_SHARE = 0.2;

export function detectLanguage(text: string): LanguageId {
  let japanese = 0;
  let letters = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (
      (code >= 0x3040 && code <= 0x30ff) ||
      (code >= 0x4e00 && code <= 0x9fff) ||
      (code >= 0x3400 && code <= 0x4dbf)
    ) {
      japanese++;
      letters++;
    } else if (code < 0x80 ? (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a : /\p{L}/u.test(char)) letters++;
  }
  return letters > 0 && japanese / letters > JAPANESE_SHARE ? 'ja' : 'en';
}
