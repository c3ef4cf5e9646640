/**
 * A long page in real Chromium with the built extension: the whole page is matched, but only what
 * is near the reader is written; a block far below is written when the reader scrolls to it,
 * once the scrolling pauses (entrypoints/content/viewport.ts). Our own markup and sentences.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { settled, tabIdOf } from '../../scripts/chromium';
import { useBrowser } from './setup';

const FILLER = Array.from({ length: 400 }, (_, i) => `<p>Update ${i + 1}: the groundsman reports that the pitch has recovered after the rain.</p>`).join('\n');
const LONG = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Long</title></head><body>
  <h1>Konaté weighs his future</h1>
  <p id="top">Liverpool defender Ibrahima Konaté is wanted by Real Madrid before the transfer window.</p>
  ${FILLER}
  <p id="far">Real Madrid centre-back Antonio Rüdiger could leave as a free agent next summer.</p>
</body></html>`;

const HIDDEN = LONG.replace(
  '<p id="far">',
  '<p id="hidden">Real Madrid forward Kylian Mbappé trained apart from the squad.</p>\n  <p id="far">',
);

const browser = useBrowser({
  trackLocal: true,
  routes: {
    '/long/page.html': (res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(LONG),
    '/long/hidden.html': (res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(HIDDEN),
  },
});

/** Down to `to` (the bottom by default) in quick steps, a frame each (the observer is off while the reader scrolls); the pause follows. */
async function scrollInSteps(page: Page, steps: number, to?: number): Promise<void> {
  for (let i = 1; i <= steps; i++) {
    await page.evaluate(({ i, steps, to }) => window.scrollTo(0, ((to ?? document.documentElement.scrollHeight - innerHeight) * i) / steps), { i, steps, to });
    await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => r())));
  }
}

/** What the content script says the page names (the popup's list), whether written or not. */
async function found(url: string): Promise<string[]> {
  const tabId = await tabIdOf(browser.session, url);
  const ext = await browser.session.extensionPage('options.html');
  const reply = await ext.evaluate(async (tabId) => {
    const api = (globalThis as unknown as { chrome: { tabs: { sendMessage: (id: number, m: unknown) => Promise<unknown> } } }).chrome;
    return api.tabs.sendMessage(tabId, { type: 'popup-cs-found' });
  }, tabId);
  await ext.close();
  return ((reply as { found?: Array<{ id: string }> }).found ?? []).map((f) => f.id);
}

test('a long page: all of it matched, only the top written; the bottom is written when the reader scrolls down to it', async () => {
  const page = await browser.session.context.newPage();
  const url = browser.server.url('/long/page.html');
  await page.goto(url);
  await settled(page);
  assert.ok((await page.locator('#top footnote-mention').count()) > 0, 'the top is written');
  assert.equal(await page.locator('#far footnote-mention').count(), 0, 'the far block is not written yet');
  assert.ok((await found(url)).includes('antonio-rudiger'), 'the far block is matched all the same');

  await scrollInSteps(page, 20);
  await page.waitForFunction(() => document.querySelector('#far footnote-mention') !== null, null, { timeout: 10_000 });
  assert.ok((await page.locator('#far span[data-footnote-badge]').count()) > 0, 'with its badge');
  await page.close();
});

test('a block the page adds later, out of document order among those waiting, is still written when the reader scrolls to it', async () => {
  const page = await browser.session.context.newPage();
  const url = browser.server.url('/long/page.html');
  await page.goto(url);
  await settled(page);
  // In the middle of the page, after #far was watched: at the pause the search in document order
  // misses it, and the observer, given the waiting blocks once the pause's writes are done, finds it.
  await page.evaluate(() => {
    const mid = document.createElement('p');
    mid.id = 'mid';
    mid.textContent = 'Liverpool forward Mohamed Salah was applauded by the travelling fans.';
    document.querySelectorAll('p')[200]!.after(mid);
  });
  for (let i = 0; i < 100 && !(await found(url)).includes('mohamed-salah'); i++) await page.waitForTimeout(50);
  assert.ok((await found(url)).includes('mohamed-salah'), 'the new block is matched');
  assert.equal(await page.locator('#mid footnote-mention').count(), 0, 'and not written, far from the reader');

  const midTop = await page.evaluate(() => document.getElementById('mid')!.getBoundingClientRect().top + scrollY - innerHeight / 2);
  await scrollInSteps(page, 10, midTop);
  await page.waitForFunction(() => document.querySelector('#mid footnote-mention') !== null, null, { timeout: 10_000 });
  assert.equal(await page.locator('#far footnote-mention').count(), 0, 'the far block still waits');
  await page.close();
});

test('a far block hidden after it was matched is not written when the reader scrolls to it, and is once it is shown', async () => {
  const page = await browser.session.context.newPage();
  const url = browser.server.url('/long/hidden.html');
  await page.goto(url);
  await settled(page);
  assert.ok((await found(url)).includes('kylian-mbappe'), 'matched while it was shown');
  await page.evaluate(() => (document.getElementById('hidden')!.style.display = 'none'));
  await scrollInSteps(page, 20);
  // Its visible neighbour is written at the pause; the hidden block, next to it, is not.
  await page.waitForFunction(() => document.querySelector('#far footnote-mention') !== null, null, { timeout: 10_000 });
  assert.equal(await page.locator('#hidden footnote-mention').count(), 0, 'nothing written into hidden text');
  await page.evaluate(() => (document.getElementById('hidden')!.style.display = ''));
  await page.waitForFunction(() => document.querySelector('#hidden footnote-mention') !== null, null, { timeout: 10_000 });
  await page.close();
});
