// Orders shared by every aggregate table, so trends, the wide table, changes and the chart list sides,
// topics and stances the same way. Text is compared by UTF-16 code units, not `localeCompare`, so the
// order does not depend on the machine's locale.
import { type Side, STANCES, type Stance } from '../types.js';

export interface OrderOptions {
  /** Side ids in the order to list them; sides not named follow alphabetically. */
  sides?: readonly Side[];
  /** Topic ids in codebook order; topics not named follow alphabetically. */
  topics?: readonly string[];
}

export const DEFAULT_SIDE_ORDER: readonly Side[] = ['japan', 'eu', 'both'];

/** The side that is no party: its statements are counted in documents.csv, not in the trends. */
export const NO_SIDE: Side = 'none';

export function isParty(side: Side): boolean {
  return side !== NO_SIDE;
}

export function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** Named ids first, in the given order; the rest after them, alphabetically. */
export function listedFirst(listed: readonly string[]): (a: string, b: string) => number {
  const rank = new Map(listed.map((id, index) => [id, index]));
  return (a, b) => {
    const rankA = rank.get(a) ?? Number.POSITIVE_INFINITY;
    const rankB = rank.get(b) ?? Number.POSITIVE_INFINITY;
    if (rankA !== rankB) return rankA < rankB ? -1 : 1;
    return compareText(a, b);
  };
}

export function sideComparator(options: OrderOptions = {}): (a: Side, b: Side) => number {
  return listedFirst(options.sides ?? DEFAULT_SIDE_ORDER);
}

export function topicComparator(options: OrderOptions = {}): (a: string, b: string) => number {
  return listedFirst(options.topics ?? []);
}

export function compareStances(a: Stance, b: Stance): number {
  return STANCES.indexOf(a) - STANCES.indexOf(b);
}

/** Sorted distinct values. */
export function distinct<T>(values: Iterable<T>, compare: (a: T, b: T) => number): T[] {
  return [...new Set(values)].sort(compare);
}
