/**
 * The scenarios every browser must pass, written once against the Driver interface and run by
 * tests/e2e/scenarios.chromium.test.ts and tests/e2e/firefox/scenarios.test.ts, so the Chromium
 * and Firefox suites cannot drift. What only one browser can check stays in that browser's files.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { restoredExactly, settled, switchedOff, type Driver, type Tab } from './drivers/driver';

const KONATE = 'p [data-footnote-entity="ibrahima-konate"]';

/** Every mention on the page as "text=entity". */
const mentionsOn = (tab: Tab) =>
  tab.evaluate(() => [...document.querySelectorAll('[data-footnote-entity]')].map((e) => `${e.textContent}=${e.getAttribute('data-footnote-entity')}`), null);

export function sharedScenarios(start: () => Promise<Driver>): void {
  let driver: Driver;
  before(async () => {
    driver = await start();
  });
  after(async () => {
    await driver?.close();
  });

  const demo = async () => {
    const tab = await driver.open(driver.server.url('/demo/article.html'));
    await settled(tab);
    return tab;
  };

  test('installing opens a first-run page that says what Footnote does and where it runs', async () => {
    let welcome: Tab | undefined;
    for (let i = 0; i < 100 && !welcome; i++) {
      for (const tab of await driver.tabs()) if ((await tab.location().catch(() => '')).endsWith('/welcome.html')) welcome = tab;
      if (!welcome) await new Promise((r) => setTimeout(r, 100));
    }
    assert.ok(welcome, 'a welcome.html tab is open');
    await welcome.waitForText('h1', /^Footnote is ready$/);
    const text = await welcome.text('main');
    assert.match(text, /Nothing you read leaves your browser/);
    assert.match(text, /bbc\.co\.uk\/sport/);
    assert.match(text, /Change the sites/);
    // Only now is the test site switched on: the scenarios below read the demo article on it.
    await driver.track('127.0.0.1');
  });

  test('the demo article: names, clubs and badges with their labels', async () => {
    const tab = await demo();
    const mentions = await mentionsOn(tab);
    for (const expected of [
      'Ibrahima Konaté=ibrahima-konate', 'Konate=ibrahima-konate', 'Real Madrid=real-madrid', 'Los Blancos=real-madrid',
      'Liverpool=liverpool', 'the Reds=liverpool', 'Rennes=rennes', 'Xabi Alonso=xabi-alonso', 'Dean Huijsen=dean-huijsen',
      'Militao=eder-militao', 'Florentino Pérez=florentino-perez', 'LFC=liverpool',
    ]) assert.ok(mentions.includes(expected), `missing ${expected} in ${mentions.join(', ')}`);
    // The navigation menu lists clubs: never annotated.
    assert.equal(await tab.count('nav [data-footnote-entity]'), 0);
    assert.ok(!mentions.some((m) => m.startsWith('Alonso=') && !m.endsWith('xabi-alonso')));

    const konateBadges = await tab.evaluate(() => [...document.querySelectorAll(
      '[data-footnote-entity="ibrahima-konate"] + footnote-badge, [data-footnote-entity="ibrahima-konate"] + footnote-badge + footnote-badge',
    )].map((e) => `${e.getAttribute('data-footnote-badge')}: ${e.getAttribute('aria-label')}`), null);
    assert.ok(konateBadges.includes('contract: Contract ended 30 June 2026 (data from 5 February 2026: may have been renewed)'), konateBadges.join('\n'));
    assert.ok(konateBadges.includes('rumours: 3 transfer rumours, latest 5 February 2026: Real Madrid'), konateBadges.join('\n'));
    // Badges are drawn: each has a box of its own (their styles reached the closed shadow roots).
    const badge = await tab.box('footnote-badge');
    assert.ok(badge && badge.width > 20 && badge.height > 10, `badge box ${JSON.stringify(badge)}`);
    // Clubs get no badge.
    assert.equal(await tab.count('[data-footnote-kind="club"] + footnote-badge'), 0);
    await tab.close();
  });

  test('hovering Konaté opens his card with contract end and latest rumours, inside the viewport; Esc closes it', async () => {
    const tab = await demo();
    await tab.hover(KONATE, 1);
    await tab.waitFor('footnote-card');
    const text = await tab.cardText();
    assert.match(text, /Ibrahima Konaté/);
    assert.match(text, /Liverpool · Centre-Back · 27 years/);
    assert.match(text, /Ended 30 June 2026 \(data from 5 February 2026: may have been renewed\)/);
    assert.match(text, /Real Madrid/);
    assert.match(text, /5 Feb 2026 · ESPN · Rodra/);
    assert.match(text, /Daily Mail · Lewis Steele/);
    assert.match(text, /Full record/);
    const box = await tab.box('footnote-card');
    const viewport = await tab.evaluate(() => ({ width: document.documentElement.clientWidth, height: innerHeight }), null);
    assert.ok(box && box.width > 200 && box.height > 100, `card ${JSON.stringify(box)}`);
    assert.ok(box.x >= 0 && box.x + box.width <= viewport.width && box.y >= 0 && box.y + box.height <= viewport.height + 1, JSON.stringify(box));
    await tab.press('Escape');
    await tab.waitFor('footnote-card', 'detached');
    await tab.close();
  });

  test('the popup finds Konaté by "kona" and shows his full record', async () => {
    const popup = await driver.openExtension('popup.html');
    await popup.fill('input[type="search"]', 'kona');
    await popup.waitForText('.hit', /Ibrahima Konaté/);
    await popup.press('Enter');
    const record = 'article.record[data-record="ibrahima-konate"]';
    await popup.waitFor(record);
    const text = await popup.text(record);
    assert.match(text, /Liverpool/);
    assert.match(text, /Centre-Back/);
    assert.match(text, /France/);
    assert.match(text, /ended 30 June 2026 \(data from 5 February 2026: may have been renewed\)/);
    assert.equal(await popup.count(`${record} .rumour`), 3);
    const outlets = await popup.evaluate((sel) => [...document.querySelectorAll<HTMLElement>(sel)].map((e) => e.innerText.split(' · ')[0]), `${record} .rumour__source`);
    assert.deepEqual(outlets, ['ESPN', 'X (a group of five reporters)', 'Daily Mail']);
    // Esc goes back to the search.
    await popup.press('Escape');
    await popup.waitFor('input[type="search"]');
    await popup.close();
  });

  test('popup.html?record=<id> opens a record directly, clubs included', async () => {
    const popup = await driver.openExtension('popup.html?record=real-madrid');
    const record = 'article.record[data-record="real-madrid"]';
    await popup.waitFor(record);
    const text = await popup.text(record);
    assert.match(text, /Los Blancos/);
    assert.match(text, /contracts ending soonest/i);
    // Rüdiger, Alaba and Carvajal all end in June 2026: the soonest.
    assert.match(text, /Antonio Rüdiger|David Alaba|Dani Carvajal/);
    await popup.close();
  });

  test('the options page shows the data status with counts', async () => {
    const options = await driver.openExtension('options.html');
    const status = '[data-testid="data-status"]';
    await options.waitFor(`${status} [data-count="players"]`);
    const count = (kind: string) => options.text(`${status} [data-count="${kind}"]`);
    const bundled = JSON.parse(readFileSync('public/dataset.json', 'utf8')) as { players: unknown[]; rumours: unknown[]; clubs: unknown[] };
    assert.equal(await count('players'), String(bundled.players.length));
    assert.equal(await count('rumours'), String(bundled.rumours.length));
    assert.equal(await count('clubs'), String(bundled.clubs.length));
    assert.match(await options.text(status), /5 Feb 2026/);
    await options.close();
  });

  test('switching the site off in the popup gives the page back exactly, and it stays off after a reload', async () => {
    const page = await driver.open(driver.server.url('/pages/tricky.html'), { snapshot: true });
    await settled(page);
    assert.ok((await page.count('footnote-mention')) > 0);
    const url = await page.location();
    const popup = await driver.openExtension(`popup.html?tab=${await driver.tabIdOf(url)}`);
    const runHere = '.page-panel .site-row input[role="switch"]';
    await popup.waitFor(runHere);
    assert.match(await popup.text('.page-panel .site-row'), /Run on this site \(127\.0\.0\.1\)/);
    assert.equal(await popup.evaluate((s) => document.querySelector<HTMLInputElement>(s)!.checked, runHere), true);
    await popup.click(runHere);
    await switchedOff(page);
    assert.equal(await page.count('[data-footnote], footnote-badge, footnote-mention'), 0);
    const restored = await restoredExactly(page);
    assert.ok(restored.same && restored.extra === 0, restored.detail);
    assert.ok(restored.html, 'the body markup is the same');
    await popup.close();

    await page.reload();
    await new Promise((r) => setTimeout(r, 1500));
    assert.equal(await page.count('footnote-mention'), 0, 'it stays off after a reload');
    await page.close();
  });
}
