// A heap kept near its live size. V8 lets a heap grow to a few times what survived its last full
// collection before it collects again; the analysis of a document makes much short-lived garbage, so
// a long run's heap (and RSS) would settle far above what it holds. A streamed run holds little, and
// this keeps the heap near that: after each document it collects when the heap has grown past GROWTH
// times what the last collection kept (at least HEAP_FLOOR), a cost of a few milliseconds per collection.
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Below this the heap is left to V8. */
const HEAP_FLOOR = 64 * 2 ** 20;
/**
 * How far the heap may grow past what the last collection kept. Measured on 2,000 documents with
 * --jobs 1: 2x cost 35% more CPU than no forced collection at all for ~280 MB peak RSS; 8x costs
 * none and keeps the same peak, which the second pass's own collections (before the charts and the
 * review page) decide.
 */
const GROWTH = 8;

let collect: (() => void) | undefined;

/**
 * V8's full collection, made callable once. Node started with --expose-gc already has `gc`;
 * otherwise the flag is raised so that a new context is given its `gc` function. It is left
 * raised: V8's flags are shared by every thread of the process, and lowering it in one worker
 * while another is between raising it and making its context would take `gc` from that one.
 */
function collector(): () => void {
  if (collect === undefined) {
    const given = (globalThis as { gc?: () => void }).gc;
    if (typeof given === 'function') {
      collect = given;
    } else {
      setFlagsFromString('--expose-gc');
      collect = runInNewContext('gc') as () => void;
    }
  }
  return collect;
}

export interface HeapKeeper {
  /** Call after each piece of work: collects when the heap has grown past its budget. */
  (): void;
  /**
   * Collects now, when the heap is past HEAP_FLOOR: before a step that needs much memory at once,
   * so it reuses what is free.
   */
  collect(): void;
}

export function heapKeeper(): HeapKeeper {
  const gc = collector();
  let budget = HEAP_FLOOR;
  const collectNow = () => {
    gc();
    budget = Math.max(HEAP_FLOOR, getHeapStatistics().used_heap_size * GROWTH);
  };
  return Object.assign(
    () => {
      if (getHeapStatistics().used_heap_size > budget) collectNow();
    },
    {
      // Below the floor a full collection frees little and costs a small run (the seed alone)
      // tens of milliseconds each, four times over.
      collect: () => {
        if (getHeapStatistics().used_heap_size > HEAP_FLOOR) collectNow();
      },
    },
  );
}
