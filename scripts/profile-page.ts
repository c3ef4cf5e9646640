/**
 * npm run profile:page -- <demo | blog | /path/on/the/test/server>: where Footnote's time goes on one
 * page. Headless Chromium with the test build (build it first; with FOOTNOTE_NO_MINIFY=1 the
 * names are readable), two loads of the page with Footnote on, a CPU profile of each: the self
 * and the inclusive time of the extension's own functions, most first. A tool for finding what
 * to make faster; `npm run bench` is what measures.
 */
import { launch, track } from './chromium';
import { serve } from './serve';
import { liveBlog } from './live-blog';

interface ProfileNode { id: number; callFrame: { url: string; functionName: string; lineNumber: number }; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

const which = process.argv[2] ?? 'demo';
const blog = liveBlog(1_000_000);
const server = await serve(blog ? { '/bench/live.html': (res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(blog) } : {});
const session = await launch();
await track(session, '127.0.0.1');
const url = server.url(which === 'blog' ? '/bench/live.html' : which === 'demo' ? '/demo/article.html' : which);
const name = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
const ours = (n: ProfileNode) => n.callFrame.url.startsWith('chrome-extension://');

function table(title: string, times: Map<string, number>, rows: number) {
  console.log(title);
  for (const [key, ms] of [...times].sort((a, b) => b[1] - a[1]).slice(0, rows)) console.log(`${ms.toFixed(1).padStart(8)}  ${key}`);
}

console.log(url);
for (let run = 1; run <= 2; run++) {
  const page = await session.context.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(which === 'blog' ? 8000 : 2500);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const node = byId.get(id);
    if (node && ours(node)) {
      total += ms;
      self.set(name(node), (self.get(name(node)) ?? 0) + ms);
    }
    // Each function once per sample, however deep it recurses.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const n = byId.get(at);
      if (!n || !ours(n) || seen.has(name(n))) continue;
      seen.add(name(n));
      inclusive.set(name(n), (inclusive.get(name(n)) ?? 0) + ms);
    }
  });
  console.log(`\nload ${run}: Footnote's own CPU ${total.toFixed(1)} ms`);
  table('self time, ms', self, 25);
  table('inclusive time, ms', inclusive, 40);
  await cdp.detach();
  await page.close();
}
await session.close();
await server.close();
