/**
 * The IndexedDB layout. Every record is stored under the *generation* of the install that
 * wrote it ([gen, id] keys), and `meta.active` names the generation readers use. A new
 * dataset is written under a fresh generation and switched to in one small transaction at the
 * end, so readers never see half a dataset and a worker killed midway leaves the old one in use.
 */
import { openDB, unwrap, type DBSchema, type IDBPDatabase } from 'idb';
import type { Club, Dataset, Player, Rumour, Staff, Transfer } from '../../../lib/dataset/types';
import type { DataMeta, LayerKind } from '../../../lib/protocol';
import type { SerialisedNameIndex } from '../../../lib/engine/name-index';

type Stored<T> = T & { gen: number };

/**
 * What an install derives from its dataset, beside the rows: the popup's search entries and the
 * digest the next install diffs against (both JSON text: one string reads back at once).
 * `revision` counts the in-place changes made to the generation since it was written.
 */
export interface DerivedRow {
  gen: number;
  revision: number;
  /** JSON of SearchEntry[] (lib/search-index.ts). */
  search: string;
  /** JSON of Digest (lib/dataset/digest.ts). */
  digest: string;
}

export interface FootnoteDB extends DBSchema {
  meta: {
    key: string;
    value: { key: 'active'; meta: DataMeta } | { key: 'pending'; gen: number; bundled: string } | { key: 'lastError'; error: string; at: string }
      | WaitingUpdateRow;
  };
  clubs: { key: [number, string]; value: Stored<Club> };
  players: { key: [number, string]; value: Stored<Player>; indexes: { byClub: [number, string] } };
  staff: { key: [number, string]; value: Stored<Staff> };
  rumours: { key: [number, string]; value: Stored<Rumour>; indexes: { byPlayer: [number, string]; byClub: [number, string] } };
  /** Completed transfers (version 3), read with a player's record. */
  transfers: { key: [number, string]; value: Stored<Transfer>; indexes: { byPlayer: [number, string] } };
  derived: { key: number; value: DerivedRow };
  nameIndex: { key: number; value: { gen: number; index: SerialisedNameIndex } };
  /** The datasets the active one is merged from, each as it was added. */
  layers: { key: string; value: LayerRecord };
}

/** A downloaded update that waits for the reader's confirmation (updates.ts). */
export interface WaitingUpdateRow {
  key: 'update-waiting';
  url: string;
  dataset: Dataset;
  etag?: string;
  lastModified?: string;
}

export interface LayerRecord {
  id: string;
  kind: LayerKind;
  /** What the reader sees: "Bundled with Footnote 0.1.0", a file name, a URL. */
  label: string;
  /** Layers merge in this order (the bundled one is 0). */
  order: number;
  addedAt: string;
  dataset: Dataset;
}

export type DB = IDBPDatabase<FootnoteDB>;

export function openFootnoteDB(name = 'footnote'): Promise<DB> {
  return openDB<FootnoteDB>(name, 3, {
    upgrade(db, oldVersion) {
      // Named steps, so a browser with an older database gets exactly what it lacks.
      if (oldVersion < 1) createVersion1(db);
      if (oldVersion < 2) db.createObjectStore('layers', { keyPath: 'id' });
      if (oldVersion < 3) {
        // Version 1's search rows (one per word of every name) gave way to one derived row per
        // generation; an active generation without one is searched from its rows (queries.ts)
        // and the next install writes it.
        const raw = unwrap(db);
        if (raw.objectStoreNames.contains('names')) raw.deleteObjectStore('names');
        db.createObjectStore('derived', { keyPath: 'gen' });
        db.createObjectStore('transfers', { keyPath: ['gen', 'id'] }).createIndex('byPlayer', ['gen', 'playerId']);
      }
    },
  });
}

function createVersion1(db: IDBPDatabase<FootnoteDB>) {
      db.createObjectStore('meta', { keyPath: 'key' });
      db.createObjectStore('clubs', { keyPath: ['gen', 'id'] });
      db.createObjectStore('players', { keyPath: ['gen', 'id'] }).createIndex('byClub', ['gen', 'clubId']);
      db.createObjectStore('staff', { keyPath: ['gen', 'id'] });
      const rumours = db.createObjectStore('rumours', { keyPath: ['gen', 'id'] });
      rumours.createIndex('byPlayer', ['gen', 'playerId']);
      rumours.createIndex('byClub', ['gen', 'clubId']);
      db.createObjectStore('nameIndex', { keyPath: 'gen' });
}

/** All keys of one generation in a [gen, id] store. */
export function generationRange(gen: number): IDBKeyRange {
  return IDBKeyRange.bound([gen], [gen, []]);
}
