/**
 * The page's DOM says only an opaque key per entity (data-footnote-key); which entity it stands
 * for is asked from the content script over extension messaging, as the popup does.
 */
import type { Page } from 'playwright-core';
import { tabIdOf, type Session } from './chromium';

export interface PageKeys {
  /** The key of an entity on the page ('' when it is not there, so selectors match nothing). */
  key(entityId: string): string;
  /** `[data-footnote-key="…"]` for an entity. */
  sel(entityId: string): string;
  entityOf(key: string | null): string | undefined;
}

export async function pageKeys(session: Session, page: Page): Promise<PageKeys> {
  const tabId = await tabIdOf(session, page.url());
  const ext = await session.extensionPage('options.html');
  const keys = await ext.evaluate(async (tabId) => {
    const api = (globalThis as unknown as { chrome: { tabs: { sendMessage: (id: number, m: unknown) => Promise<{ keys?: Record<string, string> }> } } }).chrome;
    return (await api.tabs.sendMessage(tabId, { type: 'popup-cs-found' }))?.keys ?? {};
  }, tabId);
  await ext.close();
  const byKey = new Map(Object.entries(keys).map(([id, key]) => [key, id]));
  const key = (id: string) => keys[id] ?? '';
  return { key, sel: (id) => `[data-footnote-key="${key(id)}"]`, entityOf: (k) => (k ? byKey.get(k) : undefined) };
}

/** Every mention on the page as "text=entity". */
export async function mentionsOn(session: Session, page: Page): Promise<string[]> {
  const keys = await pageKeys(session, page);
  const raw = await page.$$eval('footnote-mention[data-footnote-key]', (els) => els.map((e) => [e.textContent ?? '', e.getAttribute('data-footnote-key')] as const));
  return raw.map(([text, key]) => `${text}=${keys.entityOf(key) ?? '?'}`);
}

/** The accessible names of the page's badges, as a screen reader gets them (from inside their closed roots). */
export async function badgeLabels(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: Array<{ ignored?: boolean; role?: { value: string }; name?: { value: string } }> };
  await cdp.detach();
  return nodes.filter((n) => !n.ignored && n.role?.value === 'image').map((n) => n.name?.value ?? '');
}
