import { browser } from 'wxt/browser';

/** The files WXT builds for the content script's parts loaded when first needed (entrypoints/card/, learn/, write/). */
const PART_FILES = { card: '/card.js', learn: '/learn.js', write: '/write.js' } as const;

/**
 * Injects a part into the frame that asked, in the extension's isolated world (the default):
 * there the content script finds it, and the page cannot reach it (entrypoints/content/parts.ts).
 */
export async function injectPart(part: keyof typeof PART_FILES, sender: { tab?: { id?: number }; frameId?: number }): Promise<true> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new Error('a part is injected only into a tab');
  await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [PART_FILES[part]] });
  return true;
}
