import { browser } from 'wxt/browser';
import { openFootnoteDB } from '../store/db';
import { ensureBundled } from '../store/bundled';
import { handleMessage } from '../store/handle';
import { parseMessage, type DataStatus } from '../lib/protocol';
import { activeMeta } from '../store/install';
import { registerContentScript } from '../worker/registration';
import { defaultPatterns, LOCAL_PATTERNS } from '../lib/sites/defaults';

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
    if (installing) return { state: 'installing', active };
    if (lastError) return { state: 'error', error: lastError, active };
    if (!active) return { state: 'installing' };
    return { state: 'ready', active };
  };

  const tracked = () => [...defaultPatterns(), ...(import.meta.env.MODE === 'production' ? [] : LOCAL_PATTERNS)];
  const register = () => registerContentScript(tracked()).catch((e) => console.error('Footnote: could not register the content script', e));

  browser.runtime.onInstalled.addListener(() => {
    void ensure();
    void register();
  });
  browser.runtime.onStartup.addListener(() => void ensure());
  // A worker woken for any reason checks too: an install cut short is completed.
  void ensure();

  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    const message = parseMessage(raw);
    if (!message || sender.id !== browser.runtime.id) return undefined;
    void (async () => {
      if (message.type === 'open-record') sendResponse({ ok: true, value: await openRecord(message.id, sender.tab) });
      else sendResponse(await handleMessage(await db, message, status));
    })();
    return true;
  });
});
