// Dates found in a text (see each language's dates.ts) made ISO: a date without a year takes the
// release's year, or the year before when the meeting would otherwise fall after its own summary.
import type { FoundDate, RelativeDate } from '../../lang/types.js';

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

const DAY_MS = 86_400_000;

/**
 * A day the text names relative to the release (`releaseDate`, ISO): "yesterday" is the day
 * before; "on Monday" the latest Monday on or before it ("last Monday": before it), or the Monday
 * of the week before ("last week ... on Tuesday"; weeks start on Monday).
 */
export function resolveRelative(found: RelativeDate, releaseDate: string): string | null {
  const release = Date.parse(`${releaseDate}T00:00:00Z`);
  if (Number.isNaN(release)) return null;
  let day = release + (found.days ?? 0) * DAY_MS;
  if (found.weekday !== undefined) {
    const releaseWeekday = new Date(release).getUTCDay();
    if (found.lastWeek) {
      // Back to the Monday of the release's week, then to the weekday of the week before.
      const monday = release - ((releaseWeekday + 6) % 7) * DAY_MS;
      day = monday - 7 * DAY_MS + ((found.weekday + 6) % 7) * DAY_MS;
    } else {
      // "last Tuesday" in a release of a Tuesday is a week before it.
      const back = (releaseWeekday - found.weekday + 7) % 7 || (found.before ? 7 : 0);
      day = release - back * DAY_MS;
    }
  }
  return new Date(day).toISOString().slice(0, 10);
}
