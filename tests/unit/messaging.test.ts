import { describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { createAsk } from '../../lib/messaging/client';
import { askToAddSite } from '../../lib/messaging/add-site';
import { pageApi } from '../../lib/messaging/page-api';
import { loadPrefs, loadSitesState, storageItems } from '../../lib/storage-items';
import { defaultSites } from '../../lib/sites/sites';
import { DEFAULT_PREFS } from '../../lib/prefs';
import type { TabStatus } from '../../lib/protocol';

describe('the typed client', () => {
  test('sends the type with the request and unwraps the answer', async () => {
    const send = vi.fn(async () => ({ ok: true, value: [{ id: 'x' }] }));
    expect(await createAsk(send)('search', { query: 'kona' })).toEqual([{ id: 'x' }]);
    expect(send).toHaveBeenCalledWith({ query: 'kona', type: 'search' });
  });
  test('a refusal and a silence are errors in words', async () => {
    await expect(createAsk(async () => ({ ok: false, error: 'no such record' }))('record', { id: 'x' })).rejects.toThrow('no such record');
    await expect(createAsk(async () => undefined)('status')).rejects.toThrow('Footnote’s background did not answer');
  });
});

describe('adding a site', () => {
  const deps = (granted: boolean) => {
    const order: string[] = [];
    const ask = vi.fn(async () => (order.push('ask'), { state: defaultSites() }));
    return {
      order,
      ask,
      requestOrigins: vi.fn(async () => (order.push('request'), granted)),
      notePending: vi.fn(() => order.push('note')),
    };
  };
  test('notes the site, asks the browser in the same task, then tells the background', async () => {
    const d = deps(true);
    const done = askToAddSite('https://www.example.org/news', d as never, 7);
    // Both happened before anything was awaited: the browser allows the prompt only inside the click.
    expect(d.order).toEqual(['note', 'request']);
    await done;
    expect(d.requestOrigins).toHaveBeenCalledWith(['*://example.org/*', '*://*.example.org/*']);
    expect(d.ask).toHaveBeenCalledWith('site-add', { input: 'example.org', tabId: 7 });
  });
  test('a refused permission or a bad address is said, and nothing is added', async () => {
    const refused = deps(false);
    await expect(askToAddSite('example.org', refused as never)).rejects.toThrow('Footnote needs your permission to read example.org.');
    expect(refused.ask).not.toHaveBeenCalled();
    const bad = deps(true);
    await expect(askToAddSite('not a site', bad as never)).rejects.toThrow();
    expect(bad.requestOrigins).not.toHaveBeenCalled();
  });
});

describe('the popup’s page API', () => {
  const tab: TabStatus = { url: 'https://example.org/a', siteId: 'example.org', tracked: false, paused: false };
  const make = (sendToTab: (id: number, m: unknown) => Promise<unknown>) => {
    const ask = vi.fn(async (type: string) => (type === 'tab-status' ? tab : { state: defaultSites() }));
    const api = pageApi(3, { ask: ask as never, sendToTab, wait: () => new Promise((r) => setTimeout(r, 5)), requestOrigins: async () => true, notePending: () => undefined });
    return { api, ask };
  };
  test('a tab without a content script finds nothing instead of hanging', async () => {
    expect(await make(() => new Promise(() => undefined)).api.found()).toEqual([]);
    expect(await make(async () => Promise.reject(new Error('no receiver'))).api.found()).toEqual([]);
    expect(await make(async () => ({ found: [{ id: 'a', kind: 'club', count: 2 }] })).api.found()).toEqual([{ id: 'a', kind: 'club', count: 2 }]);
  });
  test("a page's problem arrives as a code and is shown in words; an unknown code is not shown", async () => {
    const writer = make(async () => ({ found: [], problem: 'writer' })).api;
    await writer.found();
    expect(writer.problem?.()).toMatch(/could not load what draws its badges/);
    const odd = make(async () => ({ found: [], problem: 'Anything a page could write' })).api;
    await odd.found();
    expect(odd.problem?.()).toBeUndefined();
  });
  test('switching a default site on or off never asks for a permission; a new site does', async () => {
    const { api, ask } = make(async () => undefined);
    await api.setTracked({ ...tab, site: { id: 'bbc.co.uk/sport', origin: 'default', enabled: true, patterns: [] } as never }, false);
    expect(ask).toHaveBeenCalledWith('site-enable', { id: 'bbc.co.uk/sport', enabled: false });
    await api.setTracked(tab, true);
    expect(ask).toHaveBeenCalledWith('site-add', { input: 'example.org', tabId: 3 });
  });
});

describe('stored settings', () => {
  test('read back validated, with defaults for anything missing or broken', async () => {
    fakeBrowser.reset();
    const items = storageItems(storage);
    expect(await loadSitesState(items)).toEqual(defaultSites());
    expect(await loadPrefs(items)).toEqual(DEFAULT_PREFS);
    await fakeBrowser.storage.sync.set({ prefs: { compact: true, hoverDelay: 'soon' } });
    expect(await loadPrefs(items)).toEqual({ ...DEFAULT_PREFS, compact: true });
    await items.pendingSite.setValue('example.org');
    expect(await fakeBrowser.storage.session.get('pendingSite')).toEqual({ pendingSite: 'example.org' });
  });
});
