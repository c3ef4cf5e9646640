/**
 * bench:page: what Footnote costs a reader on a long page, in real Chromium with the built test
 * extension. A generated article of about 1 MB (paragraphs naming players and clubs of the
 * bundled dataset among ordinary prose) is loaded with Footnote off (the baseline) and on, in the
 * same run; the page's long tasks (over 50 ms, from the Long Tasks API) and the time until
 * Footnote settles are reported side by side.
 *
 *   npm run build:test && npm run bench:page
 */
import { readFileSync } from 'node:fs';
import { launch, track } from './chromium';
import { serve } from './serve';

const dataset = JSON.parse(readFileSync('public/dataset.json', 'utf8')) as { players: Array<{ name: string }>; clubs: Array<{ shortName?: string; name: string }> };
const filler = 'The match turned on a long spell of pressure after the break, and the crowd sensed that the visitors were tiring as the rain came down.';

function article(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = dataset.players[(i * 7) % dataset.players.length].name;
    const c = dataset.clubs[(i * 3) % dataset.clubs.length];
    const text = `${p} impressed for ${c.shortName ?? c.name} again. ${filler} ${filler}`;
    parts.push(`<p>${text}</p>`);
    size += text.length + 7;
  }
  return `<!doctype html><html><head><meta charset="utf-8"><title>Long page</title></head><body><main><h1>A very long match report</h1>${parts.join('\n')}</main></body></html>`;
}

const html = article(1_000_000);
const server = await serve({ '/bench/long.html': (res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html) });
const session = await launch();

const observe = () => {
  (window as unknown as { longTasks: Array<[number, number]> }).longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) (window as unknown as { longTasks: Array<[number, number]> }).longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
};

async function run(on: boolean) {
  const page = await session.context.newPage();
  await page.addInitScript(observe);
  const started = Date.now();
  await page.goto(server.url('/bench/long.html'));
  const loaded = Date.now() - started;
  let settledAfter = 0;
  if (on) {
    // A long page of thousands of different names can take longer than a test's patience.
    await page.waitForSelector('html[data-footnote-test^="settled"]', { state: 'attached', timeout: 120_000 });
    settledAfter = Date.now() - started;
  } else await page.waitForTimeout(2000);
  await page.waitForTimeout(500);
  // Only tasks after the load event: Footnote waits for an idle page, and the page's own parsing
  // before that is the same in both runs.
  const tasks = await page.evaluate(() => {
    const load = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd;
    return (window as unknown as { longTasks: Array<[number, number]> }).longTasks.filter(([start]) => start >= load).map(([, d]) => d);
  });
  const mentions = await page.locator('footnote-mention').count();
  await page.close();
  return { loaded, settledAfter, tasks, mentions };
}

const off = await run(false);
await track(session, '127.0.0.1');
const on = await run(true);
const fmt = (t: number[]) => (t.length ? `${t.length} (longest ${Math.max(...t).toFixed(0)} ms)` : 'none');
console.log(`bench:page: ${(html.length / 1e6).toFixed(2)} MB article, ${html.split('<p>').length - 1} paragraphs\n`);
console.log(`                      Footnote off      Footnote on`);
console.log(`load event            ${String(off.loaded).padEnd(6)} ms         ${on.loaded} ms`);
console.log(`long tasks after load ${fmt(off.tasks).padEnd(18)}${fmt(on.tasks)}`);
console.log(`Footnote settled      -                 ${on.settledAfter} ms after navigation, ${on.mentions} names marked`);
await session.close();
await server.close();
