/**
 * A setting kept in storage.sync, where the browser allows 8 kB per item (key and JSON value
 * together, QUOTA_BYTES_PER_ITEM), 100 kB and 512 items in all. A value that may outgrow one item
 * (the sites list, the corrections) is stored as one small header, `sync:<key>` =
 * `{ v, n, sum }`, and its JSON text cut into `n` chunks, `sync:<key>.0` … `sync:<key>.<n-1>`,
 * each under the per-item quota. Header and chunks are written in one `set` call, which the
 * browser applies (and syncs, and reports to watchers) as one change; chunks left over from a
 * longer value are removed after it.
 *
 * `sum` is a checksum of the text: it changes whenever the value does (so watching the header is
 * enough), and a read that finds chunks of another write (another browser's change arriving
 * mid-read) is told apart and read again.
 *
 * At the limits: each item has its own budget (`maxBytes`), chosen so that all of Footnote's
 * synced items together stay under the 100 kB total. A value over its budget is refused before
 * anything is written, with the item's own message (`fullMessage`), and the stored value stays as
 * it was. A write the browser refuses for another reason (its write-rate quotas, 120 a minute)
 * rejects the same way: nothing is half written.
 *
 * This module is the format alone, with no storage library: lib/sync-item.ts keeps it through
 * WXT's storage (extension pages and the background; content scripts ask the background,
 * entrypoints/background/page-settings.ts).
 */

/** Chrome's QUOTA_BYTES_PER_ITEM, which Firefox shares. */
export const SYNC_ITEM_BYTES = 8192;
/** Chrome's QUOTA_BYTES (the whole sync area). */
export const SYNC_TOTAL_BYTES = 102_400;
/** Room left in each chunk for the key and JSON's quotes: a chunk's value is a JSON string. */
const CHUNK_TEXT_BYTES = SYNC_ITEM_BYTES - 200;

export interface SyncCodec<T> {
  /** The stored form's version: a header of another version is read through `decode(raw, v)`. */
  version: number;
  encode: (value: T) => unknown;
  /** Any stored form (of any version), or undefined when nothing is stored, made a valid value. */
  decode: (raw: unknown, version: number | undefined) => T;
  /** This item's share of the sync area, in bytes. */
  maxBytes: number;
  /** Said when a value would not fit, as a reader-facing sentence. */
  fullMessage: string;
}

export interface SyncedItem<T> {
  readonly key: string;
  getValue: () => Promise<T>;
  setValue: (value: T) => Promise<void>;
  /** Whether anything is stored at all (the local-to-sync migration asks). */
  exists: () => Promise<boolean>;
  watch: (callback: (value: T) => void) => () => void;
}

interface Header {
  v: number;
  n: number;
  sum: string;
}

const encoder = new TextEncoder();
export const utf8Bytes = (text: string): number => encoder.encode(text).length;

/** FNV-1a over UTF-16 code units, as 8 hex digits: a change detector, not a security measure. */
export function checksum(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** Cuts `text` into pieces whose JSON forms each take at most `maxBytes` (never inside a character). */
export function chunkText(text: string, maxBytes: number = CHUNK_TEXT_BYTES): string[] {
  const chunks: string[] = [];
  let current = '';
  let bytes = 2;
  for (const ch of text) {
    const size = jsonBytes(ch);
    if (bytes + size > maxBytes && current) {
      chunks.push(current);
      current = '';
      bytes = 2;
    }
    current += ch;
    bytes += size;
  }
  if (current || chunks.length === 0) chunks.push(current);
  return chunks;
}

/** The bytes storage.sync counts for a header and its chunks (keys and JSON values). */
export function storedBytes(entries: Array<{ key: string; value: unknown }>): number {
  return entries.reduce((sum, e) => sum + utf8Bytes(e.key) + utf8Bytes(JSON.stringify(e.value)), 0);
}

/** The UTF-8 bytes one character takes inside a JSON string (escapes included). */
function jsonBytes(ch: string): number {
  const code = ch.charCodeAt(0);
  if (ch.length === 2) return 4;
  if (code === 0x22 || code === 0x5c) return 2;
  if (code < 0x20) return utf8Bytes(JSON.stringify(ch)) - 2;
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  // Lone surrogates are written as \uXXXX by JSON.stringify.
  return code >= 0xd800 && code <= 0xdfff ? 6 : 3;
}

export function isHeader(raw: unknown): raw is Header {
  const h = raw as Partial<Header> | null;
  return !!h && typeof h.v === 'number' && typeof h.n === 'number' && Number.isInteger(h.n) && h.n >= 0 && h.n <= 512 && typeof h.sum === 'string';
}

/** The storage entries for a value: the header first, then the chunks (what setValue writes). */
export function syncEntries(key: string, text: string, version: number): Array<{ key: string; value: unknown }> {
  const chunks = chunkText(text);
  return [
    { key: `sync:${key}`, value: { v: version, n: chunks.length, sum: checksum(text) } satisfies Header },
    ...chunks.map((chunk, i) => ({ key: `sync:${key}.${i}`, value: chunk })),
  ];
}

export interface StoredParts {
  header: () => Promise<unknown>;
  chunks: (n: number) => Promise<unknown[]>;
}

/** Header, then chunks: the value, or the defaults when nothing (or nothing whole, after three tries) is stored. */
export async function readStored<T>(parts: StoredParts, decode: SyncCodec<T>['decode']): Promise<T> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const header = await parts.header();
    if (!isHeader(header)) return decode(undefined, undefined);
    const text = (await parts.chunks(header.n)).map((c) => (typeof c === 'string' ? c : '')).join('');
    // Chunks of another write (torn) or broken JSON: read again.
    if (checksum(text) !== header.sum) continue;
    try {
      return decode(JSON.parse(text), header.v);
    } catch {
      continue;
    }
  }
  // Still torn or broken: the defaults, never an exception (the next save repairs it).
  return decode(undefined, undefined);
}

/** What a write stores (header and chunks, `sync:` keys) and which chunks of a longer value it leaves to remove. */
export function planWrite<T>(key: string, value: T, codec: SyncCodec<T>, before: unknown): { entries: Array<{ key: string; value: unknown }>; stale: number[] } {
  const entries = syncEntries(key, JSON.stringify(codec.encode(value)), codec.version);
  if (storedBytes(entries) > codec.maxBytes) throw new Error(codec.fullMessage);
  const was = isHeader(before) ? before.n : 0;
  const now = entries.length - 1;
  return { entries, stale: Array.from({ length: Math.max(0, was - now) }, (_, i) => now + i) };
}
