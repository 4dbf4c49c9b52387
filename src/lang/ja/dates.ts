// Dates as Japanese releases write them: era years (平成29年6月2日, 令和元年7月5日), Western years
// (2023年7月3日), month and day with a weekday (11月17日（水）, the release's year), ranges
// (6月12日（水）～13日（木）: the first day counts), full-width digits (１２月３日), and the numeric
// 2021/11/19. Era names and their base years are grammar data.
import { validDate } from '../../stages/structure/dates.js';
import { escapeRegExp } from '../grammar.js';
import type { FoundDate } from '../types.js';
import type { JapaneseGrammar } from './grammar.js';
import { foldWidth } from './width.js';

export interface JapaneseDates {
  findDates(text: string): FoundDate[];
  isDateOnly(text: string): boolean;
}

export function japaneseDates(grammar: JapaneseGrammar): JapaneseDates {
  const eras = [...grammar.eras.keys()].map(escapeRegExp).join('|');
  const weekday = `(?:\\s*[(（](?:${grammar.weekdays.map(escapeRegExp).join('|')})(?:曜日?)?[)）])?`;
  const year = `(?:(${eras})\\s*(元|\\d{1,2})\\s*年|(\\d{4})\\s*年)`;
  const full = new RegExp(`${year}?\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日${weekday}`, 'gu');
  const numeric = /(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})/gu;
  // 「同月26日」: the month (and year) of the date before.
  const sameMonth = new RegExp(`同月\\s*(\\d{1,2})\\s*日${weekday}`, 'gu');
  const dateOnly = /^[\s,.、()（）]*$/u;
  // 「9月19日（火）及び20日（水）」: a day joined to the date before it, of that date's month (a range,
  // 「12日～13日」, is one meeting's and stays one date).
  // The day ends there: a weekday, a particle or punctuation, never a count (「10日間」「10日以内」「20日付」).
  const joinedDay = new RegExp(
    `\\s*(?:${grammar.dayJoiners.map(escapeRegExp).join('|')})\\s*(\\d{1,2})\\s*日(?:\\s*[(（](?:${grammar.weekdays.map(escapeRegExp).join('|')})(?:曜日?)?[)）]|(?=[にのまで、,。）)]|$))`,
    'uy',
  );

  function findDates(text: string): FoundDate[] {
    // Folding keeps one character for one, so indexes into the folded text are indexes into `text`.
    const folded = foldWidth(text);
    const found: FoundDate[] = [];
    for (const match of folded.matchAll(full)) {
      const [, era, eraYear, western, month, day] = match;
      let y: number | null = null;
      if (era !== undefined) y = (grammar.eras.get(era) ?? 0) + (eraYear === '元' ? 1 : Number(eraYear));
      else if (western !== undefined) y = Number(western);
      const date = {
        year: y,
        month: Number(month),
        day: Number(day),
        index: match.index,
        length: match[0].length,
      };
      if (validDate(date.month, date.day)) found.push(date);
    }
    for (let k = 0; k < found.length; k++) {
      const before = found[k] as FoundDate;
      joinedDay.lastIndex = before.index + before.length;
      const match = joinedDay.exec(folded);
      const day = Number(match?.[1]);
      if (!match || !validDate(before.month, day) || day <= before.day) continue;
      // Inserted right after the date it joins, so that a chain (「19日、20日及び21日」) reads on.
      found.splice(k + 1, 0, { ...before, day, index: match.index, length: match[0].length, joined: true });
    }
    for (const match of folded.matchAll(numeric)) {
      const date = {
        year: Number(match[1]),
        month: Number(match[2]),
        day: Number(match[3]),
        index: match.index,
        length: match[0].length,
      };
      if (
        validDate(date.month, date.day) &&
        !found.some((f) => f.index <= date.index && date.index < f.index + f.length)
      )
        found.push(date);
    }
    for (const match of folded.matchAll(sameMonth)) {
      const before = found.filter((f) => f.index < match.index).sort((a, b) => b.index - a.index)[0];
      const day = Number(match[1]);
      if (before && validDate(before.month, day))
        found.push({
          year: before.year,
          month: before.month,
          day,
          index: match.index,
          length: match[0].length,
        });
    }
    return found.sort((a, b) => a.index - b.index);
  }

  return {
    findDates,
    isDateOnly(text) {
      const [date] = findDates(text);
      if (!date) return false;
      return dateOnly.test(text.slice(0, date.index) + text.slice(date.index + date.length));
    },
  };
}
