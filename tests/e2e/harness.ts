/**
 * Real Chromium with the built test extension (.output/chrome-mv3-test) loaded unpacked.
 * The browser is found through CHROME_PATH or the usual install paths; when there is none,
 * tests fail with the command that installs one (they never skip).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
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
  return {
    context,
    extensionId,
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
