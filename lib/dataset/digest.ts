/**
 * A merged dataset's digest: per record, a hash of the row as stored and a hash of the text it
 * is compared by (merge.ts `comparisonText`). Kept beside an installed dataset, it tells the next
 * install which rows changed without reading the old rows back or merging the old layers again:
 * a one-record change rewrites one row, and its summary counts come from the same hashes.
 */
import type { Dataset } from './types';
import { comparisonText, countChanges, RECORD_KINDS, type MergeSummary, type RecordKind } from './merge';

/**
 * kind → id → "<row hash>:<comparison hash>"; completed transfers (which no change summary
 * counts) → id → row hash. A digest stored before transfers existed has none: all are new then.
 */
export type Digest = Record<RecordKind, Record<string, string>> & { transfers?: Record<string, string> };

/** cyrb53: a fast 53-bit string hash (a changed row is missed with odds of about 2^-53). */
export function hash53(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

export function digestOf(dataset: Dataset): Digest {
  const transfers: Record<string, string> = {};
  for (const t of dataset.transfers ?? []) transfers[t.id] = hash53(JSON.stringify(t));
  const digest = { players: {}, clubs: {}, staff: {}, rumours: {}, transfers } as Digest;
  for (const kind of RECORD_KINDS) {
    const out = digest[kind];
    for (const record of (dataset[kind] ?? []) as Array<{ id: string }>) {
      out[record.id] = `${hash53(JSON.stringify(record))}:${hash53(comparisonText(kind, record, dataset))}`;
    }
  }
  return digest;
}

export interface DigestDiff {
  /** Ids whose stored row must be written (new or different), per kind. */
  put: Record<RecordKind, string[]>;
  /** Ids no longer in the dataset, per kind. */
  remove: Record<RecordKind, string[]>;
  /** The same for completed transfers. */
  transfers: { put: string[]; remove: string[] };
  summary: MergeSummary;
  /** Rows to write or delete in all. */
  size: number;
}

export function diffDigests(before: Digest, after: Digest): DigestDiff {
  const put = { players: [], clubs: [], staff: [], rumours: [] } as Record<RecordKind, string[]>;
  const remove = { players: [], clubs: [], staff: [], rumours: [] } as Record<RecordKind, string[]>;
  const summary = {} as MergeSummary;
  let size = 0;
  for (const kind of RECORD_KINDS) {
    const old = before[kind] ?? {};
    const now = after[kind];
    for (const [id, h] of Object.entries(now)) if (old[id] === undefined || rowHash(old[id]) !== rowHash(h)) put[kind].push(id);
    for (const id of Object.keys(old)) if (now[id] === undefined) remove[kind].push(id);
    const compared = (d: Record<string, string>) => new Map(Object.entries(d).map(([id, h]) => [id, h.slice(h.indexOf(':') + 1)]));
    summary[kind] = countChanges(compared(old), compared(now));
    size += put[kind].length + remove[kind].length;
  }
  const oldTransfers = before.transfers ?? {};
  const newTransfers = after.transfers ?? {};
  const transfers = {
    put: Object.entries(newTransfers).filter(([id, h]) => oldTransfers[id] !== h).map(([id]) => id),
    remove: Object.keys(oldTransfers).filter((id) => newTransfers[id] === undefined),
  };
  size += transfers.put.length + transfers.remove.length;
  return { put, remove, transfers, summary, size };
}

const rowHash = (h: string | undefined) => (h ?? '').slice(0, (h ?? '').indexOf(':'));
