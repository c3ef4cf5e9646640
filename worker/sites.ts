/**
 * The tracked sites, as the background keeps them: stored in storage.local, mirrored in the
 * content script's registration and in every open tab (a site switched off is restored at once,
 * one switched on is annotated at once), and in step with the permissions the browser grants.
 */
import { browser } from 'wxt/browser';
import {
  activePatterns, addSite, defaultSites, isTracked, migrateSites, reflectPermissions, removeSite, setEnabled,
  siteFor, siteIdForUrl, type SitesState,
} from '../lib/sites/sites';
import { LOCAL_PATTERNS } from '../lib/sites/defaults';
import type { TabStatus } from '../lib/protocol';
import { registerContentScript } from './registration';

const KEY = 'sites';
const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

export async function loadSites(): Promise<SitesState> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  const granted = new Set((await browser.permissions.getAll()).origins ?? []);
  const state = reflectPermissions(migrateSites(stored), (patterns) => patterns.every((p) => granted.has(p) || grantedByDefault(p)));
  return state;
}

/** Local pages in development and test builds are granted at install, like the default sites. */
function grantedByDefault(pattern: string): boolean {
  return import.meta.env.MODE !== 'production' && LOCAL_PATTERNS.includes(pattern);
}

/** Stores a new state, registers the content script for it and brings open tabs in line. */
export async function saveSites(previous: SitesState, next: SitesState): Promise<SitesState> {
  await browser.storage.local.set({ [KEY]: next });
  await registerContentScript(activePatterns(next));
  await syncTabs(previous, next);
  return next;
}

async function syncTabs(previous: SitesState, next: SitesState): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined || !tab.url) return;
      const was = isTracked(previous, tab.url);
      const now = isTracked(next, tab.url);
      if (was === now) return;
      if (!now) {
        await browser.tabs.sendMessage(tab.id, { type: 'bg-cs-enabled', enabled: false }).catch(() => undefined);
        return;
      }
      await startInTab(tab.id);
    }),
  );
}

/** Switches annotation on in a tab: the content script if it is there, a fresh one if not. */
export async function startInTab(tabId: number): Promise<void> {
  try {
    await browser.tabs.sendMessage(tabId, { type: 'bg-cs-enabled', enabled: true });
  } catch {
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] }).catch(() => undefined);
  }
}

export async function tabStatus(state: SitesState, tabId: number): Promise<TabStatus> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  const url = tab?.url;
  if (!url) return { tracked: false, paused: state.paused };
  return { url, siteId: siteIdForUrl(url), site: siteFor(state, url), tracked: isTracked(state, url), paused: state.paused };
}

export const sitesActions = {
  add: (state: SitesState, input: string) => addSite(state, input),
  enable: (state: SitesState, id: string, enabled: boolean) => setEnabled(state, id, enabled),
  remove: (state: SitesState, id: string) => removeSite(state, id),
  reset: () => defaultSites(),
  pause: (state: SitesState, paused: boolean): SitesState => ({ ...state, paused }),
};
