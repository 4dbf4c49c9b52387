// Word tokens with their offsets. Hyphenated compounds stay one token ("Japan-EU", "co-chair"),
// which is what keeps "Japan" in "Japan-EU cooperation" from being read as an actor.

export interface Token {
  /** The token as written. */
  text: string;
  /** Lower-cased, curly apostrophe folded. */
  lower: string;
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{N}&]+(?:[-.'][\p{L}\p{N}&]+)*|['’]s(?![\p{L}\p{N}])|\S/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const raw = match[0];
    tokens.push({
      text: raw,
      lower: raw.toLowerCase().replace(/’/g, "'"),
      start: offset + match.index,
      end: offset + match.index + raw.length,
    });
  }
  return tokens;
}

export const isWord = (token: Token | undefined): boolean =>
  token !== undefined && /[\p{L}\p{N}]/u.test(token.text);
