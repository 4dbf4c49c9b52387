import { getHeapStatistics } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { heapKeeper } from '../../src/jobs/heap.js';

/** heap.ts's HEAP_FLOOR. */
const FLOOR = 64 * 2 ** 20;

describe('heapKeeper', () => {
  it('forces a collection only when the heap is past its floor (a small run pays none)', () => {
    const calls: number[] = [];
    const given = (globalThis as { gc?: () => void }).gc;
    // The keeper takes node's own gc when there is one: count its calls.
    (globalThis as { gc?: () => void }).gc = () => calls.push(1);
    try {
      const keep = heapKeeper();
      const large = getHeapStatistics().used_heap_size > FLOOR;
      keep.collect();
      expect(calls.length).toBe(large ? 1 : 0);
    } finally {
      (globalThis as { gc?: () => void }).gc = given;
    }
  });
});
