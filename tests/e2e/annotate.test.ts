import { test } from 'node:test';
import assert from 'node:assert/strict';
import { restoredExactly, sendToTab, settled, snapshotTextNodes } from '../../scripts/chromium';
import { useBrowser } from './setup';
import { badgeLabels, mentionsOn as mentionsIn, pageKeys } from '../../scripts/page-keys';

const browser = useBrowser({ trackLocal: true });

const mentionsOn = (page: import('playwright-core').Page) => mentionsIn(browser.session, page);
const BADGE = 'span[data-footnote-badge]';

test('the demo article: names, clubs and badges with their labels', async () => {
  const page = await browser.session.context.newPage();
  await page.goto(browser.server.url('/demo/article.html'));
  await settled(page);
  const mentions = await mentionsOn(page);
  for (const expected of [
    'Ibrahima Konaté=ibrahima-konate', 'Konate=ibrahima-konate', 'Real Madrid=real-madrid', 'Los Blancos=real-madrid',
    'Liverpool=liverpool', 'the Reds=liverpool', 'Rennes=rennes', 'Xabi Alonso=xabi-alonso', 'Dean Huijsen=dean-huijsen',
    'Militao=eder-militao', 'Florentino Pérez=florentino-perez', 'LFC=liverpool',
  ]) assert.ok(mentions.includes(expected), `missing ${expected} in ${mentions.join(', ')}`);
  // The navigation menu lists clubs: never annotated.
  assert.equal(await page.locator('nav footnote-mention').count(), 0);
  assert.ok(!mentions.some((m) => m.startsWith('Alonso=') && !m.endsWith('xabi-alonso')));

  const konate = (await pageKeys(browser.session, page)).sel('ibrahima-konate');
  const konateBadges = await page.$$eval(`${konate} + ${BADGE}, ${konate} + ${BADGE} + ${BADGE}`, (els) => els.map((e) => e.getAttribute('data-footnote-badge')));
  assert.deepEqual([...new Set(konateBadges)].sort(), ['contract', 'rumours']);
  // The labels live in the badges' closed roots: a screen reader gets them, the page does not.
  const labels = await badgeLabels(page);
  assert.ok(labels.includes('Contract ended 30 June 2026 (data from 5 February 2026: may have been renewed)'), labels.join('\n'));
  assert.ok(labels.includes('3 transfer rumours, latest 5 February 2026: Real Madrid'), labels.join('\n'));
  assert.equal(await page.locator(`${BADGE}[aria-label], ${BADGE}[title]`).count(), 0);
  // Clubs get no badge; a mention repeated in one paragraph gets badges once.
  assert.equal(await page.locator(`[data-footnote-kind="club"] + ${BADGE}`).count(), 0);
  await page.screenshot({ path: 'docs/screenshots/demo-article.png', clip: { x: 0, y: 0, width: 1100, height: 800 } });
  await page.close();
});

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
  assert.ok((await page.locator(BADGE).count()) > 3);
  await sendToTab(browser.session, page.url(), { type: 'bg-cs-enabled', enabled: false });
  await page.waitForSelector('html[data-footnote-test="off"]', { state: 'attached' });
  assert.equal(await page.locator(BADGE).count(), 0);
  assert.equal(await copy(), withBadges);
  assert.equal(await page.evaluate(() => document.body.innerText), innerWith);
  await page.close();
});

test('a tricky page: split names, links, skipped regions, badge limits, content added later, and an exact restore', async () => {
  const page = await browser.session.context.newPage();
  await snapshotTextNodes(page);
  await page.goto(browser.server.url('/pages/tricky.html'));
  await settled(page);
  let keys = await pageKeys(browser.session, page);

  const split = page.locator(`#split ${keys.sel('ibrahima-konate')}`);
  assert.equal(await split.count(), 2, 'a name split across <b> is wrapped piecewise');
  assert.equal(await page.locator('#split b footnote-mention').count(), 1);
  assert.equal(await page.locator(`#split ${BADGE}`).count(), 2, 'badges after the last piece only');

  assert.equal(await page.locator(`#headline ${keys.sel('ibrahima-konate')}`).count(), 1, 'the headline surname is resolved by the body');
  for (const id of ['pre', 'code', 'editable']) assert.equal(await page.locator(`#${id} footnote-mention`).count(), 0, id);
  assert.equal(await page.locator('nav footnote-mention, [role=navigation] footnote-mention').count(), 0);
  assert.equal(await page.inputValue('#textarea'), 'Ibrahima Konaté in a textarea');
  assert.equal(await page.locator('svg footnote-mention').count(), 0);
  assert.equal(await page.locator('#repeat footnote-mention').count(), 3, 'every mention stays recognisable');
  assert.equal(await page.locator(`#repeat ${BADGE}`).count(), 2, 'only the first mention in a paragraph gets badges');

  await page.click('#konate-link footnote-mention');
  assert.equal(new URL(page.url()).hash, '#profile', 'links keep working');

  // Content that arrives later is annotated, in a batch.
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.id = 'added';
    p.textContent = 'Live: Real Madrid defender Antonio Rüdiger is out of contract in the summer.';
    document.getElementById('live')!.append(p);
  });
  await page.waitForSelector('#added footnote-mention[data-footnote-kind="player"]');
  keys = await pageKeys(browser.session, page);
  assert.equal(await page.locator(`#added ${keys.sel('antonio-rudiger')}`).count(), 1);
  assert.equal(await page.locator(`#added ${keys.sel('real-madrid')}`).count(), 1);

  // Off: every Footnote node goes and the page's own text nodes come back exactly.
  await page.evaluate(() => document.getElementById('added')!.remove());
  await sendToTab(browser.session, page.url(), { type: 'bg-cs-enabled', enabled: false });
  await page.waitForSelector('html[data-footnote-test="off"]', { state: 'attached' });
  assert.equal(await page.locator(`[data-footnote], ${BADGE}, footnote-mention`).count(), 0);
  const restored = await restoredExactly(page);
  assert.ok(restored.same && restored.extra === 0, restored.detail);
  assert.ok(restored.html, 'the body markup is the same');

  // On again re-annotates; twice never doubles.
  await sendToTab(browser.session, page.url(), { type: 'bg-cs-enabled', enabled: true });
  await settled(page);
  await sendToTab(browser.session, page.url(), { type: 'bg-cs-enabled', enabled: true });
  await settled(page);
  keys = await pageKeys(browser.session, page);
  assert.equal(await page.locator(`#split ${keys.sel('ibrahima-konate')}`).count(), 2);
  assert.equal(await page.locator(`#split ${BADGE}`).count(), 2);
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
    return p.querySelector('footnote-mention') && !document.querySelector('#para footnote-mention:not(:has(*)):empty');
  });
  await page.waitForTimeout(300);
  const state = await page.evaluate(() => ({
    errors: (window as unknown as { errors: string[] }).errors,
    text: document.getElementById('para')!.textContent,
    mentions: [...document.querySelectorAll('#para footnote-mention')].map((e) => e.textContent),
  }));
  assert.deepEqual(state.errors, []);
  // Three re-renders after the first: the other story, and only its text.
  assert.match(state.text!.replace(/\s+/g, ' '), /^Liverpool defender Ibrahima Konaté is wanted by Real Madrid before the transfer window\./);
  assert.ok(state.mentions.includes('Ibrahima Konaté'));
  assert.ok(!state.mentions.includes('Antonio Rüdiger'), 'no wrapper from the previous render stays');
  await page.close();
});
