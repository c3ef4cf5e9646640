/**
 * The reader's settings in real Chromium: corrections made from the card (stored in
 * storage.sync, applied at once, undone in options), the popup's page list pushed by the tab,
 * and axe-core on the popup and the options page (no serious or critical violations).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { clickAccessible, settled, tabIdOf } from '../../scripts/chromium';
import { mentionsOn, pageKeys } from '../../scripts/page-keys';
import { useBrowser } from './setup';

const browser = useBrowser({ trackLocal: true });
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function openDemo(): Promise<Page> {
  const page = await browser.session.context.newPage();
  await page.goto(browser.server.url('/demo/article.html'));
  await settled(page);
  return page;
}

/** axe-core's serious and critical violations on a page, as "rule: target" lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  // Through the DevTools protocol, so the extension page's CSP (script-src 'self') does not apply.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: Array<{ id: string; impact?: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const konateForms = async (page: Page) => (await mentionsOn(browser.session, page)).filter((m) => m.endsWith('=ibrahima-konate')).map((m) => m.split('=')[0]);

test('"Not this person" on the card: stored in storage.sync, the page re-annotated at once without it, undone in options', async () => {
  const page = await openDemo();
  const before = await konateForms(page);
  assert.ok(before.includes('Konaté') && before.includes('Ibrahima Konaté'), before.join(', '));
  const keys = await pageKeys(browser.session, page);
  // The headline's bare "Konaté".
  await page.locator(`h1 ${keys.sel('ibrahima-konate')}`).first().hover();
  await page.locator('div[data-footnote-card]').waitFor({ state: 'attached' });
  await clickAccessible(page, 'button', 'Not this person');
  await page.waitForFunction(() => !document.querySelector('h1 footnote-mention[data-footnote-kind="player"]'), null, { timeout: 15_000 });
  await settled(page);
  const after = await konateForms(page);
  assert.ok(!after.includes('Konaté'), `still marked: ${after.join(', ')}`);
  assert.ok(after.includes('Ibrahima Konaté'), 'his full name is another form and stays marked');

  const stored = await browser.session.inBackground(async () => {
    const api = (globalThis as unknown as { chrome: { storage: { sync: { get: (k: null) => Promise<Record<string, unknown>> } } } }).chrome;
    return api.storage.sync.get(null);
  });
  assert.ok(typeof stored.corrections === 'object' && stored['corrections.0'], `storage.sync holds: ${Object.keys(stored).join(', ')}`);

  const options = await browser.session.extensionPage('options.html');
  await options.locator('ul[aria-label="Names that are not this person"] li', { hasText: 'Konaté' }).waitFor();
  await options.locator('ul[aria-label="Names that are not this person"] li button', { hasText: 'Undo' }).click();
  await options.locator('text=No corrections yet.').waitFor();
  await page.waitForFunction(() => !!document.querySelector('h1 footnote-mention[data-footnote-kind="player"]'), null, { timeout: 15_000 });
  await options.close();
  await page.close();
});

test('the popup\'s page list follows the page: the tab pushes what changed while the popup is open', async () => {
  const page = await openDemo();
  const popup = await browser.session.extensionPage(`popup.html?tab=${await tabIdOf(browser.session, page.url())}`);
  const list = 'ul[aria-label="Players and clubs on this page"]';
  await popup.waitForSelector(`${list} li[data-id="ibrahima-konate"]`);
  assert.equal(await popup.locator(`${list} li[data-id="pep-guardiola"]`).count(), 0);
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'Pep Guardiola, the Manchester City manager, has asked about Ibrahima Konaté again.';
    document.querySelector('article')?.append(p);
  });
  await popup.waitForSelector(`${list} li[data-id="pep-guardiola"]`, { timeout: 10_000 });
  await popup.close();
  await page.close();
});

test('axe-core: the popup (on a page, and a record) and the options page have no serious or critical violations', async () => {
  const page = await openDemo();
  const popup = await browser.session.extensionPage(`popup.html?tab=${await tabIdOf(browser.session, page.url())}`);
  await popup.waitForSelector('ul[aria-label="Players and clubs on this page"] li');
  assert.deepEqual(await seriousViolations(popup), [], 'popup on a page');
  await popup.fill('input[aria-label="Search the dataset"]', 'kona');
  // Enter opens the active result, so it waits for the results to be there.
  await popup.waitForSelector('ul[aria-label="Search results"] [role="option"]');
  await popup.keyboard.press('Enter');
  await popup.waitForSelector('article.record');
  assert.deepEqual(await seriousViolations(popup), [], 'popup record');
  await popup.close();
  const options = await browser.session.extensionPage('options.html');
  await options.waitForSelector('#learned-heading');
  await options.waitForSelector('#corrections-heading');
  assert.deepEqual(await seriousViolations(options), [], 'options page');
  await options.close();
  await page.close();
});
