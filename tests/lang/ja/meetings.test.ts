// Meetings named in Japanese: [text, [name, number] of each mention].
import { describe, expect, it } from 'vitest';
import { japaneseGrammar } from '../../../src/lang/ja/grammar.js';
import { japaneseMeetings } from '../../../src/lang/ja/meetings.js';

const meetings = japaneseMeetings(japaneseGrammar());

describe('Japanese meeting names', () => {
  it.each<[string, [string, number | null][]]>([
    ['第12回日EU・ICT戦略ワークショップの結果', [['日EU・ICT戦略ワークショップ', 12]]],
    ['日EU・ICT政策対話（第24回）の結果', [['日EU・ICT政策対話', 24]]],
    // A generic meeting after the number is one of the series named before it.
    ['日EU連結性パートナーシップ第１回実務者会合の開催', [['日EU連結性パートナーシップ', 1]]],
    ['日EUデータ保護対話第３回会合の結果', [['日EUデータ保護対話', 3]]],
  ])('%s', (text, expected) => {
    expect(meetings.meetingMentions(text, 'title').map((m) => [m.name, m.number])).toEqual(expected);
  });

  it('gives a generic meeting with no name before its number no series of its own', () => {
    const [mention] = meetings.meetingMentions(
      '同パートナーシップの下での第１回実務者会合が開催された。',
      'sentence',
    );
    expect([mention?.name, mention?.number]).toEqual(['', 1]);
  });
});
