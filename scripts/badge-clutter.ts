/**
 * How many badges a reader meets on the demo article and a live blog of real gossip items
 * (../shared/corpus, skipped when absent), with the rule "once per entity per screenful" against
 * the rule before it, "once per entity per paragraph": the page is scrolled top to bottom so every
 * block is written, then badges are counted, and the old rule's count is the number of
 * (paragraph, entity) pairs among the names whose entity has badges. Test build, headless Chromium.
 *
 *   npm run -s build:test && tsx scripts/badge-clutter.ts
 */
import { launch, settled, track } from './chromium';
import { serve } from './serve';
import { liveBlog } from './live-blog';

const blog = liveBlog(150_000);
const session = await launch();
const server = await serve(blog ? { '/bench/live.html': (res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(blog) } : {});
await track(session, '127.0.0.1');
const pages: Array<[string, string]> = [['demo article', '/demo/article.html'], ...(blog ? [['live blog, 150 kB of 2021 gossip items', '/bench/live.html'] as [string, string]] : [])];
if (!blog) console.log('live blog skipped: ../shared/corpus/data/bbc-gossip-2021/gossip_items.csv is absent');
for (const [name, path] of pages) {
  const page = await session.context.newPage();
  // tsx names in-page helper functions with a __name() call the page does not have.
  await page.addInitScript('globalThis.__name = globalThis.__name || ((f) => f);');
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(server.url(path));
  await settled(page);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y <= height; y += 800) {
    await page.evaluate((y) => scrollTo(0, y), y);
    await new Promise((r) => setTimeout(r, 120));
  }
  await new Promise((r) => setTimeout(r, 500));
  const counts = await page.evaluate(() => {
    const badges = [...document.querySelectorAll('span[data-footnote-badge]')];
    const keyOf = (badge: Element) => {
      for (let el = badge.previousElementSibling; el; el = el.previousElementSibling) if (el.hasAttribute('data-footnote-key')) return el.getAttribute('data-footnote-key');
      return null;
    };
    const badged = new Set(badges.map(keyOf));
    const BLOCK = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, td, th, figcaption, dd, dt';
    const pairs = new Set<string>();
    const blocks = new Map<Element, number>();
    for (const name of document.querySelectorAll('[data-footnote-key]')) {
      const key = name.getAttribute('data-footnote-key');
      if (!badged.has(key)) continue;
      const block = name.closest(BLOCK) ?? name.parentElement;
      if (!block) continue;
      if (!blocks.has(block)) blocks.set(block, blocks.size);
      pairs.add(`${blocks.get(block)}:${key}`);
    }
    const hosts = new Set(badges.map((b) => `${b.closest(BLOCK) ? [...blocks.keys()].indexOf(b.closest(BLOCK)!) : -1}:${keyOf(b)}`));
    return { badges: badges.length, badgedNames: hosts.size, before: pairs.size };
  });
  console.log(`${name}: ${counts.before} names with badges under "once per paragraph", ${counts.badgedNames} under "once per screenful" (${counts.badges} badges); page ${height} px`);
  await page.close();
}
await session.close();
await server.close();
