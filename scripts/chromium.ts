/**
 * Real Chromium with the built test extension (.output/chrome-mv3-test) loaded unpacked.
 * The browser is found through CHROME_PATH or the usual install paths; when there is none,
 * tests fail with the command that installs one (they never skip).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { compareTextNodes, recordTextNodes, type Restored } from './page-snapshot';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const EXTENSION_DIR = resolve('.output/chrome-mv3-test');
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function chromePath(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH=${fromEnv} does not exist`);
    return fromEnv;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) {
    throw new Error('No Chromium found. Install one with: sudo apt-get update && sudo apt-get install -y chromium (or set CHROME_PATH)');
  }
  return found;
}

export interface Session {
  context: BrowserContext;
  extensionId: string;
  /** Runs a function in the extension's service worker. */
  inBackground<T>(fn: () => Promise<T> | T): Promise<T>;
  extensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launch(options: { headless?: boolean; extensionDir?: string } = {}): Promise<Session> {
  const dir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`No built extension in ${dir}: run npm run build:test first`);
  const profile = mkdtempSync(join(tmpdir(), 'footnote-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromePath(),
    headless: options.headless ?? true,
    viewport: { width: 1100, height: 800 },
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const background = () => context.serviceWorkers()[0] ?? worker;
  // The background registers the content script when it is installed: wait for that fact.
  await worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts: () => Promise<unknown[]> } } }).chrome;
    for (let i = 0; i < 200 && (await api.scripting.getRegisteredContentScripts()).length === 0; i++) {
      await new Promise((r) => setTimeout(r, 25));
    }
  });
  return {
    context,
    extensionId,
    inBackground: (fn) => background().evaluate(fn),
    async extensionPage(path: string) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Waits until the test build's content script says its latest batch has settled. */
export async function settled(page: Page): Promise<string> {
  await page.waitForSelector('html[data-footnote-test^="settled"]', { state: 'attached', timeout: 15_000 });
  return (await page.getAttribute('html', 'data-footnote-test'))!;
}

/** Lets only the local server answer: real pages from the corpus must not reach the network. */
export async function localOnly(page: Page): Promise<void> {
  await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
}

/**
 * Records, before any extension code runs, every text node of the body and its text, so a test
 * can check that switching Footnote off gives the page back exactly (scripts/page-snapshot.ts).
 */
export async function snapshotTextNodes(page: Page): Promise<void> {
  await page.addInitScript(recordTextNodes);
}

export function restoredExactly(page: Page): Promise<Restored> {
  return page.evaluate(compareTextNodes);
}

/** Sends a message to the content script of the tab showing `url`, from an extension page. */
export async function sendToTab(session: Session, url: string, message: unknown): Promise<void> {
  const tabId = await tabIdOf(session, url);
  const page = await session.extensionPage('options.html');
  await page.evaluate(async ({ tabId, message }) => {
    const api = (globalThis as unknown as { chrome: { tabs: { sendMessage: (id: number, m: unknown) => Promise<unknown> } } }).chrome;
    await api.tabs.sendMessage(tabId, message);
  }, { tabId, message });
  await page.close();
}

interface AxNode {
  nodeId: string;
  ignored?: boolean;
  role?: { value: string };
  name?: { value: string };
  childIds?: string[];
  backendDOMNodeId?: number;
}

/**
 * The accessibility tree under the first node of `role` (closed shadow roots included: what a
 * screen reader gets), as "role "name"" lines.
 */
export async function accessibleText(page: Page, role = 'dialog'): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
  await cdp.detach();
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const root = nodes.find((n) => n.role?.value === role);
  if (!root) return '';
  const lines: string[] = [];
  let text = false;
  const walk = (n: AxNode) => {
    const role = n.role?.value;
    if (!n.ignored && role === 'StaticText') {
      // Runs of text read as one line, as a screen reader would say them.
      if (text) lines[lines.length - 1] += n.name?.value ?? '';
      else lines.push(n.name?.value ?? '');
      text = true;
    } else if (!n.ignored && role && role !== 'InlineTextBox' && role !== 'generic') {
      lines.push(`${role} "${n.name?.value ?? ''}"`);
      text = false;
    }
    for (const id of n.childIds ?? []) {
      const child = byId.get(id);
      if (child) walk(child);
    }
  };
  walk(root);
  return lines.join('\n');
}

/** Clicks the element with this role and name, wherever it is (closed shadow roots included). */
export async function clickAccessible(page: Page, role: string, name: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
  const target = nodes.find((n) => n.role?.value === role && n.name?.value === name);
  if (!target?.backendDOMNodeId) throw new Error(`no ${role} "${name}"`);
  const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: target.backendDOMNodeId })) as { model: { content: number[] } };
  await cdp.detach();
  const [x1, y1, , , x3, y3] = model.content;
  if (x1 === undefined || y1 === undefined || x3 === undefined || y3 === undefined) throw new Error(`${role} "${name}" has no box (is it rendered?)`);
  await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
}

/** Switches Footnote on for a site, as the options page does (local hosts need no prompt in test and dev builds). */
export async function track(session: Session, input: string): Promise<void> {
  const page = await session.extensionPage('options.html');
  const reply = await page.evaluate(async (input) => {
    const api = (globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown) => Promise<{ ok: boolean; value?: { error?: string }; error?: string }> } } }).chrome;
    return api.runtime.sendMessage({ type: 'site-add', input });
  }, input);
  await page.close();
  if (!reply.ok || reply.value?.error) throw new Error(`could not track ${input}: ${reply.error ?? reply.value?.error}`);
}

/** The browser's id for the tab showing `url`. */
export async function tabIdOf(session: Session, url: string): Promise<number> {
  const page = await session.extensionPage('options.html');
  const id = await page.evaluate(async (url) => {
    const api = (globalThis as unknown as { chrome: { tabs: { query: (q: object) => Promise<Array<{ id: number; url: string }>> } } }).chrome;
    return (await api.tabs.query({})).find((t) => t.url === url)?.id;
  }, url);
  await page.close();
  if (id === undefined) throw new Error(`no tab at ${url}`);
  return id;
}
