// Word tokens with their offsets. Hyphenated compounds stay one token ("Japan-EU", "co-chair"),
// which is what keeps "Japan" in "Japan-EU cooperation" from being read as an actor; their parts
// are kept beside them, since topics live inside compounds ("ICT-ISAC", "AI-based").
import type { Token } from '../types.js';
import { singular } from './stem.js';

// An apostrophe joins "didn't" but not the possessive "'s", which is a token of its own.
const TOKEN =
  /[\p{L}\p{N}&]+(?:[-.][\p{L}\p{N}&]+|'(?!s(?![\p{L}\p{N}]))[\p{L}\p{N}&]+)*|['’]s(?![\p{L}\p{N}])|\S/gu;

function token(raw: string, start: number): Token {
  const lower = raw.toLowerCase().replace(/’/g, "'");
  const norm = singular(lower);
  return {
    text: raw,
    lower,
    norm,
    start,
    end: start + raw.length,
  };
}

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const made = token(match[0], offset + match.index);
    if (made.text.includes('-')) made.parts = tokenize(made.text.replaceAll('-', ' '), made.start);
    tokens.push(made);
  }
  return tokens;
}

export const isWord = (token: Token | undefined): boolean =>
  token !== undefined && /[\p{L}\p{N}]/u.test(token.text);
