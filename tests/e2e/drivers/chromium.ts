/** The shared scenarios' Driver over Playwright and Chromium (scripts/chromium.ts). */
import type { Page } from 'playwright-core';
import { accessibleText, launch, localOnly, sendToTab, tabIdOf, track, type Session } from '../../../scripts/chromium';
import { serve } from '../../../scripts/serve';
import { badgeLabels } from '../../../scripts/page-keys';
import { hasText, indexOfText, pageKeysFrom, recordTextNodes, type Driver, type DriverOptions, type Tab } from './driver';

function tabOf(page: Page): Tab {
  return {
    location: async () => page.url(),
    // The browsers' own typings flatten the argument; the Tab interface keeps it as written.
    evaluate: <T, A>(fn: (arg: A) => T | Promise<T>, arg: A) => page.evaluate(fn as (arg: unknown) => T | Promise<T>, arg as unknown) as Promise<T>,
    count: (selector) => page.locator(selector).count(),
    async waitFor(selector, state = 'attached', timeout = 15_000) {
      await page.waitForSelector(selector, { state, timeout });
    },
    async waitForText(selector, text, timeout = 15_000) {
      await page.locator(selector, { hasText: text }).first().waitFor({ timeout });
    },
    text: (selector) => page.locator(selector).first().innerText(),
    box: async (selector, index = 0) => (await page.locator(selector).nth(index).boundingBox()) ?? undefined,
    hover: (selector, index = 0) => page.locator(selector).nth(index).hover(),
    click: (selector, index = 0) => page.locator(selector).nth(index).click(),
    async clickText(selector, text) {
      await page.waitForFunction(hasText, { selector, text });
      await page.locator(selector).nth(await page.evaluate(indexOfText, { selector, text })).click();
    },
    checked: (selector) => page.locator(selector).first().isChecked(),
    upload: (selector, path) => page.locator(selector).first().setInputFiles(path),
    focus: (selector) => page.focus(selector),
    press: (key) => page.keyboard.press(key),
    fill: (selector, value) => page.locator(selector).fill(value),
    async waitUntil(fn, arg, timeout = 15_000) {
      await page.waitForFunction(fn as (arg: unknown) => unknown, arg as unknown, { timeout });
    },
    mouseMove: (x, y, steps = 1) => page.mouse.move(x, y, { steps }),
    cardText: () => accessibleText(page, 'dialog'),
    cardName: async () => /^dialog "([^"]*)"/.exec(await accessibleText(page, 'dialog'))?.[1],
    badgeLabels: () => badgeLabels(page),
    async screenshot(path, options = {}) {
      await page.screenshot({ path, ...options });
    },
    reload: async () => {
      await page.reload();
    },
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}

export async function chromiumDriver(options: DriverOptions = {}): Promise<Driver & { session: Session }> {
  const session = await launch();
  const server = await serve(options.routes);
  return {
    name: 'chromium',
    session,
    server,
    async open(url, options = {}) {
      const page = await session.context.newPage();
      if (options.snapshot) await page.addInitScript(recordTextNodes);
      if (options.localOnly) await localOnly(page);
      page.on('pageerror', (e) => options.errors?.push(String(e)));
      await page.goto(url, { timeout: 30_000 });
      return tabOf(page);
    },
    openExtension: async (path) => tabOf(await session.extensionPage(path)),
    tabs: async () => session.context.pages().map(tabOf),
    track: (site) => track(session, site),
    tabIdOf: (url) => tabIdOf(session, url),
    sendToTab: (url, message) => sendToTab(session, url, message),
    async pageKeys(url) {
      const tabId = await tabIdOf(session, url);
      const ext = await session.extensionPage('options.html');
      const reply = await ext.evaluate(async (tabId) => {
        const api = (globalThis as unknown as { chrome: { tabs: { sendMessage: (id: number, m: unknown) => Promise<unknown> } } }).chrome;
        return api.tabs.sendMessage(tabId, { type: 'popup-cs-found' });
      }, tabId);
      await ext.close();
      return pageKeysFrom(reply);
    },
    async close() {
      await session.close();
      await server.close();
    },
  };
}
