/**
 * Real Firefox with the built test extension (.output/firefox-mv3-test), driven by puppeteer-core
 * over WebDriver BiDi (Playwright cannot drive a stock Firefox). The browser is found through
 * FIREFOX_PATH or Debian's /usr/bin/firefox-esr; when there is none, tests fail with the command
 * that installs one (they never skip).
 *
 * Three things differ from Chromium, and are handled here once:
 * - BiDi lists no extension targets, so the extension's moz-extension:// UUID is chosen by us: the
 *   profile's `extensions.webextensions.uuids` pref maps the gecko id to it before the install.
 * - BiDi reports no navigation events for moz-extension:// documents (a goto never resolves), so
 *   extension pages are opened without waiting and then polled until they are loaded.
 * - The extension's CSP forbids `new Function`, which puppeteer's waitForFunction uses: polling
 *   here is a loop of plain evaluate calls.
 * FOOTNOTE_FIREFOX_CONSOLE=1 prints Firefox's console on stdout (content-script errors included).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv3-test');
const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];
/** Any fixed v4 UUID: it only has to be the same in the pref and in the URLs the tests open. */
export const EXTENSION_UUID = '6f6f746e-6f74-4e65-8e65-3265746573ff';

export function firefoxPath(): string {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`FIREFOX_PATH=${fromEnv} does not exist`);
    return fromEnv;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) {
    throw new Error('No Firefox found. Install one with: sudo apt-get update && sudo apt-get install -y firefox-esr (or set FIREFOX_PATH)');
  }
  return found;
}

export interface FirefoxSession {
  browser: Browser;
  geckoId: string;
  origin: string;
  /** Opens an extension page (popup.html, options.html…) in a new tab, loaded. */
  extensionPage(path: string): Promise<Page>;
  /** Runs a function in an extension page, where `browser.*` is the extension's API. */
  inExtension<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  close(): Promise<void>;
}

/** The gecko id the manifest declares (wxt.config.ts): the key of the UUID pref. */
function geckoIdOf(dir: string): string {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { browser_specific_settings?: { gecko?: { id?: string } } };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${dir}/manifest.json has no browser_specific_settings.gecko.id`);
  return id;
}

export interface FirefoxOptions {
  headless?: boolean;
  extensionDir?: string;
  viewport?: { width: number; height: number };
  /** More profile prefs (a test that needs Firefox to behave in a particular way). */
  prefs?: Record<string, unknown>;
}

export async function launchFirefox(options: FirefoxOptions = {}): Promise<FirefoxSession> {
  const dir = options.extensionDir ?? FIREFOX_EXTENSION_DIR;
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`No built extension in ${dir}: run npm run build:test first`);
  const geckoId = geckoIdOf(dir);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: options.headless ?? true,
    dumpio: !!process.env.FOOTNOTE_FIREFOX_CONSOLE,
    defaultViewport: options.viewport ?? { width: 1100, height: 800 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
      // A closed network: no update pings, no telemetry, no remote settings.
      'extensions.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      ...options.prefs,
      ...(process.env.FOOTNOTE_FIREFOX_CONSOLE ? { 'devtools.console.stdout.content': true, 'devtools.console.stdout.chrome': true, 'browser.dom.window.dump.enabled': true } : {}),
    },
  });
  // BiDi installs the folder as a temporary add-on: the same install path as about:debugging.
  const installed = await browser.installExtension(dir);
  if (installed !== geckoId) throw new Error(`installed ${installed}, expected ${geckoId}`);
  const origin = `moz-extension://${EXTENSION_UUID}`;

  async function extensionPage(path: string): Promise<Page> {
    const page = await browser.newPage();
    await openExtensionUrl(page, `${origin}/${path}`);
    return page;
  }

  let helper: Page | undefined;
  async function inExtension<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T> {
    helper ??= await extensionPage('options.html');
    // puppeteer's typings flatten the argument (handles); callers pass plain data.
    return helper.evaluate(fn as (arg: unknown) => Promise<T>, arg as unknown) as Promise<T>;
  }

  const session: FirefoxSession = {
    browser,
    geckoId,
    origin,
    extensionPage,
    inExtension,
    async close() {
      await browser.close();
    },
  };
  // The background registers the content script when it is installed: wait for that fact.
  await poll(() => inExtension(async () => {
    const api = (globalThis as unknown as { browser: { scripting: { getRegisteredContentScripts: () => Promise<unknown[]> } } }).browser;
    return (await api.scripting.getRegisteredContentScripts()).length > 0;
  }, null), 'the content script to be registered');
  return session;
}

/** Navigates a tab to a moz-extension:// URL and waits until the document has loaded. */
export async function openExtensionUrl(page: Page, url: string): Promise<void> {
  // BiDi never reports this navigation as done: start it and poll the document instead.
  await page.goto(url, { timeout: 300 }).catch(() => undefined);
  await poll(() => page.evaluate((u) => location.href === u && document.readyState === 'complete', url).catch(() => false), `${url} to load`);
}

/** The real address of a tab's document (puppeteer's page.url() stays about:blank for extension pages). */
export function locationOf(page: Page): Promise<string> {
  return page.evaluate(() => location.href);
}

/** Calls `check` until it gives a truthy value, or fails after `timeout` ms saying what it waited for. */
export async function poll<T>(check: () => Promise<T>, what: string, timeout = 15_000): Promise<NonNullable<T>> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

interface BidiContext {
  id: string;
  userContext: { browser: { session: { send(method: string, params: object): Promise<{ result: { result: BidiValue } }> } } };
}
interface BidiValue {
  type: string;
  value?: unknown;
  sharedId?: string;
}

/**
 * Runs `fn(root, arg)` in the page on the closed shadow root of the first element matching
 * `selector` (undefined when there is none). Page scripts cannot reach a closed root; WebDriver
 * BiDi can, by serialising the host with `includeShadowTree: 'all'`. `fn` must be self-contained.
 */
export async function inClosedShadow<T>(page: Page, selector: string, fn: (root: ShadowRoot, arg: string) => T, arg = ''): Promise<T | undefined> {
  // puppeteer keeps its BiDi session on the frame's browsing context (not a public API).
  const context = (page.mainFrame() as unknown as { browsingContext: BidiContext }).browsingContext;
  const send = async (method: string, params: object) => (await context.userContext.browser.session.send(method, params)).result.result;
  const host = await send('script.callFunction', {
    functionDeclaration: '(selector) => document.querySelector(selector)',
    target: { context: context.id },
    arguments: [{ type: 'string', value: selector }],
    awaitPromise: false,
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
  });
  const root = (host.value as { shadowRoot?: { sharedId?: string } } | undefined)?.shadowRoot?.sharedId;
  if (!root) return undefined;
  // Results come back as JSON text: BiDi's own serialisation of objects is verbose to read.
  const result = await send('script.callFunction', {
    functionDeclaration: `(root, arg) => JSON.stringify((${fn.toString()})(root, arg))`,
    target: { context: context.id },
    arguments: [{ sharedId: root }, { type: 'string', value: arg }],
    awaitPromise: false,
  });
  return typeof result.value === 'string' ? (JSON.parse(result.value) as T) : undefined;
}

/**
 * `fn(root)` on the closed shadow root of every element matching `selector`, in document order
 * (hosts without a root are left out). `fn` must be self-contained.
 */
export async function inEveryClosedShadow<T>(page: Page, selector: string, fn: (root: ShadowRoot) => T): Promise<T[]> {
  const context = (page.mainFrame() as unknown as { browsingContext: BidiContext }).browsingContext;
  const send = async (method: string, params: object) => (await context.userContext.browser.session.send(method, params)).result.result;
  const hosts = await send('script.callFunction', {
    functionDeclaration: '(selector) => [...document.querySelectorAll(selector)]',
    target: { context: context.id },
    arguments: [{ type: 'string', value: selector }],
    awaitPromise: false,
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
  });
  const roots = ((hosts.value ?? []) as BidiValue[]).flatMap((h) => {
    const id = (h.value as { shadowRoot?: { sharedId?: string } } | undefined)?.shadowRoot?.sharedId;
    return id ? [id] : [];
  });
  const results: T[] = [];
  for (const root of roots) {
    const result = await send('script.callFunction', {
      functionDeclaration: `(root) => JSON.stringify((${fn.toString()})(root))`,
      target: { context: context.id },
      arguments: [{ sharedId: root }],
      awaitPromise: false,
    });
    if (typeof result.value === 'string') results.push(JSON.parse(result.value) as T);
  }
  return results;
}

/** The rendered text of a closed shadow root (a <style> is not rendered, and innerText would give its CSS). */
export function closedShadowText(page: Page, selector: string): Promise<string | undefined> {
  return inClosedShadow(page, selector, (root) =>
    [...root.children].filter((e) => e.localName !== 'style').map((e) => (e as HTMLElement).innerText).join('\n'));
}

/** Clicks the button whose text is `label` inside the closed shadow root of `selector`, as a reader would. */
export async function clickInClosedShadow(page: Page, selector: string, label: string): Promise<void> {
  const box = await inClosedShadow(page, selector, (root, label) => {
    const button = [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === label);
    const r = button?.getBoundingClientRect();
    return r ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : undefined;
  }, label);
  if (!box) throw new Error(`no button "${label}" in ${selector}`);
  await page.mouse.click(box.x, box.y);
}
