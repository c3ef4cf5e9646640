/**
 * The badge preferences, read straight from storage.local: the content script does not carry
 * WXT's storage library for one key. `local:prefs` (lib/storage-items.ts) is the key `prefs`
 * there; its value is validated on every read (lib/prefs.ts), whoever wrote it.
 */
import { browser } from 'wxt/browser';
import { readPrefs, type Prefs } from '../../lib/prefs';

const KEY = 'prefs';

export async function loadPrefs(): Promise<Prefs> {
  const stored: Record<string, unknown> = await browser.storage.local.get(KEY);
  return readPrefs(stored[KEY]);
}

/** Calls back with the new preferences whenever they change; returns the unwatch function. */
export function watchPrefs(onChange: (prefs: Prefs) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[KEY];
    if (area === 'local' && change) onChange(readPrefs(change.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
