/**
 * Learning while reading, in real Chromium: a gossip column of our own writing
 * (tests/fixtures/pages/gossip-column.html) read on two sites, then forgotten, then read where
 * learning is off.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { accessibleText, settled, track, type Session } from '../../scripts/chromium';
import { useBrowser } from './setup';
import { badgeLabels, pageKeys } from '../../scripts/page-keys';

const browser = useBrowser({ trackLocal: true });

/** Asks the background from an extension page, as the options page does. */
async function ask<T>(session: Session, message: object): Promise<T> {
  const page = await session.extensionPage('options.html');
  const reply = await page.evaluate(async (m) => {
    const api = (globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown) => Promise<{ ok: boolean; value?: unknown; error?: string }> } } }).chrome;
    return api.runtime.sendMessage(m);
  }, message);
  await page.close();
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as T;
}

const summary = (session: Session) => ask<{ entries: number; sightings: number; sites: Array<{ site: string; sightings: number }> }>(session, { type: 'learned-summary' });

/** Opens a page and waits until the content script has offered it for learning; answers whether it was read. */
async function read(page: Page, url: string): Promise<string> {
  await page.goto(url);
  await settled(page);
  await page.waitForSelector('html[data-footnote-learned]', { state: 'attached', timeout: 15_000 });
  return (await page.getAttribute('html', 'data-footnote-learned'))!;
}

test('a gossip column adds rumours that the popup shows with their link; a copy on another site adds sightings; forgetting empties it', async () => {
  const session = browser.session;
  const page = await session.context.newPage();
  const first = browser.server.url('/pages/gossip-column.html');
  assert.equal(await read(page, first), '1:on');
  const after = await summary(session);
  assert.equal(after.entries, 3, JSON.stringify(after));
  assert.equal(after.sightings, 3);

  // The popup record: the rumour, marked as read, with the outlet, the sentence and a link to the page.
  const popup = await session.extensionPage('popup.html?record=antoine-semenyo');
  const record = popup.locator('article.record[data-record="antoine-semenyo"]');
  await record.waitFor();
  const learned = record.locator('.rumour[data-source="read"]');
  assert.equal(await learned.count(), 1);
  const text = await learned.innerText();
  assert.match(text, /Man Utd|Manchester United/);
  assert.match(text, /Mirror/);
  assert.match(text, /Seen while reading/);
  assert.match(text, /Manchester United are keen on Bournemouth winger Antoine Semenyo/);
  assert.equal(await learned.locator('.sighting a').first().getAttribute('href'), first);
  assert.equal(await learned.locator('.rumour__source a').getAttribute('href'), first);

  // The badge counts it: read again, the page's rumour badges include the learned one, dated by the column.
  await page.reload();
  await settled(page);
  // (Badge labels live in the badges' closed roots: read as a screen reader gets them.)
  const labels = await badgeLabels(page);
  assert.ok(labels.some((l) => /latest 28 November 2026: (Man Utd|Manchester United)/.test(l)), labels.join(' | '));
  // The card: the learned rumour, in a word.
  await page.locator(`p ${(await pageKeys(session, page)).sel('antoine-semenyo')}`).first().hover();
  await page.locator('div[data-footnote-card]').waitFor({ state: 'attached' });
  const card = await accessibleText(page, 'dialog');
  assert.match(card, /28 Nov 2026 · Mirror · seen while reading on 127\.0\.0\.1/);
  await page.keyboard.press('Escape');

  // The same column on a second site: sightings, not entries.
  await track(session, 'localhost');
  const copy = first.replace('127.0.0.1', 'localhost');
  assert.equal(await read(page, copy), '1:on');
  const both = await summary(session);
  assert.equal(both.entries, 3, JSON.stringify(both));
  assert.equal(both.sightings, 6);
  assert.deepEqual(both.sites.map((s) => s.site).sort(), ['127.0.0.1', 'localhost']);
  await popup.reload();
  await record.waitFor();
  assert.match(await learned.innerText(), /Seen while reading on 2 pages/);

  // Forgetting, from the options page: at once, with a count; the popup has nothing learned left.
  const options = await session.extensionPage('options.html');
  await options.getByTestId('learned-summary').waitFor();
  assert.equal(await options.locator('[data-count="entries"]').innerText(), '3');
  await options.getByRole('button', { name: 'Forget what Footnote learned' }).click();
  await options.getByText('Forgot 3 rumours.').waitFor();
  assert.equal(await options.locator('[data-count="entries"]').innerText(), '0');
  await popup.reload();
  await record.waitFor();
  assert.equal(await record.locator('.rumour[data-source="read"]').count(), 0);

  await options.close();
  await popup.close();
  await page.close();
});

test('the demo article repeats rumours the dataset holds: they are folded into them, not listed twice', async () => {
  const session = browser.session;
  await ask(session, { type: 'learned-forget' });
  const page = await session.context.newPage();
  assert.equal(await read(page, browser.server.url('/demo/article.html')), '1:on');
  const popup = await session.extensionPage('popup.html?record=ibrahima-konate');
  const record = popup.locator('article.record[data-record="ibrahima-konate"]');
  await record.waitFor();
  // The dataset's three, each once. The Daily Mail's December report, recounted by the February article,
  // and the agent's meeting (reported on 3 February, the article dated the 5th) were read here too.
  const fromData = record.locator('.rumour[data-source="dataset"]');
  assert.equal(await fromData.count(), 3);
  for (const said of ['Daily Mail', 'reporters']) {
    const rumour = fromData.filter({ hasText: said });
    assert.match(await rumour.innerText(), /Also read on your pages/, said);
    assert.equal(await rumour.locator('.sighting a').first().getAttribute('href'), browser.server.url('/demo/article.html'));
  }
  const learnedMail = record.locator('.rumour[data-source="read"]').filter({ hasText: 'Daily Mail' });
  assert.equal(await learnedMail.count(), 0, 'the Mail\'s report is not listed a second time');
  // Whatever else was read is a claim the dataset does not have, never Madrid's interest in their own players.
  const huijsen = await ask<{ rumours: Array<{ clubId: string; learned?: unknown }> }>(session, { type: 'record', id: 'dean-huijsen' });
  assert.deepEqual(huijsen.rumours.filter((r) => r.learned && r.clubId === 'real-madrid'), []);
  await popup.close();
  await page.close();
});

test('a site whose "learn here" switch is off learns nothing', async () => {
  const session = browser.session;
  await ask(session, { type: 'learned-forget' });
  const options = await session.extensionPage('options.html');
  const learnHere = options.getByRole('switch', { name: 'Learn on 127.0.0.1' });
  await learnHere.waitFor();
  assert.ok(await learnHere.isChecked(), 'follows the site, which is on');
  await learnHere.uncheck();
  await options.getByRole('button', { name: 'follow the site\'s switch' }).waitFor();
  const page = await session.context.newPage();
  assert.equal(await read(page, browser.server.url('/pages/gossip-column.html')), '1:off');
  // The page is still annotated; nothing was learned.
  assert.ok((await page.locator((await pageKeys(session, page)).sel('antoine-semenyo')).count()) > 0);
  assert.equal((await summary(session)).entries, 0);
  await options.close();
  await page.close();
});

test('the first-run page says in one sentence that Footnote keeps what it reads', async () => {
  const context = browser.session.context;
  const welcome = context.pages().find((p) => p.url().endsWith('/welcome.html')) ?? (await context.waitForEvent('page', (p) => p.url().endsWith('/welcome.html')));
  await welcome.getByRole('heading', { name: 'Footnote is ready' }).waitFor();
  assert.match(await welcome.innerText('main'), /keeps the transfer rumours it reads .* never in private windows/);
});
