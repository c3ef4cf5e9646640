/** Installing a validated dataset as a new generation, and cleaning up after crashes. */
import type { Dataset } from '../../../lib/dataset/types';
import type { DataMeta } from '../../../lib/protocol';
import { compileWithWordLists } from '../../../lib/engine/compile';
import { serialiseNameIndex } from '../../../lib/engine/name-index';
import { searchTerms } from '../../../lib/search';
import { newestAsOf, sourcesOf } from '../../../lib/dataset/merge';
import { generationRange, type DB, type LayerRecord } from './db';

/** Records per transaction: no one transaction holds a large install. */
const CHUNK = 2000;

export interface InstallOptions {
  bundled: string;
  now: Date;
  /** Layer writes that must land in the same transaction as the switch. */
  layers?: { put?: LayerRecord; remove?: string };
  /** Told how far the install has got, from 0 to 1. */
  onProgress?: (fraction: number) => void;
  /** Test hook: throw after this many chunks, as a killed worker would stop. */
  failAfterChunks?: number;
}

export async function activeMeta(db: DB): Promise<DataMeta | undefined> {
  const row = await db.get('meta', 'active');
  return row && 'meta' in row ? row.meta : undefined;
}

export async function installDataset(db: DB, dataset: Dataset, options: InstallOptions): Promise<DataMeta> {
  await discardUnfinished(db);
  const previous = await activeMeta(db);
  const gen = (previous?.gen ?? 0) + 1;
  await db.put('meta', { key: 'pending', gen, bundled: options.bundled });

  // Every write is handed to the browser first, then this thread compiles the name index while
  // the browser stores the rows: the two overlap. Chunked transactions keep each one small.
  let submitted = 0;
  let written = 0;
  const total = Math.max(1, Math.ceil((dataset.clubs.length + dataset.players.length + (dataset.staff?.length ?? 0) + (dataset.rumours?.length ?? 0)) / CHUNK));
  const pending: Promise<void>[] = [];
  const writeAll = <S extends 'clubs' | 'players' | 'staff' | 'rumours'>(store: S, rows: object[]) => {
    for (let i = 0; i < rows.length; i += CHUNK) {
      if (options.failAfterChunks !== undefined && submitted >= options.failAfterChunks) throw new Error('install interrupted');
      const tx = db.transaction(store, 'readwrite');
      for (const row of rows.slice(i, i + CHUNK)) void tx.store.put({ ...row, gen } as never);
      submitted++;
      pending.push(tx.done.then(() => options.onProgress?.(Math.min(0.95, ++written / total))));
    }
  };
  try {
    writeAll('clubs', dataset.clubs);
    writeAll('players', dataset.players);
    writeAll('staff', dataset.staff ?? []);
    writeAll('rumours', dataset.rumours ?? []);
  } catch (error) {
    await Promise.allSettled(pending);
    throw error;
  }
  const names = db.transaction('names', 'readwrite');
  for (const entity of [...dataset.clubs, ...dataset.players, ...(dataset.staff ?? [])]) {
    for (const term of searchTerms(entity)) void names.store.add({ gen, term, id: entity.id });
  }
  pending.push(names.done);
  const index = serialiseNameIndex(compileWithWordLists(dataset, `${gen}:${dataset.asOf}`));
  await Promise.all(pending);
  await db.put('nameIndex', { gen, index });

  const meta: DataMeta = {
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
  // The switch: one transaction, after everything above is durable. A layer added or removed
  // lands in the same one, so the layers and the merged data never disagree.
  const tx = db.transaction(['meta', 'layers'], 'readwrite');
  void tx.objectStore('meta').put({ key: 'active', meta });
  void tx.objectStore('meta').delete('pending');
  if (options.layers?.put) void tx.objectStore('layers').put(options.layers.put);
  if (options.layers?.remove) void tx.objectStore('layers').delete(options.layers.remove);
  await tx.done;
  options.onProgress?.(1);

  if (previous) await deleteGeneration(db, previous.gen);
  return meta;
}

/** A pending generation that never became active was cut short: drop what it wrote. */
export async function discardUnfinished(db: DB): Promise<void> {
  const pending = await db.get('meta', 'pending');
  if (!pending || !('gen' in pending)) return;
  await deleteGeneration(db, pending.gen);
  await db.delete('meta', 'pending');
}

async function deleteGeneration(db: DB, gen: number): Promise<void> {
  // Names have auto-increment keys: walk the generation's part of the term index.
  const names = db.transaction('names', 'readwrite');
  let cursor = await names.store.index('byTerm').openCursor(generationRange(gen));
  while (cursor) {
    void cursor.delete();
    cursor = await cursor.continue();
  }
  await names.done;
  await db.delete('nameIndex', gen);
  for (const store of ['clubs', 'players', 'staff', 'rumours'] as const) {
    await db.delete(store, generationRange(gen));
  }
}
