/**
 * The content script is registered at run time (scripting.registerContentScripts), not in the
 * manifest, so the sites a reader switches on and off take effect without an update.
 */
import { browser } from 'wxt/browser';

export const CONTENT_SCRIPT_ID = 'footnote';
/** Where WXT writes the content script's bundle (registration and executeScript both take it). */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

export async function registerContentScript(matches: string[]): Promise<void> {
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [CONTENT_SCRIPT_ID] });
  if (matches.length === 0) {
    if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [CONTENT_SCRIPT_ID] });
    return;
  }
  const script = { id: CONTENT_SCRIPT_ID, js: [CONTENT_SCRIPT_FILE], matches, runAt: 'document_idle' as const, persistAcrossSessions: true };
  if (existing.length) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
}
