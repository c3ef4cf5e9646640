/** At a scroll pause the near blocks are found from a few boxes (lib/page/near-in-order.ts). */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { nearInOrder } from '../../lib/page/near-in-order';
import type { Place } from '../../lib/page/viewport';

/** Blocks as their tops on the page, the reader's region being [from, to). */
function placer(from: number, to: number) {
  let reads = 0;
  const place = (top: number): Place => {
    reads++;
    return top < from ? 'above' : top >= to ? 'below' : 'near';
  };
  return { place, reads: () => reads };
}

describe('the near blocks, in document order', () => {
  test('a long page: the blocks in the region, from a dozen box reads', () => {
    const tops = Array.from({ length: 3300 }, (_, i) => i * 100);
    const { place, reads } = placer(150_000, 154_000);
    expect(nearInOrder(tops, place)).toEqual(tops.filter((t) => t >= 150_000 && t < 154_000));
    // 12 reads for the search, the 40 near blocks and the first one below.
    expect(reads()).toBeLessThanOrEqual(13 + 40);
  });

  test('none near, none at all, all near', () => {
    expect(nearInOrder([1, 2, 3], placer(10, 20).place)).toEqual([]);
    expect(nearInOrder([], placer(10, 20).place)).toEqual([]);
    expect(nearInOrder([11, 12], placer(10, 20).place)).toEqual([11, 12]);
  });

  test('blocks in document order: exactly the near ones, reading about log n boxes and the near ones', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000 }), { maxLength: 400 }), fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 3000 }), (unsorted, from, span) => {
        const tops = unsorted.sort((a, b) => a - b);
        const { place, reads } = placer(from, from + span);
        const near = tops.filter((t) => t >= from && t < from + span);
        expect(nearInOrder(tops, place)).toEqual(near);
        expect(reads()).toBeLessThanOrEqual(Math.ceil(Math.log2(tops.length + 1)) + near.length + 1);
      }),
      { numRuns: 1000 },
    );
  });

  test('blocks out of order: never one that is not near (the observer finds those it misses)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000 }), { maxLength: 200 }), fc.integer({ min: 0, max: 10_000 }), (tops, from) => {
        const { place } = placer(from, from + 1000);
        for (const top of nearInOrder(tops, place)) expect(place(top)).toBe('near');
      }),
      { numRuns: 1000 },
    );
  });
});
