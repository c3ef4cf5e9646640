/**
 * npm start: builds the extension (development mode, which may run on localhost), serves the
 * demo article on 127.0.0.1 and opens Chromium with the extension on it. With a display the
 * browser stays open; without one it runs headless, prints what Footnote found and saves
 * screenshots.
 */
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launch, settled, track } from './chromium';
import { serve } from './serve';
import { badgeLabels, pageKeys } from './page-keys';

const OUT = resolve('screenshots');
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

execSync('npm run -s dataset:build && npx wxt build --mode development', { stdio: ['ignore', 'inherit', 'inherit'] });
const server = await serve();
const session = await launch({ headless, extensionDir: resolve('.output/chrome-mv3-dev') });
await track(session, '127.0.0.1');
const page = await session.context.newPage();
await page.goto(server.url('/demo/article.html'));
await settled(page);

// The page shows opaque keys only: the content script says which entity each stands for.
const keys = await pageKeys(session, page);
const found = await page.$$eval('footnote-mention', (els) => {
  const seen = new Map<string, { text: string; kind: string; badges: string[] }>();
  for (const el of els) {
    const key = el.getAttribute('data-footnote-key')!;
    const entry = seen.get(key) ?? { text: el.textContent ?? '', kind: el.getAttribute('data-footnote-kind')!, badges: [] };
    for (let next = el.nextElementSibling; next && next.hasAttribute('data-footnote-badge'); next = next.nextElementSibling) {
      const kind = next.getAttribute('data-footnote-badge')!;
      if (!entry.badges.includes(kind)) entry.badges.push(kind);
    }
    seen.set(key, entry);
  }
  return [...seen.entries()];
});
console.log(`\nFootnote on the demo article (${server.url('/demo/article.html')}):`);
for (const [key, { text, kind, badges }] of found) {
  console.log(`  ${kind.padEnd(6)} ${text} (${keys.entityOf(key)})${badges.length ? ` badges: ${badges.join(', ')}` : ''}`);
}
console.log(`\nBadge labels, as a screen reader gets them:\n${(await badgeLabels(page)).map((l) => `  ${l}`).join('\n')}`);

if (headless) {
  mkdirSync(OUT, { recursive: true });
  await page.screenshot({ path: `${OUT}/page.png` });
  await page.locator(`p ${keys.sel('ibrahima-konate')}`).nth(1).hover();
  await page.waitForSelector('div[data-footnote-card]', { state: 'attached' });
  await page.screenshot({ path: `${OUT}/card.png` });
  await page.mouse.move(1, 1);
  const popup = await session.extensionPage('popup.html?record=ibrahima-konate');
  await popup.setViewportSize({ width: 400, height: 900 });
  await popup.waitForSelector('article.record');
  await popup.screenshot({ path: `${OUT}/popup.png`, fullPage: true });
  console.log(`\nNo display: ran headless. Screenshots are in ${OUT}/ (page.png, card.png, popup.png).`);
  await session.close();
  await server.close();
} else {
  console.log('\nChromium is open on the demo article. Press Ctrl+C to stop.');
  process.on('SIGINT', async () => {
    await session.close();
    await server.close();
    process.exit(0);
  });
}
