import { browser } from 'wxt/browser';
import { items } from './items';

/** Shows a record from a hover card: in the popup where the browser lets a page open it, else in a tab beside the page. */
export async function openRecord(id: string, tab?: { index?: number; windowId?: number }): Promise<'popup' | 'tab'> {
  await items.pendingRecord.setValue(id);
  try {
    await browser.action.openPopup();
    return 'popup';
  } catch {
    await items.pendingRecord.removeValue();
    const url = browser.runtime.getURL(`/popup.html?record=${encodeURIComponent(id)}`);
    await browser.tabs.create({ url, index: (tab?.index ?? 0) + 1, windowId: tab?.windowId });
    return 'tab';
  }
}
