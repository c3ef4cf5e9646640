import { browser } from 'wxt/browser';
import { openFootnoteDB } from '../store/db';
import { ensureBundled } from '../store/bundled';
import { handleMessage, type StoreMessage } from '../store/handle';
import { parseMessage, type DataStatus } from '../lib/protocol';
import { activeMeta } from '../store/install';
import { registerContentScript } from '../worker/registration';
import { loadSites, saveSites, sitesActions, startInTab, tabStatus } from '../worker/sites';
import { activePatterns, normaliseSite, siteFor, type SitesState } from '../lib/sites/sites';
import type { Message, Reply, RequestType } from '../lib/protocol';
import { validateDataset } from '../lib/dataset/validate';
import { listLayers, putLayer, removeLayer } from '../store/layers';
import { getUpdateInfo, runUpdate, setUpdateUrl, UPDATE_ALARM } from '../worker/updates';

/** The popup where the browser lets a page open it; otherwise the same view in a tab beside the page. */
async function openRecord(id: string, tab?: { id?: number; index?: number; windowId?: number }): Promise<'popup' | 'tab'> {
  await browser.storage.session.set({ pendingRecord: id });
  try {
    await browser.action.openPopup();
    return 'popup';
  } catch {
    await browser.storage.session.remove('pendingRecord');
    await browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?record=${encodeURIComponent(id)}`), index: (tab?.index ?? 0) + 1, windowId: tab?.windowId });
    return 'tab';
  }
}

export default defineBackground(() => {
  const db = openFootnoteDB();
  let installing: Promise<unknown> | undefined;
  let lastError: string | undefined;
  /** A layer change in progress (an import or an update), from 0 to 1. */
  let progress: number | undefined;
  // Layer changes run one at a time, like site changes.
  let layerQueue: Promise<unknown> = Promise.resolve();
  const changeLayers = <T>(work: (onProgress: (f: number) => void) => Promise<T>): Promise<T> => {
    const run = layerQueue.then(async () => {
      progress = 0;
      try {
        return await work((f) => (progress = f));
      } finally {
        progress = undefined;
      }
    });
    layerQueue = run.catch(() => undefined);
    return run;
  };

  const ensure = () => {
    installing ??= (async () => {
      const version = browser.runtime.getManifest().version;
      const load = async () => (await fetch(browser.runtime.getURL('/dataset.json'))).json();
      try {
        await ensureBundled(await db, version, load, () => new Date());
        lastError = undefined;
      } catch (error) {
        lastError = (error as Error).message;
        console.error('Footnote: could not install the bundled dataset', error);
      } finally {
        installing = undefined;
      }
    })();
    return installing;
  };

  const status = async (): Promise<DataStatus> => {
    const active = await activeMeta(await db);
    if (installing || progress !== undefined) return { state: 'installing', active, progress };
    if (lastError) return { state: 'error', error: lastError, active };
    if (!active) return { state: 'installing' };
    return { state: 'ready', active };
  };

  // Site changes run one at a time: each reads the state the previous one left.
  let sitesQueue: Promise<unknown> = Promise.resolve();
  const changeSites = (change: (state: SitesState) => SitesState | Promise<SitesState>) => {
    const run = sitesQueue.then(async () => {
      const previous = await loadSites();
      return saveSites(previous, await change(previous));
    });
    sitesQueue = run.catch(() => undefined);
    return run;
  };
  const register = async () => registerContentScript(activePatterns(await loadSites())).catch((e) => console.error('Footnote: could not register the content script', e));

  browser.runtime.onInstalled.addListener(({ reason }) => {
    void ensure();
    void register();
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
  // Firefox may close the popup while its permission prompt is open: the grant finishes here.
  browser.permissions.onAdded.addListener(({ origins = [] }) => {
    void changeSites(async (state) => {
      let next = state;
      for (const origin of origins) {
        const n = normaliseSite(origin.replace(/^\*:\/\/(\*\.)?/, 'https://').replace(/\/\*$/, ''));
        const known = n.ok && state.sites.find((s) => s.id === n.id);
        if (n.ok && (!known || known.revoked)) {
          const added = sitesActions.add(next, n.id);
          if ('state' in added) next = added.state;
        }
      }
      return next;
    });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === UPDATE_ALARM) void changeLayers(async (onProgress) => runUpdate(await db, { onProgress }));
  });
  // The reader took a permission back in the browser's own settings.
  browser.permissions.onRemoved.addListener(() => void changeSites(async () => loadSites()));
  browser.runtime.onStartup.addListener(() => void ensure());
  // A worker woken for any reason checks too: an install cut short is completed.
  void ensure();

  const siteMessage = async (message: Message): Promise<Reply<RequestType> | undefined> => {
    switch (message.type) {
      case 'sites':
        return { ok: true, value: await loadSites() };
      case 'site-add': {
        let error: string | undefined;
        const state = await changeSites((s) => {
          const result = sitesActions.add(s, message.input);
          if ('error' in result) {
            error = result.error;
            return s;
          }
          return result.state;
        });
        if (!error && message.tabId !== undefined) await startInTab(message.tabId);
        return { ok: true, value: { state, error } };
      }
      case 'site-enable':
        return { ok: true, value: await changeSites((s) => sitesActions.enable(s, message.id, message.enabled)) };
      case 'site-remove': {
        const site = (await loadSites()).sites.find((s) => s.id === message.id && s.origin === 'added');
        const state = await changeSites((s) => sitesActions.remove(s, message.id));
        // Removing a site gives its permission back.
        if (site) await browser.permissions.remove({ origins: site.patterns }).catch(() => undefined);
        return { ok: true, value: state };
      }
      case 'sites-reset':
        return { ok: true, value: await changeSites(() => sitesActions.reset()) };
      case 'sites-pause':
        return { ok: true, value: await changeSites((s) => sitesActions.pause(s, message.paused)) };
      case 'tab-status':
        return { ok: true, value: await tabStatus(await loadSites(), message.tabId) };
      case 'layers':
        return { ok: true, value: await listLayers(await db) };
      case 'layer-add': {
        const valid = validateDataset(message.dataset);
        if (!valid.ok) return { ok: false, error: `The file is not a valid dataset: ${valid.problems.slice(0, 5).join('; ')}` };
        const id = `file-${Date.now()}`;
        const change = await changeLayers(async (onProgress) => putLayer(await db, { id, kind: 'file', label: message.label, dataset: valid.dataset }, { now: new Date(), onProgress }));
        return { ok: true, value: change };
      }
      case 'layer-remove':
        return { ok: true, value: await changeLayers(async (onProgress) => removeLayer(await db, message.id, { now: new Date(), onProgress })) };
      case 'update-get':
        return { ok: true, value: await getUpdateInfo() };
      case 'update-set-url':
        return { ok: true, value: await setUpdateUrl(message.url) };
      case 'update-now':
        return { ok: true, value: await changeLayers(async (onProgress) => runUpdate(await db, { force: message.force, onProgress })) };
      default:
        return undefined;
    }
  };

  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    const message = parseMessage(raw);
    if (!message || sender.id !== browser.runtime.id) return undefined;
    void (async () => {
      try {
        if (message.type === 'open-record') return sendResponse({ ok: true, value: await openRecord(message.id, sender.tab) });
        const reply = await siteMessage(message);
        sendResponse(reply ?? (await handleMessage(await db, message as StoreMessage, status)));
      } catch (error) {
        sendResponse({ ok: false, error: (error as Error).message });
      }
    })();
    return true;
  });
});
