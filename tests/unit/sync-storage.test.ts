/**
 * Settings in storage.sync: the compact sites form, values cut across items under the 8 kB
 * per-item quota, the budgets that keep everything under 100 kB, and the one-time move of an
 * older version's storage.local settings.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { addSite, defaultSites, setEnabled, type SitesState } from '../../lib/sites/sites';
import { compactSites, expandSites } from '../../lib/sites/sync-form';
import { chunkText, storedBytes, SYNC_ITEM_BYTES, SYNC_TOTAL_BYTES, syncEntries } from '../../lib/sync-item';
import { LOCAL_BEFORE_SYNC, loadPrefs, loadSitesState, moveSettingsToSync, storageItems, SYNC_BUDGETS } from '../../lib/storage-items';
import { addMuted, addNotThis, NO_CORRECTIONS } from '../../lib/corrections';
import { DEFAULT_PREFS } from '../../lib/prefs';

function withSites(n: number, state: SitesState = defaultSites()): SitesState {
  for (let i = 0; i < n; i++) {
    const r = addSite(state, `football-news-site-${i}.example.co.uk`);
    if ('state' in r) state = r.state;
  }
  return state;
}

/** Every item storage.sync holds, as the browser counts it (key + JSON value). */
async function syncUsage() {
  const all = await fakeBrowser.storage.sync.get(null);
  const entries = Object.entries(all).map(([key, value]) => ({ key, value }));
  return { items: entries.length, largest: Math.max(...entries.map((e) => storedBytes([e]))), total: storedBytes(entries) };
}

beforeEach(() => fakeBrowser.reset());

describe('the compact sites form', () => {
  test('keeps every choice: defaults switched off, added sites in order with their switches, the pause', () => {
    let state = withSites(3);
    state = setEnabled(state, 'bbc.co.uk/sport', false);
    state = setEnabled(state, 'football-news-site-1.example.co.uk', false);
    state = { ...state, paused: true };
    const compact = compactSites(state);
    expect(compact.off).toEqual(['bbc.co.uk/sport']);
    expect(compact.add).toEqual(['football-news-site-0.example.co.uk', '-football-news-site-1.example.co.uk', 'football-news-site-2.example.co.uk']);
    expect(expandSites(JSON.parse(JSON.stringify(compact)), 1)).toEqual(state);
  });

  test('the full state of 80 sites is over 8 kB; its compact form is a fraction of it', () => {
    const state = withSites(60);
    expect(JSON.stringify(state).length).toBeGreaterThan(SYNC_ITEM_BYTES);
    expect(JSON.stringify(compactSites(state)).length).toBeLessThan(SYNC_ITEM_BYTES / 3);
  });

  test('what it cannot understand gives the defaults, or drops only that entry', () => {
    expect(expandSites({ paused: 1, off: [], add: [] }, 99)).toEqual(defaultSites());
    expect(expandSites('junk', 1)).toEqual(defaultSites());
    const read = expandSites({ paused: 0, off: [7, 'goal.com'], add: ['not a site!', 42, 'ok.example'] }, 1);
    expect(read.sites.filter((s) => s.origin === 'added').map((s) => s.id)).toEqual(['ok.example']);
    expect(read.sites.find((s) => s.id === 'goal.com')?.enabled).toBe(false);
  });
});

describe('values across items', () => {
  test('chunks stay under the per-item quota, whatever the characters (quotes and non-ASCII count more)', () => {
    const text = JSON.stringify({ names: Array.from({ length: 3000 }, (_, i) => `Øde"gaard ${i} 日本`) });
    const entries = syncEntries('corrections', text, 1);
    expect(entries.length).toBeGreaterThan(3);
    for (const e of entries) expect(storedBytes([e])).toBeLessThanOrEqual(SYNC_ITEM_BYTES);
    expect(chunkText(text).join('')).toBe(text);
  });

  test('500 added sites round-trip through several items; a shorter list then leaves no stale chunk', async () => {
    const items = storageItems(storage);
    const big = withSites(500);
    await items.sites.setValue(big);
    expect(await loadSitesState(items)).toEqual(big);
    const usage = await syncUsage();
    expect(usage.items).toBeGreaterThan(2);
    expect(usage.largest).toBeLessThanOrEqual(SYNC_ITEM_BYTES);

    const small = withSites(2);
    await items.sites.setValue(small);
    expect(await loadSitesState(items)).toEqual(small);
    expect(Object.keys(await fakeBrowser.storage.sync.get(null)).sort()).toEqual(['sites', 'sites.0']);
  });

  test('a list over its budget is refused with a clear message, and the stored one stays', async () => {
    const items = storageItems(storage);
    const kept = withSites(3);
    await items.sites.setValue(kept);
    await expect(items.sites.setValue(withSites(3000))).rejects.toThrow(/synced settings are full/);
    expect(await loadSitesState(items)).toEqual(kept);
  });

  test('the budgets together stay under the 100 kB total and the 512 items, with room for the preferences', async () => {
    expect(SYNC_BUDGETS.sites + SYNC_BUDGETS.corrections + 2_000).toBeLessThan(SYNC_TOTAL_BYTES);
    const items = storageItems(storage);
    // Both lists as full as their budgets allow.
    let sites = 0;
    for (let n = 64; ; n *= 2) {
      try {
        await items.sites.setValue(withSites(n));
        sites = n;
      } catch {
        break;
      }
    }
    let c = NO_CORRECTIONS;
    for (let i = 0; i < 2000; i++) c = addNotThis(c, { site: `site-${i % 40}.example.com`, form: `Surname${i}`, entityId: `first-surname-${i}`, label: { form: `Surname${i}`, name: `First Surname${i}` } });
    await expect(items.corrections.setValue(c)).rejects.toThrow(/corrections/);
    c = { ...c, notThis: c.notThis.slice(0, 300) };
    await items.corrections.setValue(c);
    await items.prefs.setValue(DEFAULT_PREFS);
    const usage = await syncUsage();
    expect(sites).toBeGreaterThanOrEqual(1024);
    expect(usage.total).toBeLessThan(SYNC_TOTAL_BYTES);
    expect(usage.items).toBeLessThan(512);
    expect(usage.largest).toBeLessThanOrEqual(SYNC_ITEM_BYTES);
  });

  test('a torn read (chunks of another write) is never taken for the value', async () => {
    const items = storageItems(storage);
    await items.corrections.setValue(addMuted(NO_CORRECTIONS, 'Real'));
    await fakeBrowser.storage.sync.set({ 'corrections.0': '{"n":[],"m":[["other"]]}' });
    expect(await items.corrections.getValue()).toEqual(NO_CORRECTIONS);
  });

  test('watching the header sees every change, even one that keeps the number of chunks', async () => {
    const items = storageItems(storage);
    const seen: string[][] = [];
    const unwatch = items.corrections.watch((c) => seen.push(c.muted.map((m) => m.form)));
    await items.corrections.setValue(addMuted(NO_CORRECTIONS, 'Real'));
    await items.corrections.setValue(addMuted(NO_CORRECTIONS, 'Kane'));
    await expect.poll(() => seen).toEqual([['real'], ['kane']]);
    unwatch();
  });
});

describe('moving an older version\'s local settings into sync', () => {
  const olderLocal = async () => {
    const sites = setEnabled(withSites(2), 'goal.com', false);
    await fakeBrowser.storage.local.set({ sites, prefs: { badges: { contract: false, rumours: true }, compact: true, hoverDelay: 600 } });
    return sites;
  };

  test('moves sites and preferences once; later local leftovers are not moved again', async () => {
    const items = storageItems(storage);
    const sites = await olderLocal();
    expect(await moveSettingsToSync(storage, items)).toBe('moved');
    expect(await loadSitesState(items)).toEqual(sites);
    // What the older version stored, and today's defaults for what it did not know (markNames).
    expect(await loadPrefs(items)).toEqual({ ...DEFAULT_PREFS, badges: { contract: false, rumours: true }, compact: true, hoverDelay: 600 });
    // The reader changes things after the move; the old local copy must never come back.
    await items.prefs.setValue(DEFAULT_PREFS);
    expect(await moveSettingsToSync(storage, items)).toBe('done-before');
    expect(await loadPrefs(items)).toEqual(DEFAULT_PREFS);
    expect(await fakeBrowser.storage.local.get(LOCAL_BEFORE_SYNC.sites.slice('local:'.length))).not.toEqual({});
  });

  test('when another browser synced first, its settings stay and this browser\'s added sites join them', async () => {
    const items = storageItems(storage);
    await olderLocal();
    const other = withSites(1, setEnabled(defaultSites(), 'skysports.com', false));
    const fromOther = addSite(other, 'their-site.example');
    if (!('state' in fromOther)) throw new Error(fromOther.error);
    await items.sites.setValue(fromOther.state);
    await items.prefs.setValue(DEFAULT_PREFS);
    expect(await moveSettingsToSync(storage, items)).toBe('merged');
    const merged = await loadSitesState(items);
    expect(merged.sites.filter((s) => s.origin === 'added').map((s) => s.id)).toEqual([
      'football-news-site-0.example.co.uk', 'their-site.example', 'football-news-site-1.example.co.uk',
    ]);
    expect(merged.sites.find((s) => s.id === 'skysports.com')?.enabled).toBe(false);
    expect(await loadPrefs(items)).toEqual(DEFAULT_PREFS);
  });

  test('a fresh install has nothing to move', async () => {
    expect(await moveSettingsToSync(storage, storageItems(storage))).toBe('nothing');
  });
});
