/**
 * Where Firefox differs from Chromium, each difference checked in Firefox itself:
 * - the background is an event page (no service worker) that Firefox unloads when idle;
 * - storage.session carries a record from a hover card to the popup, and outlives the event page;
 * - the popup may close while a permission prompt is open, and permissions.onAdded finishes the job;
 * - Firefox for Android: a tap on a name opens its card.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { clickInClosedShadow, FIREFOX_EXTENSION_DIR, poll } from '../../../scripts/firefox';
import { serve, type StaticServer } from '../../../scripts/serve';
import { settled } from '../drivers/driver';
import { firefoxDriver, tabOf } from '../drivers/firefox';

const CARD = 'div[data-footnote-card]';

// Functions run in extension pages use Firefox's own `browser` global (typed by WXT).

// Firefox unloads an idle event page after 30 s; three seconds here let the test see it happen. Nobody can
// click a permission prompt in a headless test: with prompts off Firefox grants what is asked, as a
// reader clicking "Allow" would.
const IDLE_MS = 3000;
let driver: Awaited<ReturnType<typeof firefoxDriver>>;
let elsewhere: StaticServer;

before(async () => {
  driver = await firefoxDriver({ prefs: { 'extensions.background.idle.timeout': IDLE_MS, 'extensions.webextOptionalPermissionPrompts': false } });
  // Another loopback address: a site the test build has no host permission for.
  elsewhere = await serve({}, '127.0.0.2');
  await driver.track('127.0.0.1');
});
after(async () => {
  await driver?.close();
  await elsewhere?.close();
});

/** A web page in a new tab, as puppeteer's Page (for touch and clicks in closed shadow roots) and as a Tab. */
async function openWeb(url: string) {
  const page = await driver.session.browser.newPage();
  await page.goto(url);
  return { page, tab: tabOf(page) };
}

/** How many background pages are running: getViews() lists every extension document of this process, the event page's generated one among them. */
const backgroundViews = () =>
  driver.session.inExtension(() => browser.extension.getViews().filter((w) => (w as Window & typeof globalThis).location.pathname.includes('background')).length, null);

test('the background is an event page: Firefox unloads it when idle, and a message, a page and the popup wake it', async () => {
  const manifest = JSON.parse(readFileSync(`${FIREFOX_EXTENSION_DIR}/manifest.json`, 'utf8')) as { background: Record<string, unknown> };
  assert.deepEqual(manifest.background, { scripts: ['background.js'] }, 'an event page, no service_worker');

  await poll(async () => (await backgroundViews()) === 0, 'the idle background to be unloaded', 10_000);
  // A page on a tracked site: the content script registration survived, and its questions wake the background.
  const page = await driver.open(driver.server.url('/demo/article.html'));
  await settled(page);
  assert.ok((await page.count('span[data-footnote-badge]')) > 3, 'badges, from summaries the woken background gave');
  await page.close();

  await poll(async () => (await backgroundViews()) === 0, 'the background to be unloaded again', 10_000);
  const popup = await driver.openExtension('popup.html');
  await popup.fill('input[type="search"]', 'alaba');
  await popup.waitForText('.hit', /David Alaba/);
  assert.equal(await backgroundViews(), 1, 'running again');
  await popup.close();
});

test('storage.session outlives the event page; "Full record" opens the record in a tab beside the page and leaves no pending record there', async () => {
  // What an extension page notes in storage.session (the popup's pending site) is still there after the event page was unloaded.
  await driver.session.inExtension(() => browser.storage.session.set({ footnoteTestNote: 'kept' }), null);
  await poll(async () => (await backgroundViews()) === 0, 'the idle background to be unloaded', 10_000);
  assert.equal((await driver.session.inExtension(() => browser.storage.session.get('footnoteTestNote'), null)).footnoteTestNote, 'kept');

  const { page, tab: article } = await openWeb(driver.server.url('/demo/article.html'));
  await settled(article);
  await article.hover(`p ${(await driver.pageKeys(await article.location())).sel('ibrahima-konate')}`, 1);
  await article.waitFor(CARD);
  const before = new Set(await Promise.all((await driver.tabs()).map((t) => t.location().catch(() => ''))));
  await clickInClosedShadow(page, CARD, 'Full record');
  // Firefox lets action.openPopup() run only in a user gesture, which a message from the page is not:
  // the record opens in a tab instead.
  const record = await poll(async () => {
    for (const tab of await driver.tabs()) {
      const href = await tab.location().catch(() => '');
      if (!before.has(href) && href.endsWith('/popup.html?record=ibrahima-konate')) return tab;
    }
    return undefined;
  }, 'a tab with the record');
  await record.waitFor('article.record[data-record="ibrahima-konate"]');
  assert.equal(await record.count('.rumour'), 3);
  // The record the popup did not take is not left behind for the next time the popup opens.
  assert.equal((await driver.session.inExtension(() => browser.storage.session.get('pendingRecord'), null)).pendingRecord, undefined);
  await record.close();
  await article.close();
});

test('a site switched on from a popup that closed during the permission prompt is still added (permissions.onAdded)', async () => {
  const page = await driver.open(elsewhere.url('/demo/article.html'));
  await new Promise((r) => setTimeout(r, 500));
  assert.equal(await page.count('footnote-mention'), 0, 'not tracked, no permission');
  // A page that does what the popup's switch does before the prompt (note the site, ask), then goes
  // away: it never hears the answer, so it never adds the site itself.
  const asking = await driver.openExtension('popup.html');
  await asking.evaluate(() => {
    const button = document.createElement('button');
    button.id = 'ask';
    button.textContent = 'Run on 127.0.0.2';
    button.addEventListener('click', () => {
      void browser.storage.session.set({ pendingSite: '127.0.0.2' });
      void browser.permissions.request({ origins: ['http://127.0.0.2/*'] });
      window.close();
    });
    document.body.prepend(button);
  }, null);
  // The page closes itself in its click handler, under the click.
  await asking.click('#ask').catch((e: Error) => assert.match(e.message, /no such frame|BrowsingContext does no longer exist|Target closed/));
  // The background heard permissions.onAdded, added the site and switched the open tab on.
  await settled(page);
  assert.ok((await page.count((await driver.pageKeys(await page.location())).sel('ibrahima-konate'))) > 0);
  const sites = await driver.session.inExtension(async () => {
    const reply = await browser.runtime.sendMessage({ type: 'sites' });
    return JSON.stringify((reply as { value: unknown }).value);
  }, null);
  assert.match(sites, /"id":"127\.0\.0\.2"[^}]*"enabled":true/);
  assert.equal((await driver.session.inExtension(() => browser.storage.session.get('pendingSite'), null)).pendingSite, undefined, 'the note is cleared');
  await page.close();
});

test('Firefox for Android: a tap on a name opens its card (touch input in desktop Firefox)', async () => {
  const { page, tab } = await openWeb(driver.server.url('/demo/article.html'));
  await settled(tab);
  await tab.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    document.addEventListener('pointerdown', (e) => seen.push(e.pointerType), { capture: true, once: true });
  }, null);
  const name = (await tab.box(`p ${(await driver.pageKeys(await tab.location())).sel('dean-huijsen')}`))!;
  await page.touchscreen.tap(name.x + name.width / 2, name.y + name.height / 2);
  await tab.waitFor(CARD);
  assert.deepEqual(await tab.evaluate(() => (window as unknown as { seen: string[] }).seen, null), ['touch'], 'the input was a touch');
  assert.match(await tab.cardText(), /Dean Huijsen/);
  await tab.close();
});
