import { describe, expect, it } from 'vitest';
import { englishGrammar } from '../../../src/lang/en/grammar.js';
import { englishMeetings } from '../../../src/lang/en/meetings.js';

const { meetingMentions, titleSeries } = englishMeetings(englishGrammar());
const named = (text: string, where: 'title' | 'sentence') =>
  meetingMentions(text, where).map(({ name, number }) => ({ name, number }));

describe('meetings named in a title', () => {
  it.each<[string, { name: string; number: number | null }[]]>([
    ['12th Japan-EU ICT Strategy Workshop', [{ name: 'Japan-EU ICT Strategy Workshop', number: 12 }]],
    [
      'Results of the Third Japan-EU Digital Partnership Council',
      [{ name: 'Japan-EU Digital Partnership Council', number: 3 }],
    ],
    ['Japan-EU ICT Strategy Workshop', []],
    [
      'Results of 24th Japan-EU ICT Policy Dialogue and 8th Japan-EU ICT Strategy Workshop',
      [
        { name: 'Japan-EU ICT Policy Dialogue', number: 24 },
        { name: 'Japan-EU ICT Strategy Workshop', number: 8 },
      ],
    ],
    [
      'Outcomes of the 16th Japan-EU ICT Strategy Workshop and the 30th Japan-EU ICT Policy Dialogue',
      [
        { name: 'Japan-EU ICT Strategy Workshop', number: 16 },
        { name: 'Japan-EU ICT Policy Dialogue', number: 30 },
      ],
    ],
    ['Results of “Japan-EU ICT Policy Dialogue” (25th)', [{ name: '', number: 25 }]],
  ])('%j', (title, expected) => {
    expect(named(title, 'title')).toEqual(expected);
  });
});

describe('meetings named in a sentence stop where the clause goes on', () => {
  it.each<[string, { name: string; number: number | null }[]]>([
    [
      'held the 12th Japan-EU ICT Strategy Workshop in the form of a web conference',
      [{ name: 'Japan-EU ICT Strategy Workshop', number: 12 }],
    ],
    [
      'the 23rd Japan-EU ICT Policy Dialogue was held',
      [{ name: 'Japan-EU ICT Policy Dialogue', number: 23 }],
    ],
    [
      'MIC held the 8th Japan-EU ICT Strategy Workshop on Tuesday, June 4, followed by the 24th Japan-EU ICT Policy Dialogue on Thursday, June 6.',
      [
        { name: 'Japan-EU ICT Strategy Workshop', number: 8 },
        { name: 'Japan-EU ICT Policy Dialogue', number: 24 },
      ],
    ],
  ])('%j', (sentence, expected) => {
    expect(named(sentence, 'sentence')).toEqual(expected);
  });
});

describe('titleSeries: the title less its release wording', () => {
  it.each<[string, string]>([
    ['Results of the 12th Japan-EU ICT Strategy Workshop', '12th Japan-EU ICT Strategy Workshop'],
    ['Outcomes of the Japan-EU ICT Policy Dialogue', 'Japan-EU ICT Policy Dialogue'],
    ['Summary of Japan-EU Digital Partnership Council (Tokyo)', 'Japan-EU Digital Partnership Council'],
  ])('%j -> %j', (title, expected) => {
    expect(titleSeries(title)).toBe(expected);
  });
});
