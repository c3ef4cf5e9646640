import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accessibleText, clickAccessible, settled } from '../../scripts/chromium';
import { useBrowser } from './setup';

const browser = useBrowser({ trackLocal: true });

const card = (page: import('playwright-core').Page) => page.locator('footnote-card');
/** The card as a screen reader gets it (its shadow root is closed to page scripts and to test locators alike). */
const cardText = (page: import('playwright-core').Page) => accessibleText(page, 'dialog');

async function openDemo() {
  const page = await browser.session.context.newPage();
  await page.goto(browser.server.url('/demo/article.html'));
  await settled(page);
  return page;
}

test('a quick pass over a name does not open a card; leaving closes it', async () => {
  const page = await openDemo();
  const name = page.locator('p [data-footnote-entity="dean-huijsen"]').first();
  const box = (await name.boundingBox())!;
  await page.mouse.move(box.x - 40, box.y + box.height / 2);
  await page.mouse.move(box.x + box.width + 40, box.y + box.height / 2, { steps: 4 });
  await page.waitForTimeout(600);
  assert.equal(await card(page).count(), 0);
  await name.hover();
  await card(page).waitFor({ state: 'attached' });
  await page.mouse.move(5, 5);
  await card(page).waitFor({ state: 'detached' });
  await page.close();
});

test('the keyboard reaches names: a link holding a name, and Alt+Shift+↓/↑ step through the others', async () => {
  const page = await openDemo();
  // Wrapping leaves the page's tab order alone: no name carries a tabindex of its own.
  assert.equal(await page.locator('footnote-mention[tabindex]').count(), 0);
  await page.focus('a[href="#konate"]');
  await card(page).waitFor({ state: 'attached' });
  assert.match(await cardText(page), /dialog "Ibrahima Konaté"/);
  await page.keyboard.press('Escape');
  await card(page).waitFor({ state: 'detached' });

  // Each person once, in the order a reader meets them.
  const people = await page.$$eval('footnote-mention[data-footnote-mention]', (els) => {
    const seen = new Set<string>();
    return els.flatMap((e) => {
      const key = e.getAttribute('data-footnote-mention')!;
      if (seen.has(key)) return [];
      seen.add(key);
      return [e.getAttribute('data-footnote-entity')!];
    });
  });
  assert.ok(people.length >= 3, people.join(', '));
  const focused = () => page.evaluate(() => {
    const el = document.activeElement!;
    return { entity: el.getAttribute('data-footnote-entity'), tabindex: el.getAttribute('tabindex'), withTabindex: document.querySelectorAll('footnote-mention[tabindex]').length };
  });
  const dialogName = async () => /dialog "([^"]*)"/.exec(await cardText(page))?.[1];

  await page.keyboard.press('Alt+Shift+ArrowDown');
  await card(page).waitFor({ state: 'attached' });
  assert.deepEqual(await focused(), { entity: people[0], tabindex: '-1', withTabindex: 1 });
  const first = await dialogName();

  await page.keyboard.press('Alt+Shift+ArrowDown');
  await page.waitForFunction((entity) => document.activeElement?.getAttribute('data-footnote-entity') === entity, people[1]);
  // Focusable only while stepped to: the name left behind gives its tabindex back.
  assert.deepEqual(await focused(), { entity: people[1], tabindex: '-1', withTabindex: 1 });
  const second = await dialogName();
  assert.ok(second && second !== first, `the card moved on: ${first} → ${second}`);

  await page.keyboard.press('Alt+Shift+ArrowUp');
  await page.waitForFunction((entity) => document.activeElement?.getAttribute('data-footnote-entity') === entity, people[0]);
  assert.equal(await dialogName(), first);

  // Leaving the names (Tab onwards) takes the last tabindex away too.
  await page.focus('a[href="#konate"]');
  assert.equal(await page.locator('footnote-mention[tabindex]').count(), 0);
  await page.close();
});

test('"Full record" shows his record', async () => {
  const page = await openDemo();
  await page.locator('p [data-footnote-entity="ibrahima-konate"]').nth(1).hover();
  await card(page).waitFor({ state: 'attached' });
  const tab = browser.session.context.waitForEvent('page', { predicate: (p) => p.url().includes('popup.html'), timeout: 2000 }).catch(() => undefined);
  await clickAccessible(page, 'button', 'Full record');
  const popupTab = await tab;
  if (popupTab) {
    // A browser that cannot open the popup from a page shows the record in a tab.
    await popupTab.waitForSelector('article.record[data-record="ibrahima-konate"]');
    assert.equal(await popupTab.locator('.rumour').count(), 3);
  } else {
    // The popup itself opened (tests cannot drive it): it took the record it was asked to show.
    const state = await browser.session.inBackground(async () => {
      const api = (globalThis as unknown as { chrome: { runtime: { getContexts: (f: object) => Promise<Array<{ documentUrl: string }>> }; storage: { session: { get: (k: string) => Promise<Record<string, unknown>> } } } }).chrome;
      for (let i = 0; i < 100; i++) {
        const popups = await api.runtime.getContexts({ contextTypes: ['POPUP'] });
        const pending = (await api.storage.session.get('pendingRecord')).pendingRecord;
        if (popups.length && !pending) return popups.map((p) => p.documentUrl).join(' ');
        await new Promise((r) => setTimeout(r, 50));
      }
      return 'no popup';
    });
    assert.match(state, /popup\.html/);
  }
  await page.close();
});

test('hostile page styles break neither the card nor the badges', async () => {
  const page = await openDemo();
  await page.addStyleTag({ content: '* { all: unset !important; } span { display: none !important; } footnote-badge, footnote-card { opacity: 0.1; }' });
  await page.locator('p [data-footnote-entity="ibrahima-konate"]').nth(1).hover();
  await card(page).waitFor({ state: 'attached' });
  const box = (await card(page).boundingBox())!;
  assert.ok(box.width > 200 && box.height > 100, `card ${box.width}x${box.height}`);
  assert.match(await cardText(page), /Ended 30 June 2026/);
  const badge = (await page.locator('footnote-badge').first().boundingBox())!;
  assert.ok(badge.width > 10);
  await page.close();
});
