/**
 * What only Chromium does here: "Full record" may open the toolbar popup itself from a page, which
 * a test sees through runtime.getContexts. Firefox opens a tab instead (firefox/differences.test.ts);
 * the scenarios both browsers share are in scenarios.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clickAccessible, settled } from '../../scripts/chromium';
import { useBrowser } from './setup';
import { pageKeys } from '../../scripts/page-keys';

const browser = useBrowser({ trackLocal: true });

async function openDemo() {
  const page = await browser.session.context.newPage();
  await page.goto(browser.server.url('/demo/article.html'));
  await settled(page);
  return page;
}

test('"Full record" shows his record', async () => {
  const page = await openDemo();
  await page.locator(`p ${(await pageKeys(browser.session, page)).sel('ibrahima-konate')}`).nth(1).hover();
  await page.locator('div[data-footnote-card]').waitFor({ state: 'attached' });
  const tab = browser.session.context.waitForEvent('page', { predicate: (p) => p.url().includes('popup.html'), timeout: 2000 }).catch(() => undefined);
  await clickAccessible(page, 'button', 'Full record');
  const popupTab = await tab;
  if (popupTab) {
    // A browser that cannot open the popup from a page shows the record in a tab.
    await popupTab.waitForSelector('article.record[data-record="ibrahima-konate"]');
    assert.equal(await popupTab.locator('.rumour').count(), 3);
  } else {
    // The popup itself opened (tests cannot drive it): it took the record it was asked to show.
    const state = await browser.session.inBackground(async () => {
      const api = (globalThis as unknown as { chrome: { runtime: { getContexts: (f: object) => Promise<Array<{ documentUrl: string }>> }; storage: { session: { get: (k: string) => Promise<Record<string, unknown>> } } } }).chrome;
      for (let i = 0; i < 100; i++) {
        const popups = await api.runtime.getContexts({ contextTypes: ['POPUP'] });
        const pending = (await api.storage.session.get('pendingRecord')).pendingRecord;
        if (popups.length && !pending) return popups.map((p) => p.documentUrl).join(' ');
        await new Promise((r) => setTimeout(r, 50));
      }
      return 'no popup';
    });
    assert.match(state, /popup\.html/);
  }
  await page.close();
});
