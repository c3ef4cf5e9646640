/**
 * The blocks near the reader, found among blocks listed in document order by reading a few boxes
 * instead of every one: a binary search for the first block not above the region, then a walk down
 * until the first block below it.
 *
 * Used when the reader's scrolling pauses (entrypoints/content/viewport.ts): on the 1 MB live blog
 * about 3,300 blocks wait to be written, and handing them all to the IntersectionObserver made it
 * compute every intersection again in each frame the pause's writes changed. A dozen box reads
 * find the same blocks. The list only has to be in document order for the most part: a block out
 * of order (a sidebar, or a block the page added later) may be missed here, and the observer,
 * given the rest once the pause's writes are done, still reports it.
 */

import type { Place } from './viewport';

export function nearInOrder<T>(items: readonly T[], place: (item: T) => Place): T[] {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (place(items[middle]!) === 'above') low = middle + 1;
    else high = middle;
  }
  const near: T[] = [];
  for (let i = low; i < items.length; i++) {
    const where = place(items[i]!);
    if (where === 'below') break;
    if (where === 'near') near.push(items[i]!);
  }
  return near;
}
