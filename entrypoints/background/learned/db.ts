/**
 * The reader's own layer: rumours learned while reading, in a database of their own
 * (`footnote-learned`), so the dataset's database can be rebuilt, migrated or replaced without
 * touching what the reader's browsing taught Footnote.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { LearnedEntry } from '../../../lib/rumours/history';

export interface LearnedDBSchema extends DBSchema {
  entries: {
    key: number;
    value: LearnedEntry & { id?: number };
    indexes: { byPlayer: string; byClub: string };
  };
}

export type LearnedDB = IDBPDatabase<LearnedDBSchema>;

export const LEARNED_DB = 'footnote-learned';

export function openLearnedDB(name = LEARNED_DB): Promise<LearnedDB> {
  return openDB<LearnedDBSchema>(name, 1, {
    upgrade(db) {
      const entries = db.createObjectStore('entries', { keyPath: 'id', autoIncrement: true });
      entries.createIndex('byPlayer', 'playerId');
      entries.createIndex('byClub', 'clubId');
    },
  });
}
