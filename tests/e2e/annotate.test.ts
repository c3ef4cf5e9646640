import { test } from 'node:test';
import assert from 'node:assert/strict';
import { restoredExactly, sendToTab, settled, snapshotTextNodes } from '../../scripts/chromium';
import { useBrowser } from './setup';

const browser = useBrowser({ trackLocal: true });

const mentionsOn = (page: import('playwright-core').Page) =>
  page.$$eval('[data-footnote-entity]', (els) => els.map((e) => `${e.textContent}=${e.getAttribute('data-footnote-entity')}`));

test('badges stay out of innerText and out of what a reader copies', async () => {
  const page = await browser.session.context.newPage();
  await page.goto(browser.server.url('/demo/article.html'));
  await settled(page);
  await browser.session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: browser.server.origin });
  const copy = async () => {
    await page.click('h1');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Control+C');
    return page.evaluate(() => navigator.clipboard.readText());
  };
  const withBadges = await copy();
  const innerWith = await page.evaluate(() => document.body.innerText);
  assert.ok((await page.locator('footnote-badge').count()) > 3);
  await sendToTab(browser.session, page.url(), { type: 'bg-cs-enabled', enabled: false });
  await page.waitForSelector('html[data-footnote-test="off"]', { state: 'attached' });
  assert.equal(await page.locator('footnote-badge').count(), 0);
  assert.equal(await copy(), withBadges);
  assert.equal(await page.evaluate(() => document.body.innerText), innerWith);
  await page.close();
});

test('a tricky page: split names, links, skipped regions, badge limits, content added later, and an exact restore', async () => {
  const page = await browser.session.context.newPage();
  await snapshotTextNodes(page);
  await page.goto(browser.server.url('/pages/tricky.html'));
  await settled(page);

  const split = page.locator('#split [data-footnote-entity="ibrahima-konate"]');
  assert.equal(await split.count(), 2, 'a name split across <b> is wrapped piecewise');
  const keys = await split.evaluateAll((els) => els.map((e) => e.getAttribute('data-footnote-mention')));
  assert.equal(keys[0], keys[1], 'the pieces are tied together');
  assert.equal(await page.locator('#split b [data-footnote-entity]').count(), 1);
  assert.equal(await page.locator('#split footnote-badge').count(), 2, 'badges after the last piece only');

  assert.equal(await page.locator('#headline [data-footnote-entity="ibrahima-konate"]').count(), 1, 'the headline surname is resolved by the body');
  for (const id of ['pre', 'code', 'editable']) assert.equal(await page.locator(`#${id} [data-footnote-entity]`).count(), 0, id);
  assert.equal(await page.locator('nav [data-footnote-entity], [role=navigation] [data-footnote-entity]').count(), 0);
  assert.equal(await page.inputValue('#textarea'), 'Ibrahima Konaté in a textarea');
  assert.equal(await page.locator('svg [data-footnote-entity]').count(), 0);
  assert.equal(await page.locator('#repeat [data-footnote-entity]').count(), 3, 'every mention stays recognisable');
  assert.equal(await page.locator('#repeat footnote-badge').count(), 2, 'only the first mention in a paragraph gets badges');

  await page.click('#konate-link [data-footnote-entity]');
  assert.equal(new URL(page.url()).hash, '#profile', 'links keep working');

  // Content that arrives later is annotated, in a batch.
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.id = 'added';
    p.textContent = 'Live: Real Madrid defender Antonio Rüdiger is out of contract in the summer.';
    document.getElementById('live')!.append(p);
  });
  await page.waitForSelector('#added [data-footnote-entity="antonio-rudiger"]');
  assert.equal(await page.locator('#added [data-footnote-entity="real-madrid"]').count(), 1);

  // Off: every Footnote node goes and the page's own text nodes come back exactly.
  await page.evaluate(() => document.getElementById('added')!.remove());
  await sendToTab(browser.session, page.url(), { type: 'bg-cs-enabled', enabled: false });
  await page.waitForSelector('html[data-footnote-test="off"]', { state: 'attached' });
  assert.equal(await page.locator('[data-footnote], footnote-badge, footnote-mention').count(), 0);
  const restored = await restoredExactly(page);
  assert.ok(restored.same && restored.extra === 0, restored.detail);
  assert.ok(restored.html, 'the body markup is the same');

  // On again re-annotates; twice never doubles.
  await sendToTab(browser.session, page.url(), { type: 'bg-cs-enabled', enabled: true });
  await settled(page);
  await sendToTab(browser.session, page.url(), { type: 'bg-cs-enabled', enabled: true });
  await settled(page);
  assert.equal(await page.locator('#split [data-footnote-entity="ibrahima-konate"]').count(), 2);
  assert.equal(await page.locator('#split footnote-badge').count(), 2);
  await page.close();
});

test('a page that re-renders its text keeps working and keeps no stale wrappers', async () => {
  const page = await browser.session.context.newPage();
  await page.goto(browser.server.url('/pages/react-like.html'));
  await settled(page);
  assert.ok((await mentionsOn(page)).includes('Antonio Rüdiger=antonio-rudiger'));
  for (let i = 0; i < 3; i++) {
    await page.evaluate(() => (window as unknown as { rerender: () => void }).rerender());
    await page.waitForTimeout(50);
  }
  await page.waitForFunction(() => {
    const p = document.getElementById('para')!;
    return p.querySelector('[data-footnote-entity]') && !document.querySelector('#para footnote-mention:not(:has(*)):empty');
  });
  await page.waitForTimeout(300);
  const state = await page.evaluate(() => ({
    errors: (window as unknown as { errors: string[] }).errors,
    text: document.getElementById('para')!.textContent,
    mentions: [...document.querySelectorAll('#para [data-footnote-entity]')].map((e) => e.textContent),
  }));
  assert.deepEqual(state.errors, []);
  // Three re-renders after the first: the other story, and only its text.
  assert.match(state.text!.replace(/\s+/g, ' '), /^Liverpool defender Ibrahima Konaté is wanted by Real Madrid before the transfer window\./);
  assert.ok(state.mentions.includes('Ibrahima Konaté'));
  assert.ok(!state.mentions.includes('Antonio Rüdiger'), 'no wrapper from the previous render stays');
  await page.close();
});
