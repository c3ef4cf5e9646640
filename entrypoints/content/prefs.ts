/**
 * The reader's settings the content script needs (badge preferences and corrections), read
 * straight from storage.sync, where lib/storage-items.ts keeps them (lib/sync-settings.ts names the keys): the content script does not
 * carry WXT's storage library for two keys. The corrections' chunked form is read and written by
 * lib/sync-chunks.ts's own code (areaSyncedItem); every value is validated on every read
 * (lib/prefs.ts, lib/corrections.ts), whoever wrote it.
 */
import { browser } from 'wxt/browser';
import { readPrefs, type Prefs } from '../../lib/prefs';
import type { Corrections } from '../../lib/corrections';
import { CORRECTIONS_CODEC, SYNC_KEYS } from '../../lib/sync-settings';
import { areaSyncedItem, type SyncArea } from '../../lib/sync-chunks';

const sync: SyncArea = {
  get: (keys) => browser.storage.sync.get(keys),
  set: (items) => browser.storage.sync.set(items),
  remove: (keys) => browser.storage.sync.remove(keys),
};

export const corrections = areaSyncedItem<Corrections>(sync, SYNC_KEYS.corrections, CORRECTIONS_CODEC);

export async function loadPrefs(): Promise<Prefs> {
  return readPrefs((await sync.get([SYNC_KEYS.prefs]))[SYNC_KEYS.prefs]);
}

/**
 * Calls back with the new preferences, or the new corrections, whenever they change (the
 * corrections' header changes with every write: its checksum does); returns the unwatch function.
 */
export function watchSettings(on: { prefs: (prefs: Prefs) => void; corrections: (corrections: Corrections) => void }): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'sync') return;
    const prefs = changes[SYNC_KEYS.prefs];
    if (prefs) on.prefs(readPrefs(prefs.newValue));
    if (changes[corrections.headerKey]) void corrections.getValue().then(on.corrections);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
