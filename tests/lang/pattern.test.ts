// CompiledLanguage.patternMatcher: a user's search pattern matched as the codebook matches cues.
import { describe, expect, it } from 'vitest';
import { loadCodebook } from '../../src/codebook/load.js';
import type { LanguageId } from '../../src/lang/types.js';

const codebook = loadCodebook().compiled;

/** The words each match covers, left to right, matches not overlapping. */
function matches(lang: LanguageId, pattern: string, text: string): string[] {
  const language = codebook.language(lang);
  const tokens = language.tokenize(text, 0);
  const matcher = language.patternMatcher(pattern);
  const found: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    const match = matcher.at(tokens, i);
    if (!match) {
      i++;
      continue;
    }
    found.push(text.slice(tokens[i]?.start, tokens[match.end - 1]?.end));
    i = match.end;
  }
  return found;
}

describe('English patterns', () => {
  it.each<[string, string, string, string[]]>([
    [
      'a lemma in every inflection',
      'raise',
      'Japan raised it; the EU raises it; raising it.',
      ['raised', 'raises', 'raising'],
    ],
    [
      'an irregular verb',
      'give ... presentation',
      'The EU gave a presentation and gives talks.',
      ['gave a presentation'],
    ],
    [
      'lemma and the next word',
      'raise issues',
      'Japan raised issues and raises issue with it.',
      ['raised issues', 'raises issue'],
    ],
    ['the next word is no lemma', 'raise issues', 'Japan raised concerns.', []],
    [
      'a gap of up to four words',
      'raise ... issue',
      'Japan raised several very serious issues.',
      ['raised several very serious issues'],
    ],
    ['not across a comma', 'raise ... issue', 'Japan raised it, and issues remain.', []],
    [
      'alternatives',
      'raise ... issue|concern',
      'Japan raised concerns and raised issues.',
      ['raised concerns', 'raised issues'],
    ],
    ['a noun in either number', 'platform', 'Platforms and the platform.', ['Platforms', 'platform']],
    ['any case', 'data', 'DATA, Data and data.', ['DATA', 'Data', 'data']],
    ['a phrase', 'Data Act', 'the Data Act and the data act', ['Data Act', 'data act']],
    ['whole words only', 'act', 'the Act, not the actor or acting', ['Act', 'acting']],
  ])('%s: %s in %s', (_name, pattern, text, expected) => {
    expect(matches('en', pattern, text)).toEqual(expected);
  });
});

describe('Japanese patterns', () => {
  it.each<[string, string, string, string[]]>([
    ['a word', '懸念', 'EU側は懸念を示した。日本側も懸念を表明した。', ['懸念', '懸念']],
    ['on word boundaries', '説明', '説明があった。', ['説明']],
    ['a gap', '懸念 ... 表明', '日本側は負担への懸念を改めて表明した。', ['懸念を改めて表明']],
    ['alternatives after a gap', '懸念 ... 表明|示し', '懸念を示した。', ['懸念を示し']],
    ['full-width letters fold', 'EU側', 'ＥＵ側から説明があった。', ['ＥＵ側']],
  ])('%s: %s in %s', (_name, pattern, text, expected) => {
    expect(matches('ja', pattern, text)).toEqual(expected);
  });
});
