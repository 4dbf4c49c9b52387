// Japanese dates as releases write them: [text, [month, day, joined] of each date found].
import { describe, expect, it } from 'vitest';
import { japaneseDates } from '../../../src/lang/ja/dates.js';
import { japaneseGrammar } from '../../../src/lang/ja/grammar.js';

const dates = japaneseDates(japaneseGrammar());
const found = (text: string) => dates.findDates(text).map((d) => [d.month, d.day, d.joined === true]);

describe('Japanese dates', () => {
  it.each<[string, (number | boolean)[][]]>([
    // A second day joined to a date is a date of its own, of the same month.
    [
      '2028年9月19日（火）及び20日（水）、ブリュッセルにおいて',
      [
        [9, 19, false],
        [9, 20, true],
      ],
    ],
    [
      '11月19日，20日に開催',
      [
        [11, 19, false],
        [11, 20, true],
      ],
    ],
    // A count of days, a deadline or a letter's date is no second day.
    ['2023年7月3日、10日間にわたり', [[7, 3, false]]],
    ['7月3日と10日以内に', [[7, 3, false]]],
    ['7月3日、20日付の書簡', [[7, 3, false]]],
    // A range is one meeting's: its first day counts.
    ['6月12日（水）～13日（木）', [[6, 12, false]]],
    ['令和元年7月5日', [[7, 5, false]]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
