/**
 * Renders docs/icon.svg into the extension's icons (public/icon/<size>.png, which WXT puts in the
 * manifest) with the same headless Chromium the tests use. Run after changing the drawing:
 * `npm run icons`, then commit the PNGs.
 */
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromePath } from './chromium';

const SIZES = [16, 32, 48, 128];
const svg = readFileSync('docs/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: chromePath(), headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const page = await browser.newPage();
for (const size of SIZES) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
  await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
}
await browser.close();
console.log(`icons: public/icon/{${SIZES.join(',')}}.png`);
