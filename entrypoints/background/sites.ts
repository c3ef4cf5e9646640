/**
 * The tracked sites, as the background keeps them: stored in storage.sync (so they follow the
 * reader to their other browsers; lib/storage-items.ts), mirrored in the
 * content script's registration and in every open tab (a site switched off is restored at once,
 * one switched on is annotated at once), and in step with the permissions the browser grants.
 */
import { browser } from 'wxt/browser';
import {
  activePatterns, addSite, defaultSites, isTracked, normaliseSite, reflectPermissions, removeSite, setEnabled,
  siteFor, siteIdForUrl, type SitesState,
} from '../../lib/sites/sites';
import { serial } from '../../lib/serial';
import { LOCAL_PATTERNS } from '../../lib/sites/defaults';
import type { TabStatus } from '../../lib/protocol';
import { CONTENT_SCRIPT_FILE, registerContentScript } from './registration';
import { items, settingsReady } from './items';
import { loadSitesState } from '../../lib/storage-items';
import { compactSites } from '../../lib/sites/sync-form';

export async function loadSites(): Promise<SitesState> {
  await settingsReady;
  const granted = new Set((await browser.permissions.getAll()).origins ?? []);
  const state = reflectPermissions(await loadSitesState(items), (patterns) => patterns.every((p) => granted.has(p) || grantedByDefault(p)));
  return state;
}

/** Local pages in development and test builds are granted at install, like the default sites. */
function grantedByDefault(pattern: string): boolean {
  return import.meta.env.MODE !== 'production' && LOCAL_PATTERNS.includes(pattern);
}

/** Stores a new state, registers the content script for it and brings open tabs in line. */
/** What this background stored last, in the stored form: a change event for it is its own echo. */
let lastSaved: string | undefined;

export async function saveSites(previous: SitesState, next: SitesState): Promise<SitesState> {
  lastSaved = JSON.stringify(compactSites(next));
  await items.sites.setValue(next);
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

async function tabStatus(state: SitesState, tabId: number): Promise<TabStatus> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  const url = tab?.url;
  if (!url) return { tracked: false, paused: state.paused };
  return { url, siteId: siteIdForUrl(url), site: siteFor(state, url), tracked: isTracked(state, url), paused: state.paused };
}

/** Site changes, one at a time, each from the state the previous one left. */
export class SitesService {
  private readonly queue = serial();

  load = loadSites;

  /** The content script is registered for the sites switched on (at install and after updates). */
  async register(): Promise<void> {
    await registerContentScript(activePatterns(await loadSites()));
  }

  change(change: (state: SitesState) => SitesState): Promise<SitesState> {
    return this.queue(async () => {
      const previous = await loadSites();
      return saveSites(previous, change(previous));
    });
  }

  /** Adds a site and switches it on in `tabId` at once. */
  async add(input: string, tabId?: number): Promise<{ state: SitesState; error?: string }> {
    let error: string | undefined;
    const state = await this.change((s) => {
      const result = addSite(s, input);
      if ('error' in result) {
        error = result.error;
        return s;
      }
      return result.state;
    });
    if (!error && tabId !== undefined) await startInTab(tabId);
    return { state, error };
  }

  /** "Don't show on this site", from a card: the site `url` runs under goes off, as its switch in the popup would. */
  async offForUrl(url: string): Promise<SitesState> {
    const site = siteFor(await loadSites(), url);
    return site ? this.enable(site.id, false) : loadSites();
  }

  enable = (id: string, enabled: boolean) => this.change((s) => setEnabled(s, id, enabled));
  reset = () => this.change(() => defaultSites());
  pause = (paused: boolean) => this.change((s) => ({ ...s, paused }));

  /** Removing an added site also gives its permission back. */
  async remove(id: string): Promise<SitesState> {
    const site = (await loadSites()).sites.find((s) => s.id === id && s.origin === 'added');
    const state = await this.change((s) => removeSite(s, id));
    if (site) await browser.permissions.remove({ origins: site.patterns }).catch(() => undefined);
    return state;
  }

  /**
   * Firefox may close the popup while its permission prompt is open: a grant for the site the
   * popup or options page was adding (noted in storage.session before asking) finishes here.
   * Other grants (an update address's origin) never make a site tracked.
   */
  async granted(origins: string[]): Promise<SitesState | undefined> {
    const pending = await items.pendingSite.getValue();
    if (!pending) return undefined;
    const wanted = normaliseSite(pending);
    if (!wanted.ok || !wanted.patterns.every((p) => origins.includes(p))) return undefined;
    await items.pendingSite.removeValue();
    return (await this.add(pending)).state;
  }

  /** The browser took a permission back, or gave one: loading reflects it; saving applies it. */
  reflectPermissions(): Promise<SitesState> {
    return this.change((state) => state);
  }

  tabStatus = async (tabId: number) => tabStatus(await loadSites(), tabId);

  /**
   * The sites changed in storage.sync, from another of the reader's browsers (or from this one:
   * then saveSites has done everything already, and nothing is repeated). The registration and
   * every open tab follow the stored list; telling a tab what it already does changes nothing.
   */
  followStoredChange(next: SitesState): Promise<void> {
    return this.queue(async () => {
      if (JSON.stringify(compactSites(next)) === lastSaved) return;
      const state = await loadSites();
      lastSaved = JSON.stringify(compactSites(state));
      await registerContentScript(activePatterns(state));
      const tabs = await browser.tabs.query({});
      await Promise.all(
        tabs.map(async (tab) => {
          if (tab.id === undefined || !tab.url) return;
          if (isTracked(state, tab.url)) await startInTab(tab.id);
          else await browser.tabs.sendMessage(tab.id, { type: 'bg-cs-enabled', enabled: false }).catch(() => undefined);
        }),
      );
    });
  }
}
