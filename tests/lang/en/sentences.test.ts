import { describe, expect, it } from 'vitest';
import { englishGrammar } from '../../../src/lang/en/grammar.js';
import { splitEnglishSentences } from '../../../src/lang/en/sentences.js';
import type { Span } from '../../../src/types.js';

const grammar = englishGrammar();
const ABBREVIATIONS = grammar.abbreviations;
const splitSentences = (text: string, span: Span) => splitEnglishSentences(grammar, text, span);

/** The sentences of `text` taken as one block. */
function split(text: string): string[] {
  return splitSentences(text, { start: 0, end: text.length }).map((span) => text.slice(span.start, span.end));
}

describe('abbreviations and numbers do not end a sentence', () => {
  it.each<[string, string]>([
    ['"e.g.,"', 'Japan explained its plans, e.g., Research on 6G and Open RAN.'],
    ['"e.g." before a capital', 'Japan explained its plans, e.g. Beyond 5G research.'],
    ['"i.e."', 'The EU explained the Data Act, i.e. EU rules on data sharing.'],
    ['"U.S."', 'Japan explained its talks with the U.S. Government on 5G.'],
    ['"U.K."', 'The EU explained the U.K. position on data.'],
    ['"Mr."', 'Mr. Suzuki, Vice-Minister, explained the plan.'],
    ['"Mrs." and "Dr."', 'Mrs. Smith and Dr. Jones explained the plan.'],
    ['"Prof."', 'Prof. Tanaka gave a presentation.'],
    ['"H.E."', 'H.E. Ambassador Sato opened the meeting.'],
    ['"No. 5"', 'Japan explained Regulation No. 5 of the act.'],
    ['"No. 5" capitalised "NO."', 'Japan explained Ordinance NO. 5 of 2021.'],
    ['"Nov. 17"', 'Japan explained the plan of Nov. 17 in detail.'],
    ['"vs."', 'They compared Japan vs. EU approaches.'],
    ['"version 2.0"', 'Japan explained the Smart City Security Guidelines (version 2.0) in detail.'],
    ['"3.5 GHz"', 'Japan explained the 3.5 GHz band.'],
    ['"(6G)"', 'The Japanese side explained Beyond 5G (6G) research.'],
    ['an initial', 'Japan cited J. Smith on AI.'],
    ['a full stop inside a word', 'The EU explained the Living-in.EU initiative.'],
    ['a full stop before lower case', 'Japan explained the results, etc. and the EU agreed.'],
  ])('%s', (_name, text) => {
    expect(split(text)).toEqual([text]);
  });

  it.each<[string]>([['e.g'], ['i.e'], ['u.s'], ['mr'], ['no']])('%j is in the abbreviation list', (word) => {
    expect(ABBREVIATIONS.has(word)).toBe(true);
  });
});

describe('sentence ends', () => {
  it.each<[string, string, string[]]>([
    ['full stop', 'Japan explained AI. The EU agreed.', ['Japan explained AI.', 'The EU agreed.']],
    [
      'question and exclamation marks',
      'Did Japan agree? Yes! It did.',
      ['Did Japan agree?', 'Yes!', 'It did.'],
    ],
    [
      'a month written short ends a sentence unless a day follows ("Jun. 5")',
      'The JFTC was led by Mr SAKAMOTO Jun. The dialogue met on Jun. 5 in Tokyo.',
      ['The JFTC was led by Mr SAKAMOTO Jun.', 'The dialogue met on Jun. 5 in Tokyo.'],
    ],
    [
      'a number opens the next sentence',
      'Japan agreed. 5G was discussed.',
      ['Japan agreed.', '5G was discussed.'],
    ],
    [
      'after "(6G)."',
      'Japan explained Beyond 5G (6G). The EU agreed.',
      ['Japan explained Beyond 5G (6G).', 'The EU agreed.'],
    ],
    [
      'after "(version 2.0)."',
      'Japan explained it (version 2.0). The EU agreed.',
      ['Japan explained it (version 2.0).', 'The EU agreed.'],
    ],
    [
      'closing quote after the stop',
      'He said "Japan agreed." The EU agreed.',
      ['He said "Japan agreed."', 'The EU agreed.'],
    ],
    [
      'closing bracket after the stop',
      'Japan explained it (see the annex.) The EU agreed.',
      ['Japan explained it (see the annex.)', 'The EU agreed.'],
    ],
    [
      'opening quote on the next sentence',
      'Japan agreed. “The EU agreed.”',
      ['Japan agreed.', '“The EU agreed.”'],
    ],
    [
      'opening bracket on the next sentence',
      'Japan agreed. (The EU agreed.)',
      ['Japan agreed.', '(The EU agreed.)'],
    ],
    [
      'line break',
      'Japan explained the policy.\nThe EU agreed.',
      ['Japan explained the policy.', 'The EU agreed.'],
    ],
    [
      'CRLF line break',
      'Japan explained the policy.\r\nThe EU agreed.',
      ['Japan explained the policy.', 'The EU agreed.'],
    ],
    ['several spaces', 'Japan agreed.   The EU agreed.  ', ['Japan agreed.', 'The EU agreed.']],
    ['"Mr." after a sentence end', 'Japan agreed. Mr. Suzuki spoke.', ['Japan agreed.', 'Mr. Suzuki spoke.']],
    ['no closing stop', 'Japan agreed. The EU agreed', ['Japan agreed.', 'The EU agreed']],
    [
      'an acronym ending in a letter after digits: "5G."',
      'Japan explained 5G. The EU agreed.',
      ['Japan explained 5G.', 'The EU agreed.'],
    ],
    [
      '"6G." at the end of a sentence',
      'Both sides agreed on 6G. The EU explained the AI Act.',
      ['Both sides agreed on 6G.', 'The EU explained the AI Act.'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(split(text)).toEqual(expected);
  });
});

describe('splitSentences: spans', () => {
  it('gives offsets into the whole text, trimmed', () => {
    const text = 'HEADING\n\n  Japan agreed.  The EU agreed.  \n\nTAIL';
    const start = text.indexOf('  Japan');
    const end = text.indexOf('\n\nTAIL');
    expect(splitSentences(text, { start, end })).toEqual([
      { start: start + 2, end: start + 15 },
      { start: start + 17, end: start + 31 },
    ]);
  });

  it.each<[string]>([[''], ['   '], ['\r\n\t']])('no sentence in blank text %j', (text) => {
    expect(split(text)).toEqual([]);
  });
});
