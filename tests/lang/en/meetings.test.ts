// Meetings named in English: numbers from digits and ordinal words, names with a series noun, the
// release wording cleaned off, and the pair of parties written the codebook's way.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { englishGrammar } from '../../../src/lang/en/grammar.js';
import { englishMeetings, PAIR_LED_NAME, pairLedNames } from '../../../src/lang/en/meetings.js';
import { check, fuzzRuns } from '../../fuzz.js';

const pair = {
  canonical: 'Japan-EU',
  sides: [
    ['Japan', 'Japanese'],
    ['EU', 'European Union', 'European'],
  ],
} as const;
const { meetingMentions, cleanSeries, canonicalPair, namesSeries } = englishMeetings(englishGrammar(), pair);
const named = (text: string, where: 'title' | 'sentence') =>
  meetingMentions(text, where).map(({ name, number }) => ({ name, number }));

describe('meetings named in a title', () => {
  it.each<[string, { name: string; number: number | null }[]]>([
    ['12th Japan-EU ICT Strategy Workshop', [{ name: 'Japan-EU ICT Strategy Workshop', number: 12 }]],
    [
      'Results of the Third Japan-EU Digital Partnership Council',
      [{ name: 'Japan-EU Digital Partnership Council', number: 3 }],
    ],
    // No number: the name alone, written with its pair.
    ['Japan-EU ICT Strategy Workshop', [{ name: 'Japan-EU ICT Strategy Workshop', number: null }]],
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
    [
      'Results of “Japan-EU ICT Policy Dialogue” (25th)',
      [{ name: 'Japan-EU ICT Policy Dialogue', number: 25 }],
    ],
    // Two meetings, the second without a number.
    [
      'Joint Statement of the Third EU-Japan Digital Partnership Council and the Ministerial Meeting on Semiconductors',
      [
        { name: 'EU-Japan Digital Partnership Council', number: 3 },
        { name: 'Ministerial Meeting on Semiconductors', number: null },
      ],
    ],
    // "U.S." keeps its dots; "Twelfth" is 12.
    [
      'Twelfth U.S.-Japan Policy Cooperation Dialogue on the Internet Economy',
      [{ name: 'U.S.-Japan Policy Cooperation Dialogue on the Internet Economy', number: 12 }],
    ],
    // An ordinal with no series noun names no meeting.
    ['EU and Japan step up cooperation on data flows and 5G', []],
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
    // Compound ordinal words.
    [
      'The two sides held the twenty-third EU-Japan ICT Policy Dialogue in Tokyo on 24 October.',
      [{ name: 'EU-Japan ICT Policy Dialogue', number: 23 }],
    ],
    [
      'Japan and the European Union held their fifth Industrial Policy Dialogue on 9 December 2020 by videoconference.',
      [{ name: 'Industrial Policy Dialogue', number: 5 }],
    ],
    // "on Semiconductors" belongs to the name; "on 13 May" and "on the following day" do not.
    [
      'The first EU-Japan Ministerial Meeting on Semiconductors was held in Brussels on 13 May 2025.',
      [{ name: 'EU-Japan Ministerial Meeting on Semiconductors', number: 1 }],
    ],
    [
      'and the 2nd meeting of the Japan-Germany Working Group on IoT/Industrie 4.0 on the following day.',
      [{ name: 'meeting of the Japan-Germany Working Group on IoT/Industrie 4.0', number: 2 }],
    ],
    // "between the European Union and Japan" ends the name (canonicalPair reads it).
    [
      'Today I had the honour of opening the seventh Cyber Dialogue between the European Union and Japan.',
      [{ name: 'Cyber Dialogue', number: 7 }],
    ],
    // Without a number, a name written with its pair.
    [
      'The Japan-EU Data Strategy Working Group, established under the Japan-EU Digital Partnership, met in Brussels.',
      [
        { name: 'Japan-EU Data Strategy Working Group', number: null },
        { name: 'Japan-EU Digital Partnership', number: null },
      ],
    ],
    ['Around fifty participants joined this ninth edition.', [{ name: '', number: 9 }]],
  ])('%j', (sentence, expected) => {
    expect(named(sentence, 'sentence')).toEqual(expected);
  });
});

describe('cleanSeries: a name less its release wording', () => {
  it.each<[string, string]>([
    ['Results of the 12th Japan-EU ICT Strategy Workshop', 'Japan-EU ICT Strategy Workshop'],
    ['Outcomes of the Japan-EU ICT Policy Dialogue', 'Japan-EU ICT Policy Dialogue'],
    ['Summary of Japan-EU Digital Partnership Council (Tokyo)', 'Japan-EU Digital Partnership Council'],
    ['Japan-EU Industrial Policy Dialogue Held', 'Japan-EU Industrial Policy Dialogue'],
    ['Meeting of the Japan-UK Digital Partnership', 'Japan-UK Digital Partnership'],
    ['ministerial meeting of the UK-Japan Digital Partnership', 'UK-Japan Digital Partnership'],
    [
      'Director General-level Meeting of the Japan-EU Industrial Policy Dialogue',
      'Japan-EU Industrial Policy Dialogue',
    ],
    ['Joint Statement of the EU-Japan Summit', 'EU-Japan Summit'],
    ['EU-Japan ICT Strategy Workshop 🇪🇺🇯🇵', 'EU-Japan ICT Strategy Workshop'],
    [
      'Twelfth U.S.-Japan Policy Cooperation Dialogue on the Internet Economy - United States Department of State',
      'U.S.-Japan Policy Cooperation Dialogue on the Internet Economy',
    ],
    [
      'Japanese-German Digital Partnership: Joint Declaration of Intent',
      'Japanese-German Digital Partnership',
    ],
    ['The 10th Japan-U.S. Cyber Dialogue (Results)', 'Japan-U.S. Cyber Dialogue'],
    // The Ministerial Meeting *on* Semiconductors is a series of its own.
    ['Ministerial Meeting on Semiconductors', 'Ministerial Meeting on Semiconductors'],
  ])('%j -> %j', (name, expected) => {
    expect(cleanSeries(name)).toBe(expected);
  });
});

describe('canonicalPair: the pair as the codebook writes it', () => {
  it.each<[string, string]>([
    ['EU-Japan ICT Policy Dialogue', 'Japan-EU ICT Policy Dialogue'],
    ['Japan-EU ICT Policy Dialogue', 'Japan-EU ICT Policy Dialogue'],
    ['EU–Japan Summit', 'Japan-EU Summit'],
    ['Cyber Dialogue between the European Union and Japan', 'Japan-EU Cyber Dialogue'],
    // A bare series of a release of the pair is the pair's ...
    ['Industrial Policy Dialogue', 'Japan-EU Industrial Policy Dialogue'],
    // ... but not another pair's, one party's, or a group's.
    ['Japan-Germany ICT Policy Dialogue', 'Japan-Germany ICT Policy Dialogue'],
    ['EU Cyber Dialogue', 'EU Cyber Dialogue'],
    ['G7 Digital Ministers Meeting', 'G7 Digital Ministers Meeting'],
    // A name with no series noun is left as it is.
    ['A Japan week in Brussels', 'A Japan week in Brussels'],
  ])('%j -> %j', (name, expected) => {
    expect(canonicalPair(name)).toBe(expected);
  });

  it('leaves names alone without a pair in the codebook', () => {
    expect(englishMeetings(englishGrammar()).canonicalPair('EU-Japan Summit')).toBe('EU-Japan Summit');
  });
});

describe('namesSeries: a series noun', () => {
  it.each<[string, boolean]>([
    ['Japan-EU ICT Policy Dialogue', true],
    ['Data Strategy Working Group', true],
    ['Economic "2+2"', true],
    ['Press release 081/2022', false],
    ['Delegation of the European Union to Japan', false],
  ])('%j: %s', (name, expected) => {
    expect(namesSeries(name)).toBe(expected);
  });
});

describe('pair-led names found only where a dash stands', () => {
  // Pieces whose joins make the hard cases: names right before a dash or a space and a dash, hidden
  // dots inside a run ("U.S.", where a name may start after a dot), letters outside the BMP.
  const PIECES = [
    'Japan',
    'EU',
    'U\u2024S\u2024',
    '-',
    '–',
    ' ',
    'the',
    'of',
    'and',
    'Dialogue',
    'ICT',
    '5G',
    'x',
  ];
  const MORE = ['𝐀b', 'é', 'Ö', ',', '(', '"', '\n', '\t', 'A', 'b', '12th'];
  const text = fc
    .array(fc.constantFrom(...PIECES, ...MORE), { maxLength: 16 })
    .map((pieces) => pieces.join(''));
  const found = (matches: Iterable<RegExpMatchArray>) => [...matches].map((m) => `${m.index}:${m[0]}`);

  it('gives the matches matchAll gives', () => {
    check(
      fc.property(text, (t) => {
        expect(found(pairLedNames(t))).toEqual(found(t.matchAll(PAIR_LED_NAME)));
      }),
      fuzzRuns(3000),
    );
  });

  it.each([
    ['Results of the U\u2024S\u2024-Japan Policy Dialogue', ['15:U\u2024S\u2024-Japan Policy Dialogue']],
    ['5GU\u2024S\u2024the -ICT Dialogue', ['4:S\u2024the -ICT Dialogue']],
    ['no pair here, only words', []],
  ])('%j', (t, expected) => {
    expect(found(pairLedNames(t))).toEqual(expected);
  });
});
