import { test } from 'node:test';
import assert from 'node:assert/strict';
import { settled, tabIdOf } from '../../scripts/chromium';
import { useBrowser } from './setup';

const browser = useBrowser();

test('a site is off until switched on; on from the options, listed in the popup, off again from the popup, and it stays off', async () => {
  const page = await browser.session.context.newPage();
  await page.goto(browser.server.url('/demo/article.html'));
  await page.waitForTimeout(1500);
  assert.equal(await page.locator('footnote-mention').count(), 0, 'not tracked yet');

  const options = await browser.session.extensionPage('options.html');
  await options.getByLabel('Site to add').fill('http://127.0.0.1:8080/some/page');
  await options.getByRole('button', { name: 'Add site' }).click();
  await options.locator('[data-site="127.0.0.1"]').waitFor();
  assert.ok(await options.getByRole('switch', { name: 'Run on 127.0.0.1' }).isChecked());
  // The open tab is annotated at once.
  await settled(page);
  assert.ok((await page.locator('footnote-mention[data-footnote-entity="ibrahima-konate"]').count()) > 0);

  const tabId = await tabIdOf(browser.session, page.url());
  const popup = await browser.session.extensionPage(`popup.html?tab=${tabId}`);
  const found = popup.getByRole('list', { name: 'Players and clubs on this page' });
  await found.waitFor();
  const ids = await found.locator('li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-id')));
  assert.ok(ids.includes('ibrahima-konate') && ids.includes('real-madrid'), ids.join(', '));
  // Most mentioned first: the article is about Konaté, Madrid and Liverpool.
  assert.ok(ids.indexOf('ibrahima-konate') < 3, ids.join(', '));
  assert.match(await found.locator('li[data-id="ibrahima-konate"]').innerText(), /Jun 26/);

  const runHere = popup.getByRole('switch', { name: /Run on this site/ });
  assert.ok(await runHere.isChecked());
  await runHere.uncheck();
  await page.waitForSelector('html[data-footnote-test="off"]', { state: 'attached' });
  assert.equal(await page.locator('footnote-mention, footnote-badge').count(), 0, 'the page is restored');

  await page.reload();
  await page.waitForTimeout(1500);
  assert.equal(await page.locator('footnote-mention').count(), 0, 'it stays off after a reload');
  await options.reload();
  await options.locator('[data-site="127.0.0.1"]').waitFor();
  assert.equal(await options.getByRole('switch', { name: 'Run on 127.0.0.1' }).isChecked(), false);

  // Removing the site takes it off the list.
  await options.getByRole('button', { name: 'Remove 127.0.0.1' }).click();
  await options.locator('[data-site="127.0.0.1"]').waitFor({ state: 'detached' });
  await popup.close();
  await options.close();
  await page.close();
});

test('the popup on a page without Footnote offers the switch and search, and never hangs', async () => {
  const page = await browser.session.context.newPage();
  await page.goto(browser.server.url('/pages/tricky.html'));
  const tabId = await tabIdOf(browser.session, page.url());
  const popup = await browser.session.extensionPage(`popup.html?tab=${tabId}`);
  await popup.getByRole('switch', { name: /Run on this site/ }).waitFor();
  assert.equal(await popup.getByRole('switch', { name: /Run on this site/ }).isChecked(), false);
  await popup.getByRole('searchbox').fill('alaba');
  await popup.locator('.hit', { hasText: 'David Alaba' }).waitFor();
  await popup.close();
  await page.close();
});

test('a global pause stops every tracked page at once', async () => {
  const options = await browser.session.extensionPage('options.html');
  await options.getByLabel('Site to add').fill('127.0.0.1');
  await options.getByRole('button', { name: 'Add site' }).click();
  const page = await browser.session.context.newPage();
  await page.goto(browser.server.url('/demo/article.html'));
  await settled(page);
  await options.getByRole('switch', { name: 'Pause Footnote everywhere' }).check();
  await page.waitForSelector('html[data-footnote-test="off"]', { state: 'attached' });
  assert.equal(await page.locator('footnote-mention').count(), 0);
  await options.getByRole('switch', { name: 'Pause Footnote everywhere' }).uncheck();
  await settled(page);
  assert.ok((await page.locator('footnote-mention').count()) > 0);
  await options.close();
  await page.close();
});
