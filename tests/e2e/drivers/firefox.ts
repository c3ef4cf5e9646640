/** The shared scenarios' Driver over puppeteer-core, WebDriver BiDi and Firefox (scripts/firefox.ts). */
import type { Page } from 'puppeteer-core';
import { closedShadowText, inClosedShadow, inEveryClosedShadow, launchFirefox, locationOf, poll, type FirefoxOptions, type FirefoxSession } from '../../../scripts/firefox';
import { serve } from '../../../scripts/serve';
import { indexOfText, pageKeysFrom, recordTextNodes, type Driver, type DriverOptions, type Tab } from './driver';

async function nth(page: Page, selector: string, index: number) {
  const all = await page.$$(selector);
  const el = all[index];
  if (!el) throw new Error(`no element ${index} of ${all.length} matching ${selector}`);
  return el;
}

/** Presses a key or a chord ("Alt+Shift+ArrowDown"): puppeteer's press takes one key. */
async function chord(page: Page, keys: string): Promise<void> {
  const parts = keys.split('+') as Parameters<Page['keyboard']['press']>[0][];
  const key = parts.pop()!;
  for (const m of parts) await page.keyboard.down(m);
  await page.keyboard.press(key);
  for (const m of parts.reverse()) await page.keyboard.up(m);
}

/** puppeteer's typings flatten the argument (handles); the Tab interface keeps it as written. */
export function evaluateIn<T, A>(page: Page, fn: (arg: A) => T | Promise<T>, arg: A): Promise<T> {
  return page.evaluate(fn as (arg: unknown) => Promise<T>, arg as unknown) as Promise<T>;
}

const CARD = 'div[data-footnote-card]';

export function tabOf(page: Page): Tab {
  const count = (selector: string) => page.evaluate((s) => document.querySelectorAll(s).length, selector);
  return {
    location: () => locationOf(page),
    evaluate: <T, A>(fn: (arg: A) => T | Promise<T>, arg: A) => evaluateIn<T, A>(page, fn, arg),
    count,
    async waitFor(selector, state = 'attached', timeout = 15_000) {
      await poll(async () => ((await count(selector).catch(() => 0)) > 0) === (state === 'attached'), `${selector} ${state}`, timeout);
    },
    async waitForText(selector, text, timeout = 15_000) {
      await poll(() => page.evaluate(({ selector, source, flags }) => {
        const re = new RegExp(source, flags);
        return [...document.querySelectorAll<HTMLElement>(selector)].some((e) => re.test(e.innerText));
      }, { selector, source: text.source, flags: text.flags }).catch(() => false), `${selector} with ${text}`, timeout);
    },
    text: (selector) => page.$eval(selector, (e) => (e as HTMLElement).innerText),
    box: async (selector, index = 0) => (await (await nth(page, selector, index)).boundingBox()) ?? undefined,
    hover: async (selector, index = 0) => (await nth(page, selector, index)).hover(),
    click: async (selector, index = 0) => (await nth(page, selector, index)).click(),
    async clickText(selector, text) {
      const found = () => page.evaluate(indexOfText, { selector, text }).catch(() => -1);
      const index = (await poll(async () => (await found()) + 1, `${selector} reading "${text}"`)) - 1;
      await (await nth(page, selector, index)).click();
    },
    checked: (selector) => page.$eval(selector, (e) => (e as HTMLInputElement).checked),
    async upload(selector, path) {
      const input = (await nth(page, selector, 0)) as import('puppeteer-core').ElementHandle<HTMLInputElement>;
      await input.uploadFile(path);
    },
    focus: (selector) => page.focus(selector),
    press: (key) => chord(page, key),
    async fill(selector, value) {
      const field = await nth(page, selector, 0);
      await field.click({ count: 3 });
      await page.keyboard.press('Backspace');
      await field.type(value);
    },
    async waitUntil(fn, arg, timeout = 15_000) {
      await poll(() => evaluateIn(page, fn, arg).catch(() => false), `${fn.toString().slice(0, 80)}`, timeout);
    },
    async mouseMove(x, y, steps = 1) {
      await page.mouse.move(x, y, { steps });
    },
    cardName: () => inClosedShadow(page, CARD, (root) => {
      const dialog = root.querySelector('[role="dialog"]');
      const label = dialog?.getAttribute('aria-labelledby');
      return (label ? root.getElementById(label)?.textContent : dialog?.getAttribute('aria-label'))?.trim();
    }),
    async cardText() {
      return (await closedShadowText(page, CARD)) ?? '';
    },
    // What Firefox's accessibility tree would name each badge: its role="img" part's label, read from the closed root.
    badgeLabels: () => inEveryClosedShadow(page, 'span[data-footnote-badge]', (root) => root.querySelector('[role="img"]')?.getAttribute('aria-label') ?? ''),
    async screenshot(path, options = {}) {
      await page.screenshot({ path: path as `${string}.png`, ...options });
    },
    async reload() {
      const url = await locationOf(page);
      if (!url.startsWith('moz-extension:')) {
        await page.reload();
        return;
      }
      // BiDi reports no navigation of extension documents: mark this one, reload, wait for a fresh one.
      await page.evaluate(() => {
        (window as unknown as { footnoteOld: boolean }).footnoteOld = true;
        location.reload();
      });
      await poll(() => page.evaluate(() => !(window as unknown as { footnoteOld?: boolean }).footnoteOld && document.readyState === 'complete').catch(() => false), `${url} to reload`);
    },
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}

export async function firefoxDriver(options: DriverOptions & FirefoxOptions = {}): Promise<Driver & { session: FirefoxSession }> {
  const session = await launchFirefox(options);
  const server = await serve(options.routes);
  const inExtension = session.inExtension;
  const tabIdOf = async (url: string) => {
    const id = await inExtension(async (url) => {
      const api = (globalThis as unknown as { browser: { tabs: { query: (q: object) => Promise<Array<{ id: number; url: string }>> } } }).browser;
      return (await api.tabs.query({})).find((t) => t.url === url)?.id;
    }, url);
    if (id === undefined) throw new Error(`no tab at ${url}`);
    return id;
  };
  return {
    name: 'firefox',
    session,
    server,
    async open(url, options = {}) {
      const page = await session.browser.newPage();
      if (options.snapshot) await page.evaluateOnNewDocument(recordTextNodes);
      if (options.localOnly) {
        await page.setRequestInterception(true);
        // A request the page dropped meanwhile cannot be answered: that is no error here.
        page.on('request', (request) => void (request.url().startsWith(server.origin) ? request.continue() : request.abort()).catch(() => undefined));
      }
      page.on('pageerror', (e) => options.errors?.push(String(e)));
      await page.goto(url, { timeout: 30_000 });
      return tabOf(page);
    },
    openExtension: async (path) => tabOf(await session.extensionPage(path)),
    tabs: async () => (await session.browser.pages()).map(tabOf),
    async track(site) {
      const reply = await inExtension(async (input) => {
        const api = (globalThis as unknown as { browser: { runtime: { sendMessage: (m: unknown) => Promise<{ ok: boolean; value?: { error?: string }; error?: string }> } } }).browser;
        return api.runtime.sendMessage({ type: 'site-add', input });
      }, site);
      if (!reply.ok || reply.value?.error) throw new Error(`could not track ${site}: ${reply.error ?? reply.value?.error}`);
    },
    tabIdOf,
    async sendToTab(url, message) {
      const tabId = await tabIdOf(url);
      await inExtension(async ({ tabId, message }) => {
        const api = (globalThis as unknown as { browser: { tabs: { sendMessage: (id: number, m: unknown) => Promise<unknown> } } }).browser;
        await api.tabs.sendMessage(tabId, message);
      }, { tabId, message });
    },
    async pageKeys(url) {
      const tabId = await tabIdOf(url);
      const reply = await inExtension(async (tabId) => {
        const api = (globalThis as unknown as { browser: { tabs: { sendMessage: (id: number, m: unknown) => Promise<unknown> } } }).browser;
        return api.tabs.sendMessage(tabId, { type: 'popup-cs-found' });
      }, tabId);
      return pageKeysFrom(reply);
    },
    async close() {
      await session.close();
      await server.close();
    },
  };
}

