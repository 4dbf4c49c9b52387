// Word tokens with their offsets. Hyphenated compounds stay one token ("Japan-EU", "co-chair"),
// which is what keeps "Japan" in "Japan-EU cooperation" from being read as an actor.
import { singular } from './stem.js';

export interface Token {
  /** The token as written. */
  text: string;
  /** Lower-cased, curly apostrophe folded. */
  lower: string;
  /** `lower` in the singular ("issues" -> "issue"), for matching terms across number. */
  norm: string;
  /** Lookup keys for phrase indexes (exact text, lower case, singular), made once per token. */
  keys: readonly [string, string, string];
  start: number;
  end: number;
}

// An apostrophe joins "didn't" but not the possessive "'s", which is a token of its own.
const TOKEN =
  /[\p{L}\p{N}&]+(?:[-.][\p{L}\p{N}&]+|'(?!s(?![\p{L}\p{N}]))[\p{L}\p{N}&]+)*|['’]s(?![\p{L}\p{N}])|\S/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const raw = match[0];
    const lower = raw.toLowerCase().replace(/’/g, "'");
    tokens.push({
      text: raw,
      lower,
      norm: singular(lower),
      keys: [`x:${raw}`, `l:${lower}`, `s:${singular(lower)}`],
      start: offset + match.index,
      end: offset + match.index + raw.length,
    });
  }
  return tokens;
}

export const isWord = (token: Token | undefined): boolean =>
  token !== undefined && /[\p{L}\p{N}]/u.test(token.text);
