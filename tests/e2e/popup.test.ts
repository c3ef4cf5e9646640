import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { useBrowser } from './setup';
import { newestAsOf } from '../../lib/dataset/merge';
import { formatDate } from '../../lib/dataset/dates';

const browser = useBrowser();

test('the popup finds Konaté by "kona" and shows his full record', async () => {
  const popup = await browser.session.extensionPage('popup.html');
  await popup.setViewportSize({ width: 400, height: 900 });
  const search = popup.getByRole('searchbox');
  await search.fill('kona');
  const hit = popup.locator('.hit', { hasText: 'Ibrahima Konaté' });
  await hit.waitFor();
  await search.press('Enter');
  const record = popup.locator('article.record[data-record="ibrahima-konate"]');
  await record.waitFor();
  const text = await record.innerText();
  assert.match(text, /Liverpool/);
  assert.match(text, /Centre-Back/);
  assert.match(text, /France/);
  assert.match(text, /ended 30 June 2026 \(data from 5 February 2026: may have been renewed\)/);
  assert.equal(await record.locator('.rumour').count(), 3);
  const outlets = await record.locator('.rumour__source').allInnerTexts();
  assert.deepEqual(outlets.map((o) => o.split(' · ')[0]), ['ESPN', 'X (a group of five reporters)', 'Daily Mail']);
  mkdirSync('docs/screenshots', { recursive: true });
  await popup.screenshot({ path: 'docs/screenshots/popup-record.png', fullPage: true });

  await popup.keyboard.press('Escape');
  await popup.getByRole('searchbox').waitFor();
});

test('popup.html?record=<id> opens a record directly, clubs included', async () => {
  const popup = await browser.session.extensionPage('popup.html?record=real-madrid');
  const record = popup.locator('article.record[data-record="real-madrid"]');
  await record.waitFor();
  const text = await record.innerText();
  assert.match(text, /Los Blancos/);
  assert.match(text, /contracts ending soonest/i);
  // Rüdiger, Alaba and Carvajal all end in June 2026: the soonest.
  assert.match(text, /Antonio Rüdiger|David Alaba|Dani Carvajal/);
});

test('the options page shows the data status with counts', async () => {
  const options = await browser.session.extensionPage('options.html');
  const status = options.getByTestId('data-status');
  await status.waitFor();
  assert.equal(Number(await status.locator('[data-count="players"]').innerText()) > 40, true);
  const bundled = JSON.parse(readFileSync('public/dataset.json', 'utf8'));
  assert.equal(await status.locator('[data-count="rumours"]').innerText(), String(bundled.rumours.length));
  assert.equal(await status.locator('[data-count="clubs"]').innerText(), String(bundled.clubs.length));
  // "As of" is the bundle's newest fact, whichever layer it came from.
  assert.match(await status.innerText(), new RegExp(formatDate(newestAsOf(bundled))));
  await options.screenshot({ path: 'docs/screenshots/options.png', fullPage: true });
});

test('installing opens a first-run page that says what Footnote does and where it runs', async () => {
  const context = browser.session.context;
  const welcome = context.pages().find((p) => p.url().endsWith('/welcome.html')) ?? (await context.waitForEvent('page', (p) => p.url().endsWith('/welcome.html')));
  await welcome.getByRole('heading', { name: 'Footnote is ready' }).waitFor();
  const text = await welcome.innerText('main');
  assert.match(text, /Nothing you read leaves your browser/);
  assert.match(text, /bbc\.co\.uk\/sport/);
  assert.ok(await welcome.getByRole('link', { name: /Change the sites/ }).isVisible());
});
