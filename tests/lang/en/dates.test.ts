import { describe, expect, it } from 'vitest';
import { englishDates } from '../../../src/lang/en/dates.js';
import { englishGrammar } from '../../../src/lang/en/grammar.js';
import { isoDate, resolveDate, resolveRelative } from '../../../src/stages/structure/dates.js';

const { findDates, isDateOnly, relativeDates } = englishDates(englishGrammar());
const findDate = (text: string) => findDates(text)[0] ?? null;

/** The first date of `text` as ISO, taking a missing year from `release`. */
function dateIn(text: string, release: string | null = null): string | null {
  const found = findDate(text);
  return found ? resolveDate(found, release) : null;
}

describe('findDate: written forms', () => {
  it.each<[string, string | null]>([
    ['November 19, 2021', '2021-11-19'],
    ['November 19 2021', '2021-11-19'],
    ['Nov. 19, 2021', '2021-11-19'],
    ['Nov 19, 2021', '2021-11-19'],
    ['Sept. 9, 2015', '2015-09-09'],
    ['19 November 2021', '2021-11-19'],
    ['on 10 October 2023', '2023-10-10'],
    ['2021-11-19', '2021-11-19'],
    ['2021/11/19', '2021-11-19'],
    ['2021.11.19', '2021-11-19'],
    ['Article 28.11.2019', '2019-11-28'],
    // Slashes: day first as EU pages write it, unless only month first makes a date.
    ['Tokyo, 10/10/2025', '2025-10-10'],
    ['Tokyo, 08/10/2025', '2025-10-08'],
    ['Washington, 12/24/2025', '2025-12-24'],
    ['13/13/2025', null],
    ['no date here', null],
    ['version 2.0 of 5G', null],
  ])('%j -> %s', (text, expected) => {
    expect(dateIn(text)).toBe(expected);
  });
});

describe('findDate: ordinals and ranges (first day counts)', () => {
  it.each<[string, string]>([
    ['on November 21st, 2021', '2021-11-21'],
    ['on November 22nd, 2021', '2021-11-22'],
    ['on March 3rd, 2023', '2023-03-03'],
    ['on 1st June 2023', '2023-06-01'],
    ['from March 3 to 4, 2023', '2023-03-03'],
    ['on March 3 and 4, 2023', '2023-03-03'],
    ['on March 3-4, 2023', '2023-03-03'],
    ['on March 3–4, 2023', '2023-03-03'],
    ['on 10-11 October 2023', '2023-10-10'],
    ['on 10 and 11 October 2023', '2023-10-10'],
  ])('%j -> %s', (text, expected) => {
    expect(dateIn(text)).toBe(expected);
  });
});

describe('findDate: the first date in the text wins', () => {
  it.each<[string, string]>([
    ['held on November 17, 2021, after the talks of December 2, 2020', '2021-11-17'],
    ['on 10 October 2023; see also 2022-05-18', '2023-10-10'],
    ['released 2021-11-19 about November 17, 2021', '2021-11-19'],
  ])('%j -> %s', (text, expected) => {
    expect(dateIn(text)).toBe(expected);
  });
});

describe('resolveDate: a date without a year', () => {
  it.each<[string, string | null, string | null]>([
    ['on Wednesday, November 17', '2021-11-19', '2021-11-17'],
    ['on Wednesday, December 29', '2022-01-05', '2021-12-29'],
    ['on January 5', '2022-01-05', '2022-01-05'],
    ['on January 6', '2022-01-05', '2021-01-06'],
    ['on 28 October', '2020-10-30', '2020-10-28'],
    ['on Wednesday, November 17', null, null],
    ['on November 17, 2020', '2021-11-19', '2020-11-17'],
  ])('%j released %s -> %s', (text, release, expected) => {
    expect(dateIn(text, release)).toBe(expected);
  });
});

describe('isDateOnly', () => {
  it.each<[string, boolean]>([
    ['November 19, 2021', true],
    ['Friday, November 19, 2021', true],
    ['(November 19, 2021)', true],
    ['2021/11/19', true],
    ['19 November 2021.', true],
    ['November 19, 2021 Results of 12th Japan-EU ICT Strategy Workshop', false],
    ['Results of 12th Japan-EU ICT Strategy Workshop', false],
    ['Held on November 17', false],
  ])('%j -> %s', (text, expected) => {
    expect(isDateOnly(text)).toBe(expected);
  });
});

describe('isoDate', () => {
  it.each<[[number, number, number], string]>([
    [[2021, 11, 19], '2021-11-19'],
    [[2023, 3, 3], '2023-03-03'],
    [[999, 1, 1], '0999-01-01'],
  ])('%j -> %s', ([year, month, day], expected) => {
    expect(isoDate(year, month, day)).toBe(expected);
  });
});

describe('relativeDates: days named from the release, resolved against it', () => {
  // 2024-10-21 is a Monday; 2019-11-22 a Friday.
  it.each<[string, string, string | null]>([
    ['Today, the EU and Japan held the second Council.', '2023-07-03', '2023-07-03'],
    ['Yesterday, I co-chaired the 27th dialogue.', '2021-10-14', '2021-10-13'],
    ['On Monday I was glad to open the workshop.', '2019-11-22', '2019-11-18'],
    ['after an intense Wednesday in Tokyo', '2024-06-14', '2024-06-12'],
    ['Last week I co-chaired the dialogue. It took place on Tuesday.', '2024-10-21', '2024-10-15'],
    // The release's own weekday is the release's day.
    ['On Friday the sides met.', '2019-11-22', '2019-11-22'],
    // "Last Friday" never is: it is the Friday before.
    ['Last Friday I was in Tokyo.', '2019-11-22', '2019-11-15'],
    ['This past Wednesday the sides met.', '2019-11-22', '2019-11-20'],
  ])('%j (release %s) -> %s', (text, release, expected) => {
    const [found] = relativeDates(text);
    expect(found ? resolveRelative(found, release) : null).toBe(expected);
  });

  it.each<[string, number]>([
    ['On Wednesday, November 17, the sides met.', 0],
    ['held on Tuesday 19 October', 0],
    ['this week and next', 0],
    ['the following day', 1],
  ])('%j: %d relative days (a weekday of a written date is none)', (text, count) => {
    expect(relativeDates(text)).toHaveLength(count);
  });

  it('"the following day" counts from the date before it', () => {
    expect(relativeDates('on October 11, and the 2nd meeting on the following day')).toEqual([
      expect.objectContaining({ days: 1, fromPrevious: true }),
    ]);
  });
});
