/**
 * Installing a validated dataset as a new generation, and cleaning up after crashes. Nothing of
 * the active generation is touched until the new one is complete and switched to; an install
 * that fails (a full disk, a stalled database, anything) deletes what it wrote and says why.
 */
import type { Dataset } from '../../../lib/dataset/types';
import type { DataMeta } from '../../../lib/protocol';
import { compileWithWordLists } from '../../../lib/engine/compile';
import { serialiseNameIndex } from '../../../lib/engine/name-index';
import { SearchIndex, searchEntries } from '../../../lib/search-index';
import { heldNameIndex, heldSearch } from './held';
import { newestAsOf, sourcesOf, RECORD_KINDS, type MergeSummary, type RecordKind } from '../../../lib/dataset/merge';
import { diffDigests, digestOf, type Digest, type DigestDiff } from '../../../lib/dataset/digest';
import { generationRange, type DB, type DerivedRow, type LayerRecord } from './db';

/** Records per transaction: no one transaction holds a large install. */
const CHUNK = 2000;
/**
 * A change of at most this many rows, and at most a quarter of the data, is written into the
 * active generation, in one transaction with the switch (so it lands whole or not at all). A
 * larger one is written as a new generation: rewriting most rows in place would cost more than
 * writing them fresh, and the old generation goes in one range delete.
 */
export const IN_PLACE_ROWS = CHUNK;

function fitsInPlace(diff: DigestDiff, dataset: Dataset): boolean {
  const rows = dataset.clubs.length + dataset.players.length + (dataset.staff?.length ?? 0) + (dataset.rumours?.length ?? 0);
  return diff.size <= IN_PLACE_ROWS && diff.size * 4 <= rows;
}
/** An install with no completed transaction for this long has stalled (a full disk can do this). */
export const STALL_MS = 30_000;

/** A failed install, in words a reader can act on; the data in use is unchanged. */
export class InstallError extends Error {}

export interface InstallOptions {
  bundled: string;
  now: Date;
  /** Layer writes that must land in the same transaction as the switch. */
  layers?: { put?: LayerRecord; remove?: string };
  /** Told how far the install has got, from 0 to 1. */
  onProgress?: (fraction: number) => void;
  /**
   * Told what changed against the installed data, when the installed data's digest says
   * (a database written before digests were kept has none: then this is not called).
   */
  onSummary?: (summary: MergeSummary) => void;
  /** Test hook: throw after this many chunks, as a killed worker would stop. */
  failAfterChunks?: number;
  /** Overrides STALL_MS (tests). */
  stallMs?: number;
}

type AnyTx = { done: Promise<void>; abort(): void };

/**
 * Waits for a transaction to complete, or aborts it when none completes within `stallMs`: a disk
 * near full can leave IndexedDB neither finishing nor failing for minutes.
 */
async function completed(tx: AnyTx, stallMs: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stalled = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      try {
        tx.abort();
      } catch {
        // Already finished or aborted: the stall is what matters.
      }
      reject(new InstallError(`The browser's database stopped answering for ${Math.round(stallMs / 1000)} seconds (is the disk full?), so the install was stopped`));
    }, stallMs);
  });
  try {
    await Promise.race([tx.done, stalled]);
  } finally {
    clearTimeout(timer);
  }
}

/** A request's own failure is the transaction's failure, reported by `done`; don't let it float unhandled. */
const queued = (request: Promise<unknown>) => void request.catch(() => {});

function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name;
  return name === 'QuotaExceededError' || (error instanceof Error && /quota/i.test(error.message));
}

/** The reader's words for a failed install. */
function described(error: unknown): Error {
  if (error instanceof InstallError) return error;
  if (isQuotaError(error)) return new InstallError('There is not enough disk space for the data (the browser refused to store more); free some space and try again');
  return error instanceof Error ? error : new Error(String(error));
}

export async function activeMeta(db: DB): Promise<DataMeta | undefined> {
  const row = await db.get('meta', 'active');
  return row && 'meta' in row ? row.meta : undefined;
}

export async function installDataset(db: DB, dataset: Dataset, options: InstallOptions): Promise<DataMeta> {
  await discardUnfinished(db, options.stallMs).catch((error) => Promise.reject(described(error)));
  const previous = await activeMeta(db);
  const stallMs = options.stallMs ?? STALL_MS;
  const digest = digestOf(dataset);
  const before = previous ? await db.get('derived', previous.gen) : undefined;
  if (previous && before) {
    const diff = diffDigests(JSON.parse(before.digest) as Digest, digest);
    options.onSummary?.(diff.summary);
    if (fitsInPlace(diff, dataset)) return changeInPlace(db, previous, before.revision + 1, dataset, digest, diff, options, stallMs);
  }
  const gen = (previous?.gen ?? 0) + 1;
  let written: ReturnType<typeof derivedOf>;
  try {
    const pending = db.transaction('meta', 'readwrite');
    queued(pending.store.put({ key: 'pending', gen, bundled: options.bundled }));
    await completed(pending, stallMs);
    written = await writeGeneration(db, gen, dataset, digest, options, stallMs);
  } catch (error) {
    // Nothing switched: the active generation is as it was. Drop the partial one now (a killed
    // worker cannot; the next start does, in discardUnfinished).
    await cleanUp(db, stallMs);
    throw described(error);
  }
  const meta = metaOf(gen, dataset, options);
  try {
    await switchTo(db, meta, options, stallMs);
  } catch (error) {
    // The switch is one transaction: failed, it changed nothing.
    await cleanUp(db, stallMs);
    throw described(error);
  }
  hold(db, meta, written);
  options.onProgress?.(1);
  // The new data is in use: the old rows are garbage now, and failing to delete them is no failure of the install.
  if (previous) await deleteGeneration(db, previous.gen, stallMs).catch((error) => console.error(`Footnote: could not delete generation ${previous.gen}`, error));
  return meta;
}

/** What an install stores beside its rows: the compiled name index and the derived row. */
function derivedOf(gen: number, revision: number, dataset: Dataset, digest: Digest) {
  const entries = searchEntries(dataset);
  return {
    index: { gen, index: serialiseNameIndex(compileWithWordLists(dataset, `${revision ? `${gen}.${revision}` : gen}:${dataset.asOf}`)) },
    derived: { gen, revision, search: JSON.stringify(entries), digest: JSON.stringify(digest) } satisfies DerivedRow,
    entries,
  };
}

/** The worker that installed the data holds its indexes at once: the next keystroke and tab need no database read. */
function hold(db: DB, meta: DataMeta, derived: ReturnType<typeof derivedOf>) {
  heldNameIndex.set(db, meta, derived.index.index);
  heldSearch.set(db, meta, new SearchIndex(derived.entries));
}

/**
 * A small change, written into the active generation: only the rows the digests say changed,
 * the derived data, the meta and the layer change, all in one transaction. It lands whole or not
 * at all, so readers see the old data or the new, never a mix.
 */
async function changeInPlace(db: DB, previous: DataMeta, revision: number, dataset: Dataset, digest: Digest, diff: DigestDiff, options: InstallOptions, stallMs: number): Promise<DataMeta> {
  const gen = previous.gen;
  const made = derivedOf(gen, revision, dataset, digest);
  const { index, derived } = made;
  const meta = { ...metaOf(gen, dataset, options), revision };
  try {
    // A worker stopped before the one transaction commits has changed nothing.
    options.onProgress?.(0.5);
    if (options.failAfterChunks !== undefined) throw new Error('install interrupted');
    const tx = db.transaction(['clubs', 'players', 'staff', 'rumours', 'transfers', 'nameIndex', 'derived', 'meta', 'layers'], 'readwrite');
    const changed = <T extends { id: string }>(kind: RecordKind, list: T[] | undefined): T[] => {
      const ids = new Set(diff.put[kind]);
      return ids.size ? (list ?? []).filter((r) => ids.has(r.id)) : [];
    };
    for (const row of changed('clubs', dataset.clubs)) queued(tx.objectStore('clubs').put({ ...row, gen }));
    for (const row of changed('players', dataset.players)) queued(tx.objectStore('players').put({ ...row, gen }));
    for (const row of changed('staff', dataset.staff)) queued(tx.objectStore('staff').put({ ...row, gen }));
    for (const row of changed('rumours', dataset.rumours)) queued(tx.objectStore('rumours').put({ ...row, gen }));
    for (const kind of RECORD_KINDS) for (const id of diff.remove[kind]) queued(tx.objectStore(kind).delete([gen, id]));
    const newTransfers = new Set(diff.transfers.put);
    for (const row of dataset.transfers ?? []) if (newTransfers.has(row.id)) queued(tx.objectStore('transfers').put({ ...row, gen }));
    for (const id of diff.transfers.remove) queued(tx.objectStore('transfers').delete([gen, id]));
    queued(tx.objectStore('nameIndex').put(index));
    queued(tx.objectStore('derived').put(derived));
    queued(tx.objectStore('meta').put({ key: 'active', meta }));
    if (options.layers?.put) queued(tx.objectStore('layers').put(options.layers.put));
    if (options.layers?.remove) queued(tx.objectStore('layers').delete(options.layers.remove));
    await completed(tx, stallMs);
  } catch (error) {
    throw described(error);
  }
  hold(db, meta, made);
  options.onProgress?.(1);
  return meta;
}

async function writeGeneration(db: DB, gen: number, dataset: Dataset, digest: Digest, options: InstallOptions, stallMs: number): Promise<ReturnType<typeof derivedOf>> {
  // Every write is handed to the browser first, then this thread compiles the name index while
  // the browser stores the rows: the two overlap. Chunked transactions keep each one small, and
  // each must complete within stallMs (a full disk can leave one hanging).
  let submitted = 0;
  let written = 0;
  const total = Math.max(1, Math.ceil((dataset.clubs.length + dataset.players.length + (dataset.staff?.length ?? 0) + (dataset.rumours?.length ?? 0) + (dataset.transfers?.length ?? 0)) / CHUNK));
  // Each write's outcome, caught at once (a failure while the index compiles is not "unhandled").
  const pending: Promise<{ error?: unknown }>[] = [];
  const track = (write: Promise<unknown>) => pending.push(write.then(() => ({}), (error: unknown) => ({ error })));
  const writeAll = <S extends 'clubs' | 'players' | 'staff' | 'rumours' | 'transfers'>(store: S, rows: object[]) => {
    for (let i = 0; i < rows.length; i += CHUNK) {
      if (options.failAfterChunks !== undefined && submitted >= options.failAfterChunks) throw new Error('install interrupted');
      const tx = db.transaction(store, 'readwrite');
      for (const row of rows.slice(i, i + CHUNK)) queued(tx.store.put({ ...row, gen } as never));
      submitted++;
      track(completed(tx, stallMs).then(() => options.onProgress?.(Math.min(0.95, ++written / total))));
    }
  };
  try {
    writeAll('clubs', dataset.clubs);
    writeAll('players', dataset.players);
    writeAll('staff', dataset.staff ?? []);
    writeAll('rumours', dataset.rumours ?? []);
    writeAll('transfers', dataset.transfers ?? []);
  } catch (error) {
    await Promise.all(pending);
    throw error;
  }
  const made = derivedOf(gen, 0, dataset, digest);
  const { index, derived } = made;
  // Every write settles before a failure is reported, so the clean-up that follows races nothing.
  const failed = (await Promise.all(pending)).find((outcome) => 'error' in outcome);
  if (failed) throw failed.error;
  const search = db.transaction('derived', 'readwrite');
  queued(search.store.put(derived));
  await completed(search, stallMs);
  const tx = db.transaction('nameIndex', 'readwrite');
  queued(tx.store.put(index));
  await completed(tx, stallMs);
  return made;
}

function metaOf(gen: number, dataset: Dataset, options: InstallOptions): DataMeta {
  return {
    gen,
    version: dataset.version,
    // A merge of layers is as new as its newest fact; its own asOf is the default of records without one.
    asOf: newestAsOf(dataset),
    source: sourcesOf(dataset),
    defaults: { asOf: dataset.asOf, source: dataset.source },
    counts: {
      players: dataset.players.length,
      clubs: dataset.clubs.length,
      staff: dataset.staff?.length ?? 0,
      rumours: dataset.rumours?.length ?? 0,
    },
    installedAt: options.now.toISOString(),
    bundled: options.bundled,
  };
}

/**
 * The switch: one transaction, after everything above is durable. A layer added or removed
 * lands in the same one, so the layers and the merged data never disagree.
 */
async function switchTo(db: DB, meta: DataMeta, options: InstallOptions, stallMs: number): Promise<void> {
  const tx = db.transaction(['meta', 'layers'], 'readwrite');
  queued(tx.objectStore('meta').put({ key: 'active', meta }));
  queued(tx.objectStore('meta').delete('pending'));
  if (options.layers?.put) queued(tx.objectStore('layers').put(options.layers.put));
  if (options.layers?.remove) queued(tx.objectStore('layers').delete(options.layers.remove));
  await completed(tx, stallMs);
}

/** Drops a partial install, within the stall limit: a database that hangs must not hang the reply too. */
async function cleanUp(db: DB, stallMs: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const giveUp = new Promise<void>((resolve) => (timer = setTimeout(resolve, stallMs)));
  try {
    await Promise.race([discardUnfinished(db, stallMs), giveUp]);
  } catch (error) {
    // The next start tries again (ensureBundled begins with discardUnfinished).
    console.error('Footnote: could not remove a partial install yet', error);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A pending generation that never became active was cut short: drop what it wrote. Rows of any
 * other generation but the active one go too (an old generation whose deletion failed after a
 * switch): nothing reads them, and they would hold disk space forever.
 */
export async function discardUnfinished(db: DB, stallMs = STALL_MS): Promise<void> {
  const pending = await db.get('meta', 'pending');
  if (pending && 'gen' in pending) {
    await deleteGeneration(db, pending.gen, stallMs);
    await db.delete('meta', 'pending');
  }
  await deleteOtherGenerations(db, (await activeMeta(db))?.gen, stallMs);
}

async function deleteOtherGenerations(db: DB, active: number | undefined, stallMs: number): Promise<void> {
  if (active === undefined) return deleteGenerations(db, [{ rows: IDBKeyRange.lowerBound([-Infinity]), gens: IDBKeyRange.lowerBound(-Infinity) }], stallMs);
  // [gen, id] keys sort by generation: everything below [active] and above [active, <any id>].
  await deleteGenerations(db, [
    { rows: IDBKeyRange.upperBound([active], true), gens: IDBKeyRange.upperBound(active, true) },
    { rows: IDBKeyRange.lowerBound([active, []], true), gens: IDBKeyRange.lowerBound(active, true) },
  ], stallMs);
}

function deleteGeneration(db: DB, gen: number, stallMs = STALL_MS): Promise<void> {
  return deleteGenerations(db, [{ rows: generationRange(gen), gens: IDBKeyRange.only(gen) }], stallMs);
}

/**
 * Deletes generations in one transaction: `rows` is a range of [gen, id] keys, `gens` the same
 * generations as plain numbers (the keys of the name index and the derived rows).
 */
async function deleteGenerations(db: DB, ranges: Array<{ rows: IDBKeyRange; gens: IDBKeyRange }>, stallMs: number): Promise<void> {
  const tx = db.transaction(['clubs', 'players', 'staff', 'rumours', 'transfers', 'nameIndex', 'derived'], 'readwrite');
  for (const { rows, gens } of ranges) {
    for (const store of ['clubs', 'players', 'staff', 'rumours', 'transfers'] as const) queued(tx.objectStore(store).delete(rows));
    queued(tx.objectStore('nameIndex').delete(gens));
    queued(tx.objectStore('derived').delete(gens));
  }
  await completed(tx, stallMs);
}
