import { describe, expect, it } from 'vitest';
import { fisherExact2xK } from '../../src/stats/index.js';

/** '3 1 / 1 3' → [[3, 1], [1, 3]]: tables written as they are printed. */
function table(text: string): number[][] {
  return text.split('/').map((row) => row.trim().split(/\s+/).filter(Boolean).map(Number));
}

describe('fisherExact2xK, exact', () => {
  // Tea tasting (Fisher 1935; R's ?fisher.test): margins 4, 4 | 4, 4; the top-left cell x = 0..4 has
  // probability 1, 16, 36, 16, 1 (/ 70); observed x = 3 (16/70) → p = (1 + 16 + 16 + 1) / 70 = 0.4857.
  //
  // Convictions of like-sex twins (R's ?fisher.test, matrix(c(2, 10, 15, 3), nrow = 2)): R prints
  // p-value = 0.0005367 (two-sided); as an exact fraction, 3571 / 6653325.
  //
  // 2 x 3 by hand: rows 3 1 0 / 0 2 3, margins r = 4, 5; columns 3, 3, 3; N = 9, C(9, 4) = 126.
  // A first row is x1 + x2 + x3 = 4 with each x <= 3, weight C(3, x1)·C(3, x2)·C(3, x3):
  //   permutations of (3, 1, 0): 6 tables of weight 1·3·1 = 3   → 18
  //   permutations of (2, 2, 0): 3 tables of weight 3·3·1 = 9   → 27
  //   permutations of (2, 1, 1): 3 tables of weight 3·3·3 = 27  → 81    (total 126, as it must)
  // Observed (3, 1, 0) has weight 3, the least: p = 18 / 126 = 1/7 = 0.142857.
  //
  // 2 x 3 with ties: rows 2 0 1 / 0 2 1, columns 2, 2, 2, C(6, 3) = 20. Permutations of (2, 1, 0):
  // 6 tables of weight 2; (1, 1, 1): 1 table of weight 8. Observed weight 2 ties with five others, which
  // only the relative tolerance keeps in: p = 12 / 20 = 0.6.
  //
  // 2 x 4, four stances at two meetings: rows 12 5 3 2 / 4 9 6 8; 1,309 tables. Enumerated in exact
  // rational arithmetic (Python's fractions): p = 332434359427 / 12424974137044 = 0.0267553...
  it.each<[string, number[][], number, number]>([
    ['tea tasting', table('3 1 / 1 3'), 34 / 70, 5],
    ['convictions', table('2 15 / 10 3'), 3571 / 6653325, 13],
    ['2 x 3 by hand', table('3 1 0 / 0 2 3'), 1 / 7, 12],
    ['2 x 3 with ties', table('2 0 1 / 0 2 1'), 12 / 20, 7],
    ['2 x 4 stances', table('12 5 3 2 / 4 9 6 8'), 332434359427 / 12424974137044, 1309],
  ])('%s', (_name, table, p, tables) => {
    const result = fisherExact2xK(table);
    expect(result.p).toBeCloseTo(p, 12);
    expect(result).toMatchObject({ method: 'exact', tables, replicates: null, seed: null });
  });

  it('gives the same p with rows swapped and columns reordered', () => {
    const p = fisherExact2xK(table('12 5 3 2 / 4 9 6 8')).p;
    expect(fisherExact2xK(table('4 9 6 8 / 12 5 3 2')).p).toBeCloseTo(p, 14);
    expect(fisherExact2xK(table('2 12 3 5 / 8 4 6 9')).p).toBeCloseTo(p, 14);
  });

  it('ignores a stance neither meeting has', () => {
    expect(fisherExact2xK(table('3 0 1 / 1 0 3')).p).toBeCloseTo(34 / 70, 12);
  });

  it.each<[string, number[][]]>([
    ['an empty meeting', table('0 0 0 / 4 2 1')],
    ['one stance only', table('5 0 / 3 0')],
    ['a single column', table('1 / 1')],
  ])('is 1 when only one table has the margins: %s', (_name, counts) => {
    expect(fisherExact2xK(counts)).toEqual({
      p: 1,
      method: 'exact',
      tables: 1,
      replicates: null,
      seed: null,
    });
  });

  it.each<[string, number[][]]>([
    ['one row', table('1 2')],
    ['three rows', table('1 / 2 / 3')],
    ['rows of different lengths', table('1 2 / 3')],
    ['no columns', table(' / ')],
    ['a negative count', table('1 -1 / 2 2')],
    ['a fractional count', table('1 0.5 / 2 2')],
  ])('rejects %s with a coded error', (_name, counts) => {
    expect(() => fisherExact2xK(counts)).toThrow(expect.objectContaining({ code: 'STATS_INVALID' }));
  });
});

describe('fisherExact2xK above the enumeration limit', () => {
  const stances = table('12 5 3 2 / 4 9 6 8');
  const exact = 332434359427 / 12424974137044;

  it('estimates p by Monte Carlo, says so, and names replicates and seed', () => {
    const result = fisherExact2xK(stances, { maxTables: 1000 });
    expect(result).toMatchObject({ method: 'monte-carlo', tables: null, replicates: 10_000, seed: 1 });
    // Standard error of the estimate: sqrt(p(1 − p) / 10,000) = 0.0016; allow four of them.
    expect(Math.abs(result.p - exact)).toBeLessThan(4 * 0.0016);
  });

  it('is reproducible from the seed, and moves with it', () => {
    const options = { maxTables: 1000, replicates: 2000 };
    const first = fisherExact2xK(stances, { ...options, seed: 7 });
    expect(fisherExact2xK(stances, { ...options, seed: 7 })).toEqual(first);
    expect(fisherExact2xK(stances, { ...options, seed: 8 }).p).not.toBe(first.p);
  });

  it('never reports 0: the observed table counts as one drawn (R: (1 + hits) / (B + 1))', () => {
    const result = fisherExact2xK(table('40 0 0 0 / 0 40 40 40'), { maxTables: 10, replicates: 999 });
    expect(result.p).toBe(1 / 1000);
  });

  it('enumerates exactly up to the limit, inclusive', () => {
    expect(fisherExact2xK(stances, { maxTables: 1309 }).method).toBe('exact');
    expect(fisherExact2xK(stances, { maxTables: 1308 }).method).toBe('monte-carlo');
  });

  it('rejects 0 replicates', () => {
    expect(() => fisherExact2xK(stances, { maxTables: 0, replicates: 0 })).toThrow(
      expect.objectContaining({ code: 'OPTION_INVALID' }),
    );
  });
});
