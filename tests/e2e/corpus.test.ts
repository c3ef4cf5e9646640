/**
 * The real news pages of ../shared/corpus/html (read at run time; skipped when absent): with
 * Footnote on, no page throws or hangs, the visible text is what it was, and switching off
 * restores every text node.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { localOnly, restoredExactly, sendToTab, settled, snapshotTextNodes } from '../../scripts/chromium';
import { useBrowser } from './setup';

const DIR = '../shared/corpus/html';
const pages = existsSync(DIR) ? readdirSync(DIR).filter((f) => f.endsWith('.html')).sort() : [];

const browser = useBrowser({ trackLocal: true, skip: !pages.length });

test('real news pages keep their text and behaviour', { skip: pages.length ? false : `${DIR} is absent` }, async () => {
  const summary: string[] = [];
  for (const file of pages) {
    const page = await browser.session.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await localOnly(page);
    await snapshotTextNodes(page);
    // Pages keep their own scripts; scripts that need the network fail the same with or without Footnote.
    await page.goto(browser.server.url(`/corpus/${file}`), { waitUntil: 'load', timeout: 30_000 });
    const state = await settled(page);
    const withFootnote = await page.evaluate(() => document.body.innerText);
    const found = await page.locator('footnote-mention').count();
    await sendToTab(browser.session, page.url(), { type: 'bg-cs-enabled', enabled: false });
    await page.waitForSelector('html[data-footnote-test="off"]', { state: 'attached' });
    const without = await page.evaluate(() => document.body.innerText);
    assert.equal(withFootnote, without, `${file}: the visible text changed`);
    const restored = await restoredExactly(page);
    assert.ok(restored.same, `${file}: ${restored.detail}`);
    assert.ok(!errors.some((e) => /footnote/i.test(e)), `${file}: ${errors.join('; ')}`);
    summary.push(`${file}: ${found} mentions (${state})`);
    await page.close();
  }
  console.log(summary.join('\n'));
});
