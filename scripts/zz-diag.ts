import { launch, track } from './chromium';
import { serve } from './serve';
import { readFileSync } from 'node:fs';
const html = readFileSync('/tmp/live.html', 'utf8');
const server = await serve({ '/bench/live.html': (res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html) });
const session = await launch();
await track(session, '127.0.0.1');
for (const host of ['127.0.0.1']) {
  const page = await session.context.newPage();
  page.on('console', (m) => m.text().startsWith('FN') && console.log(m.text()));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 200 }); await cdp.send('Profiler.start');
  await page.goto(server.url('/bench/live.html').replace('127.0.0.1', host), { waitUntil: 'load' });
  const m0 = Object.fromEntries(((await cdp.send('Performance.getMetrics')) as any).metrics.map((m: any) => [m.name, m.value]));
  await page.waitForTimeout(10000);
  const m1 = Object.fromEntries(((await cdp.send('Performance.getMetrics')) as any).metrics.map((m: any) => [m.name, m.value]));
  const { profile } = (await cdp.send('Profiler.stop')) as any;
  const self = new Map<string, number>();
  const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
  profile.samples.forEach((id: number, i: number) => { const n: any = byId.get(id); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000); });
  console.log(host, ['TaskDuration', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration'].map((k) => `${k}=${((m1[k] - m0[k]) * 1000).toFixed(0)}`).join(' '), 'mentions', await page.locator('footnote-mention').count());
  console.log([...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `  ${v.toFixed(1)} ${k}`).join('\n'));
  await page.close();
}
await session.close(); await server.close();
