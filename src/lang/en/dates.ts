// Dates as English releases write them: "November 19, 2021", "Nov. 19, 2021", "19 November 2021",
// "2021-11-19", "2021/11/19", "28.11.2019", "10/10/2025" (day first unless only month first fits), "on Wednesday, November 17" (no year), "March 3 and 4, 2023" and
// "10-11 October 2023" (first day counts). Month and weekday names come from the grammar data.
import { validDate } from '../../stages/structure/dates.js';
import { escapeRegExp } from '../grammar.js';
import type { FoundDate, RelativeDate } from '../types.js';
import type { EnglishGrammar } from './grammar.js';

export interface EnglishDates {
  /** Every date in the text, in text order (overlapping readings: the one starting first). */
  findDates(text: string): FoundDate[];
  /** True when `text` is nothing but a date (and perhaps a weekday or punctuation). */
  isDateOnly(text: string): boolean;
  /** "today", "yesterday", "on Monday" (a weekday that is no part of a written date), in text order. */
  relativeDates(text: string): RelativeDate[];
}

export function englishDates(grammar: EnglishGrammar): EnglishDates {
  // "jan", "january", "sept": each month by its first three letters and, optionally, the rest.
  const month = `(${grammar.months.map((m) => `${escapeRegExp(m.slice(0, 3))}(?:${escapeRegExp(m.slice(3))})?`).join('|')}|sept)\\.?`;
  const suffix = `(?:${grammar.ordinalSuffixes.join('|')})?`;
  const day = `(\\d{1,2})${suffix}`;
  // A second day of a range, dropped: "3 and 4", "17-18", "17 to 18".
  const moreDays = `(?:\\s*(?:${grammar.dayRangeJoiners.map(escapeRegExp).join('|')})\\s*\\d{1,2}${suffix})?`;
  const year = '(\\d{4})';
  const readers: { pattern: RegExp; read: (groups: string[]) => [string?, string?, string?] }[] = [
    { pattern: /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/g, read: ([y, m, d]) => [y, m, d] },
    // "28.11.2019": day first, as German and French pages write it.
    { pattern: /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/g, read: ([d, m, y]) => [y, m, d] },
    // "10/10/2025": day first as EU pages write it, unless only month first makes a date ("12/24/2025").
    {
      pattern: /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g,
      read: ([a, b, y]) => (Number(b) > 12 && Number(a) <= 12 ? [y, a, b] : [y, b, a]),
    },
    {
      pattern: new RegExp(`\\b${month}\\s+${day}${moreDays}(?:,?\\s*${year})?\\b`, 'gi'),
      read: ([m, d, y]) => [y, m, d],
    },
    {
      pattern: new RegExp(`\\b${day}${moreDays}\\s+${month}(?:,?\\s*${year})?\\b`, 'gi'),
      read: ([d, m, y]) => [y, m, d],
    },
  ];
  const monthNumber = (name: string): number => {
    const key = name.toLowerCase().replace('.', '').slice(0, 3);
    return grammar.months.findIndex((m) => m.startsWith(key)) + 1;
  };
  const weekday = new RegExp(
    `^[\\s,.()]*(?:(?:${grammar.weekdays.map(escapeRegExp).join('|')})[\\s,.()]*)?$`,
    'i',
  );

  function findDates(text: string): FoundDate[] {
    const found: FoundDate[] = [];
    for (const { pattern, read } of readers) {
      for (const match of text.matchAll(pattern)) {
        const [y, m = '', d] = read(match.slice(1));
        const date = {
          year: y ? Number(y) : null,
          month: /^\d+$/.test(m) ? Number(m) : monthNumber(m),
          day: Number(d),
          index: match.index,
          length: match[0].length,
        };
        if (validDate(date.month, date.day)) found.push(date);
      }
    }
    // Where two readings overlap ("17 November 2021" read day-first and month-first), the earlier start wins.
    found.sort((a, b) => a.index - b.index || b.length - a.length);
    const kept: FoundDate[] = [];
    let reach = -1;
    for (const date of found) {
      if (date.index < reach) continue;
      kept.push(date);
      reach = date.index + date.length;
    }
    return kept;
  }

  const words = (list: readonly string[]) =>
    new RegExp(
      `\\b(?:${[...list]
        .sort((a, b) => b.length - a.length)
        .map(escapeRegExp)
        .join('|')})\\b`,
      'gi',
    );
  const dayWords = words([...grammar.relativeDays.keys()]);
  const weekdayWords = words(grammar.weekdays);
  const lastWeek = words(grammar.lastWeek);
  // "last Tuesday", "this past Tuesday": right before the weekday.
  const lastWeekday = new RegExp(`\\b(?:${grammar.lastWeekday.map(escapeRegExp).join('|')})\\s+$`, 'i');
  const followingDay = words([...grammar.followingDay.keys()]);

  function relativeDates(text: string): RelativeDate[] {
    const written = findDates(text);
    // "Wednesday, November 17": the weekday of a written date is no relative day.
    const inWrittenDate = (at: number) =>
      written.some((date) => at >= date.index - 12 && at < date.index + date.length);
    const lastWeekAt = text.search(lastWeek);
    const found: RelativeDate[] = [];
    for (const match of text.matchAll(dayWords))
      found.push({
        days: grammar.relativeDays.get(match[0].toLowerCase()) ?? 0,
        index: match.index,
        length: match[0].length,
      });
    for (const match of text.matchAll(followingDay))
      found.push({
        days: grammar.followingDay.get(match[0].toLowerCase()) ?? 1,
        fromPrevious: true,
        index: match.index,
        length: match[0].length,
      });
    for (const match of text.matchAll(weekdayWords)) {
      if (inWrittenDate(match.index)) continue;
      const weekday = (grammar.weekdays.indexOf(match[0].toLowerCase()) + 1) % 7;
      const before = lastWeekday.test(text.slice(Math.max(0, match.index - 12), match.index));
      found.push({
        weekday,
        ...(lastWeekAt >= 0 && lastWeekAt < match.index ? { lastWeek: true } : {}),
        ...(before ? { before } : {}),
        index: match.index,
        length: match[0].length,
      });
    }
    return found.sort((a, b) => a.index - b.index);
  }

  return {
    findDates,
    relativeDates,
    isDateOnly(text) {
      const [found] = findDates(text);
      if (!found) return false;
      return weekday.test(text.slice(0, found.index) + text.slice(found.index + found.length));
    },
  };
}
