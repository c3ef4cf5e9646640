/**
 * Reads that the surrounding code proves are in range (a loop bound, a length check just above, a
 * regex group that cannot be skipped). With `noUncheckedIndexedAccess` the compiler cannot see the
 * proof, so these helpers state it once: if the proof is ever wrong they throw with a message that
 * names what was read, instead of letting `undefined` travel on and fail somewhere unrelated.
 *
 * Reads that can really miss (a lookup by a stored id, an optional regex group, an empty list) are
 * handled where they happen, not with these.
 */

/** `items[i]` for an index the caller's bounds guarantee; `what` names the list in the error. */
export function at<T>(items: ArrayLike<T>, i: number, what = 'list'): T {
  const item = items[i];
  if (item === undefined) throw new RangeError(`${what}: no item at ${i} (length ${items.length})`);
  return item;
}

/** The first item of a list the caller knows is not empty. */
export function first<T>(items: ArrayLike<T>, what = 'list'): T {
  return at(items, 0, what);
}

/** The last item of a list the caller knows is not empty. */
export function last<T>(items: ArrayLike<T>, what = 'list'): T {
  return at(items, items.length - 1, what);
}

/** Capture group `n` of a match whose pattern always fills it (the group is not optional). */
export function group(match: RegExpMatchArray | RegExpExecArray, n: number): string {
  const text = match[n];
  if (text === undefined) throw new RangeError(`pattern ${match[0] === undefined ? '' : `matching "${match[0]}" `}left group ${n} empty`);
  return text;
}

/** A list with at least one item, so `[0]` needs no check. */
export type NonEmpty<T> = [T, ...T[]];

export function isNonEmpty<T>(items: T[]): items is NonEmpty<T> {
  return items.length > 0;
}

/** The one item of a list or set that has exactly one, else undefined ("the only club the page names"). */
export function soleItem<T>(items: Iterable<T>): T | undefined {
  let only: T | undefined;
  let count = 0;
  for (const item of items) {
    if (++count > 1) return undefined;
    only = item;
  }
  return only;
}
