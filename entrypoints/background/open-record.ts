import { browser } from 'wxt/browser';

/** Shows a record from a hover card: in the popup where the browser lets a page open it, else in a tab beside the page. */
export async function openRecord(id: string, tab?: { index?: number; windowId?: number }): Promise<'popup' | 'tab'> {
  await browser.storage.session.set({ pendingRecord: id });
  try {
    await browser.action.openPopup();
    return 'popup';
  } catch {
    await browser.storage.session.remove('pendingRecord');
    const url = browser.runtime.getURL(`/popup.html?record=${encodeURIComponent(id)}`);
    await browser.tabs.create({ url, index: (tab?.index ?? 0) + 1, windowId: tab?.windowId });
    return 'tab';
  }
}
