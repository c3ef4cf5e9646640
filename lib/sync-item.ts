/**
 * A setting kept in storage.sync in the chunked format of lib/sync-chunks.ts (which says how, and
 * what happens at the quotas), through WXT's storage: for extension pages and the background.
 */
import type { WxtStorage } from 'wxt/utils/storage';
import { isHeader, planWrite, readStored, type StoredParts, type SyncCodec, type SyncedItem } from './sync-chunks';

export { checksum, chunkText, storedBytes, SYNC_ITEM_BYTES, SYNC_TOTAL_BYTES, syncEntries, utf8Bytes, type SyncCodec, type SyncedItem } from './sync-chunks';

export function syncedItem<T>(storage: WxtStorage, key: string, codec: SyncCodec<T>): SyncedItem<T> {
  const headerKey = `sync:${key}` as const;
  const chunkKey = (i: number) => `sync:${key}.${i}` as const;
  const parts: StoredParts = {
    header: () => storage.getItem<unknown>(headerKey),
    chunks: async (n) => (await storage.getItems(Array.from({ length: n }, (_, i) => chunkKey(i)))).map((c) => c.value),
  };

  const item: SyncedItem<T> = {
    key: headerKey,
    getValue: () => readStored(parts, codec.decode),
    async setValue(value) {
      const { entries, stale } = planWrite(key, value, codec, await storage.getItem<unknown>(headerKey));
      await storage.setItems(entries.map((e) => ({ key: e.key as `sync:${string}`, value: e.value })));
      if (stale.length) await storage.removeItems(stale.map(chunkKey));
    },
    exists: async () => isHeader(await storage.getItem<unknown>(headerKey)),
    watch: (callback) => storage.watch(headerKey, () => void item.getValue().then(callback)),
  };
  return item;
}

