/**
 * What the worker holds of the data in use, so a keystroke or a new tab does not read it from
 * the database again: one value per database and kind, for one data revision
 * (`gen.revision`). A worker that stops loses it; the next ask reads it back once.
 */
import type { DataMeta } from '../../../lib/protocol';
import type { NameIndex, SerialisedNameIndex } from '../../../lib/engine/name-index';
import type { SearchIndex } from '../../../lib/search-index';
import type { DB } from './db';

export const revisionOf = (meta: DataMeta) => `${meta.gen}.${meta.revision ?? 0}`;

export class Held<T> {
  private readonly held = new WeakMap<DB, { key: string; value: Promise<T> }>();

  /** The value for this revision: the one held, or `load`'s (a failed load is not kept). */
  get(db: DB, meta: DataMeta, load: () => Promise<T>): Promise<T> {
    const key = revisionOf(meta);
    const current = this.held.get(db);
    if (current?.key === key) return current.value;
    const value = load();
    this.held.set(db, { key, value });
    value.catch(() => {
      if (this.held.get(db)?.value === value) this.held.delete(db);
    });
    return value;
  }

  /** What an install has just computed, held for the revision it made. */
  set(db: DB, meta: DataMeta, value: T): void {
    this.held.set(db, { key: revisionOf(meta), value: Promise.resolve(value) });
  }
}

/** The packed name index of the data in use (every new tab asks for it). */
export const heldNameIndex = new Held<SerialisedNameIndex | null>();
/** The same, unpacked: what the background matches pages with (entrypoints/background/matching.ts). */
export const heldMatchIndex = new Held<NameIndex | null>();
/** The search index of the data in use. */
export const heldSearch = new Held<SearchIndex>();
