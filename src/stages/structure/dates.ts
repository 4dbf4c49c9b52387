// Dates as press releases write them: "November 19, 2021", "Nov. 19, 2021", "19 November 2021",
// "2021-11-19", "2021/11/19", "on Wednesday, November 17" (no year), "March 3 and 4, 2023" and
// "10-11 October 2023" (first day counts).

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
// A second day of a range, dropped: "3 and 4", "17-18", "17 to 18".
const MORE_DAYS = String.raw`(?:\s*(?:-|–|and|to|&)\s*\d{1,2}(?:st|nd|rd|th)?)?`;
const YEAR = String.raw`(\d{4})`;

const MONTH_FIRST = new RegExp(String.raw`\b${MONTH}\s+${DAY}${MORE_DAYS}(?:,?\s*${YEAR})?\b`, 'i');
const DAY_FIRST = new RegExp(String.raw`\b${DAY}${MORE_DAYS}\s+${MONTH}(?:,?\s*${YEAR})?\b`, 'i');
const NUMERIC = /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/;

/** A date found in text; `year` is null where the text gives none. */
export interface FoundDate {
  year: number | null;
  month: number;
  day: number;
  index: number;
  length: number;
}

function monthNumber(name: string): number {
  const key = name.toLowerCase().replace('.', '').slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(key)) + 1;
}

function valid(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** Each pattern with how to read its groups: [year, month, day] as written. */
const READERS: ReadonlyArray<{ pattern: RegExp; read: (groups: string[]) => [string?, string?, string?] }> = [
  { pattern: NUMERIC, read: ([y, m, d]) => [y, m, d] },
  { pattern: MONTH_FIRST, read: ([m, d, y]) => [y, m, d] },
  { pattern: DAY_FIRST, read: ([d, m, y]) => [y, m, d] },
];

/** The first date in `text`, or null. */
export function findDate(text: string): FoundDate | null {
  const candidates: FoundDate[] = [];
  for (const { pattern, read } of READERS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const [year, month = '', day] = read(match.slice(1));
    candidates.push({
      year: year ? Number(year) : null,
      month: /^\d+$/.test(month) ? Number(month) : monthNumber(month),
      day: Number(day),
      index: match.index,
      length: match[0].length,
    });
  }
  const good = candidates.filter((c) => valid(c.month, c.day)).sort((a, b) => a.index - b.index);
  return good[0] ?? null;
}

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The ISO date of `found`, taking a missing year from the release date: the release date's year,
 * or the year before when the meeting would otherwise fall after its own summary was released.
 */
export function resolveDate(found: FoundDate, releaseDate: string | null): string | null {
  if (found.year !== null) return isoDate(found.year, found.month, found.day);
  if (releaseDate === null) return null;
  const releaseYear = Number(releaseDate.slice(0, 4));
  const sameYear = isoDate(releaseYear, found.month, found.day);
  return sameYear > releaseDate ? isoDate(releaseYear - 1, found.month, found.day) : sameYear;
}

/** True when `text` is nothing but a date (and perhaps a weekday or punctuation). */
export function isDateOnly(text: string): boolean {
  const found = findDate(text);
  if (!found) return false;
  const rest = text.slice(0, found.index) + text.slice(found.index + found.length);
  return /^[\s,.()]*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day)?[\s,.()]*$/i.test(rest);
}
