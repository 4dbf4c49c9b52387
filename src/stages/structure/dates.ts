// Dates found in a text (see each language's dates.ts) made ISO: a date without a year takes the
// release's year, or the year before when the meeting would otherwise fall after its own summary.
import type { FoundDate } from '../../lang/types.js';

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function resolveDate(found: FoundDate, releaseDate: string | null): string | null {
  if (found.year !== null) return isoDate(found.year, found.month, found.day);
  if (releaseDate === null) return null;
  const releaseYear = Number(releaseDate.slice(0, 4));
  const sameYear = isoDate(releaseYear, found.month, found.day);
  return sameYear > releaseDate ? isoDate(releaseYear - 1, found.month, found.day) : sameYear;
}

export function validDate(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}
