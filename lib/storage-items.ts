/**
 * Everything Footnote keeps in extension storage, one typed item each, with its version. The
 * dataset is not here: it lives in the background's IndexedDB.
 *
 * lib/ stays free of browser APIs, so this module takes WXT's `storage` (entrypoints pass
 * `storage` from 'wxt/utils/storage'). Readers never trust what is stored: sites and prefs
 * are validated (and migrated) every time they are read.
 */
import type { WxtStorage } from 'wxt/utils/storage';
import { migrateSites, type SitesState } from './sites/sites';
import { readPrefs, type Prefs } from './prefs';
import type { UpdateInfo, UpstreamInfo } from './protocol';
import { readLearnSettings, type LearnSettings } from './rumours/learn-message';

export function storageItems(storage: WxtStorage) {
  return {
    /** The tracked sites (lib/sites: its own state version and migrations, applied on every read). */
    sites: storage.defineItem<unknown>('local:sites', { version: 1 }),
    /** Badge preferences, written by the options page, read by content scripts. */
    prefs: storage.defineItem<unknown>('local:prefs', { version: 1 }),
    /** The update address and what its last checks found. */
    update: storage.defineItem<UpdateInfo>('local:update', { version: 1, fallback: {} }),
    /** The one-click transfermarkt-datasets source: on or off, and what its last checks found. */
    upstream: storage.defineItem<UpstreamInfo>('local:upstream', { version: 1, fallback: {} }),
    /** The per-site "learn here" switches (lib/rumours/learn-message.ts: a site not listed follows its own switch). */
    learn: storage.defineItem<unknown>('local:learn', { version: 1 }),
    /** The site a popup or options page is asking permission for (Firefox may close the popup meanwhile). */
    pendingSite: storage.defineItem<string | null>('session:pendingSite', { fallback: null }),
    /** A record a hover card asked the popup to show when it opens. */
    pendingRecord: storage.defineItem<string | null>('session:pendingRecord', { fallback: null }),
  };
}

export type StorageItems = ReturnType<typeof storageItems>;

export async function loadSitesState(items: StorageItems): Promise<SitesState> {
  return migrateSites(await items.sites.getValue());
}

export async function loadLearnSettings(items: StorageItems): Promise<LearnSettings> {
  return readLearnSettings(await items.learn.getValue());
}

export async function loadPrefs(items: StorageItems): Promise<Prefs> {
  return readPrefs(await items.prefs.getValue());
}
