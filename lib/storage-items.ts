/**
 * Everything Footnote keeps in extension storage, one typed item each, with its version. The
 * dataset is not here: it lives in the background's IndexedDB, and never syncs.
 *
 * The reader's settings (sites, badge preferences, corrections) live in storage.sync, so they
 * follow the reader to their other browsers; the rest stays in this browser (storage.local,
 * storage.session). Sites and corrections can outgrow storage.sync's 8 kB per item: they are
 * kept in a compact form, cut across items when needed (lib/sync-chunks.ts says how, and what
 * happens at the quotas). Their budgets (lib/sync-settings.ts) keep every synced item together under the 100 kB
 * total: sites 60 kB (about 2,400 added sites), corrections 36 kB (about 600).
 *
 * lib/ stays free of browser APIs, so this module takes WXT's `storage` (entrypoints pass
 * `storage` from 'wxt/utils/storage'). Readers never trust what is stored: every item is
 * validated (and migrated) every time it is read.
 */
import type { WxtStorage } from 'wxt/utils/storage';
import { addSite, migrateSites, setEnabled, type SitesState } from './sites/sites';
import { compactSites, COMPACT_SITES_VERSION, expandSites } from './sites/sync-form';
import { readPrefs, type Prefs } from './prefs';
import type { UpdateInfo, UpstreamInfo } from './protocol';
import { readLearnSettings, type LearnSettings } from './rumours/learn-message';
import type { Corrections } from './corrections';
import { syncedItem } from './sync-item';
import { CORRECTIONS_CODEC, SYNC_BUDGETS } from './sync-settings';
import { SYNC_KEYS } from './sync-keys';

export { SYNC_BUDGETS };

export function storageItems(storage: WxtStorage) {
  return {
    /** The tracked sites (lib/sites), synced in their compact form (lib/sites/sync-form.ts). */
    sites: syncedItem<SitesState>(storage, 'sites', {
      version: COMPACT_SITES_VERSION,
      encode: compactSites,
      decode: expandSites,
      maxBytes: SYNC_BUDGETS.sites,
      fullMessage: 'Footnote cannot keep more sites: its synced settings are full. Remove a site you no longer read first.',
    }),
    /** Badge preferences, written by the options page, read by content scripts. */
    prefs: storage.defineItem<unknown>(`sync:${SYNC_KEYS.prefs}`, { version: 1 }),
    /** The reader's corrections of wrong matches (lib/corrections.ts). */
    corrections: syncedItem<Corrections>(storage, SYNC_KEYS.corrections, CORRECTIONS_CODEC),
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

export function loadSitesState(items: StorageItems): Promise<SitesState> {
  return items.sites.getValue();
}

export async function loadLearnSettings(items: StorageItems): Promise<LearnSettings> {
  return readLearnSettings(await items.learn.getValue());
}

export async function loadPrefs(items: StorageItems): Promise<Prefs> {
  return readPrefs(await items.prefs.getValue());
}

export function loadCorrections(items: StorageItems): Promise<Corrections> {
  return items.corrections.getValue();
}

/** Where versions before sync kept the settings, and the mark that they were moved. */
export const LOCAL_BEFORE_SYNC = { sites: 'local:sites', prefs: 'local:prefs', moved: 'local:movedToSync' } as const;

/**
 * Moves the settings of a version before sync (storage.local) into storage.sync, once per
 * browser. When another browser has already synced its settings, they are kept and this
 * browser's added sites join them (with their on/off); its badge preferences give way. The local
 * copies are left where they were, so going back to an older version finds them.
 * Returns what it did, for the tests.
 */
export async function moveSettingsToSync(storage: WxtStorage, items: StorageItems): Promise<'moved' | 'merged' | 'nothing' | 'done-before'> {
  if (await storage.getItem(LOCAL_BEFORE_SYNC.moved)) return 'done-before';
  const [localSites, localPrefs] = await Promise.all([storage.getItem<unknown>(LOCAL_BEFORE_SYNC.sites), storage.getItem<unknown>(LOCAL_BEFORE_SYNC.prefs)]);
  let result: 'moved' | 'merged' | 'nothing' = 'nothing';
  if (localSites !== null) {
    const local = migrateSites(localSites);
    if (!(await items.sites.exists())) {
      await items.sites.setValue(local);
      result = 'moved';
    } else {
      let synced = await items.sites.getValue();
      for (const site of local.sites) {
        if (site.origin !== 'added' || synced.sites.some((s) => s.id === site.id)) continue;
        const added = addSite(synced, site.id);
        if ('state' in added) synced = setEnabled(added.state, added.site.id, site.enabled);
      }
      await items.sites.setValue(synced);
      result = 'merged';
    }
  }
  if (localPrefs !== null && (await items.prefs.getValue()) === null) {
    await items.prefs.setValue(readPrefs(localPrefs));
    if (result === 'nothing') result = 'moved';
  }
  await storage.setItem(LOCAL_BEFORE_SYNC.moved, true);
  return result;
}
