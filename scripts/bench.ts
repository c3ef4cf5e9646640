/**
 * npm run bench: what Footnote costs, in one command. Headless Chromium with the built test
 * extension (run `npm run build:test` first, or let `npm run bench` do it), three runs of each
 * measurement, medians; a table on stdout and everything in bench/results.json (ignored by git).
 *
 *   1. engine: the name matcher against one alternation RegExp and mark.js (extrapolated)
 *   2. pages: the demo article, a 1 MB live blog of real gossip items, real pages of ../shared/corpus/html
 *   3. scrolling the live blog top to bottom; 4. a page growing in bursts; 5. heap and bundle sizes;
 *   6. badge hosts: a shadow root per badge against one host per block, on the live blog
 *
 * Footnote is on for 127.0.0.1 and off for localhost: the same server, the same pages, the same
 * browser, so "with minus without" compares like with like.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { execSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { EXTENSION_DIR, launch, track } from './chromium';
import { serve } from './serve';
import { liveBlog } from './live-blog';
import { badgeHosts, dynamicPage, floors, heapMb, loadAndMeasure, mentionPlaces, scrollThrough, stopWorker, type PageRun } from './bench-browser';
import { at } from '../lib/indexing';
import { median } from './median';

const RUNS = 3;
/**
 * Scrolling adds 50–100 ms to about 350 ms of the page's own painting, which varies by ±40 ms from
 * run to run on this machine: five pairs (with, without, alternating) keep its median steady.
 */
const SCROLL_RUNS = 5;
const CORPUS = '../shared/corpus';
const args = process.argv.slice(2);
const only = args.includes('--only') ? at(args, args.indexOf('--only') + 1).split(',') : undefined;
const wants = (part: string) => !only || only.includes(part);

const f0 = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? '–' : x.toFixed(0));
const table: string[] = [];
const say = (line = '') => {
  table.push(line);
  console.log(line);
};

function bundleSizes(dir: string): Array<{ file: string; raw: number; gzip: number }> {
  const out: Array<{ file: string; raw: number; gzip: number }> = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(js|css)$/.test(name)) {
        const body = readFileSync(p);
        out.push({ file: p.slice(dir.length + 1), raw: body.length, gzip: gzipSync(body).length });
      }
    }
  };
  walk(dir);
  return out.sort((a, b) => b.raw - a.raw);
}

const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGb: +(totalmem() / 2 ** 30).toFixed(1) },
  node: process.version,
};

if (wants('engine')) {
  say('1. Engine (median of 3): compile and scan of 1 MB of news-like folded text');
  const { engineBench } = await import('./bench-engine-core');
  const engine = await engineBench([1000, 10_000, 50_000], RUNS);
  results.engine = engine;
  say(`${'forms'.padStart(7)} ${'compile ms'.padStart(11)} ${'RegExp comp.'.padStart(12)} ${'engine MB/s'.padStart(12)} ${'RegExp MB/s'.padStart(12)} ${'× RegExp'.padStart(9)} ${'mark.js MB/s*'.padStart(14)} ${'× mark.js*'.padStart(11)}`);
  for (const r of engine.rows) {
    say(`${String(r.forms).padStart(7)} ${r.compileMs.toFixed(1).padStart(11)} ${r.regexCompileMs.toFixed(1).padStart(12)} ${r.engineMBs.toFixed(1).padStart(12)} ${r.regexMBs.toFixed(3).padStart(12)} ${r.vsRegex.toFixed(0).padStart(9)} ${(r.markMBs?.toExponential(2) ?? '–').padStart(14)} ${(r.vsMark?.toFixed(0) ?? '–').padStart(11)}`);
  }
  say(`   names: ${engine.names}; * mark.js: ${engine.markNote}`);
  say();
}

const browserParts = ['pages', 'scroll', 'dynamic', 'memory', 'hosts'].filter(wants);
if (browserParts.length) {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) execSync('npm run -s build:test', { stdio: 'inherit' });
  const blog = liveBlog(1_000_000);
  const server = await serve(blog ? { '/bench/live.html': (res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(blog) } : {});
  const session = await launch();
  const version = session.context.browser()?.version() ?? (await (await session.context.newPage()).evaluate(() => navigator.userAgent));
  results.chromium = version;
  // The reader's dataset: the real transfermarkt players when the corpus is here (as a reader who imported them).
  // (Opt-in with --import: on this corpus the import is refused today, see the report.)
  const csv = `${CORPUS}/data/transfermarkt-2025/players.csv`;
  results.dataset = 'bundled';
  if (args.includes('--import') && existsSync(csv)) {
    const options = await session.extensionPage('options.html');
    await options.getByLabel('Import a file').setInputFiles(resolve(csv));
    const outcome = options.locator('p.result, [role=alert]').first();
    await outcome.waitFor({ timeout: 60_000 });
    const text = await outcome.innerText();
    results.dataset = text.startsWith('Imported') ? 'bundled + transfermarkt players.csv' : `bundled (import refused: ${text})`;
    await options.close();
  }
  say(`Dataset: ${results.dataset}`);
  await track(session, '127.0.0.1');
  const on = (path: string) => server.url(path);
  const off = (path: string) => server.url(path).replace('127.0.0.1', 'localhost');

  const pages: Array<{ name: string; path: string; windowMs: number }> = [
    { name: 'demo article', path: '/demo/article.html', windowMs: 3000 },
    ...(blog ? [{ name: '1 MB live blog', path: '/bench/live.html', windowMs: 10_000 }] : []),
    ...['01-skynews-mourinho-tottenham-2019.html', '12-eveningstandard-2024-05-02-chelsea-tottenham-cobham.html', '13-thesun-2024-04-22-phil-foden-girlfriend.html']
      .filter((f) => existsSync(`${CORPUS}/html/${f}`))
      .map((f) => ({ name: f.slice(0, 16), path: `/corpus/${f}`, windowMs: 3000 })),
  ];

  const pageFilter = args.includes('--pages') ? args[args.indexOf('--pages') + 1] : undefined;
  if (wants('pages')) {
    say('2. Pages (median of 3; ms; task time from the load event over the window; "stopped": the first badge when the background\'s worker was stopped first; floors on the same page without Footnote)');
    say(`${'page'.padEnd(17)} ${'window'.padStart(6)} ${'1st badge'.padStart(9)} ${'stopped'.padStart(7)} ${'added'.padStart(7)} ${'own CPU'.padStart(7)} ${'longest'.padStart(7)} ${'mentions'.padStart(8)} ${'read fl.'.padStart(8)} ${'write fl.'.padStart(9)}`);
    const rows = [];
    for (const p of pages.filter((x) => !pageFilter || x.name.includes(pageFilter))) {
      const without: PageRun[] = [];
      const withFootnote: PageRun[] = [];
      for (let i = 0; i < RUNS; i++) {
        without.push(await loadAndMeasure(session, off(p.path), { windowMs: p.windowMs }));
        withFootnote.push(await loadAndMeasure(session, on(p.path), { windowMs: p.windowMs }));
      }
      // The first badge when the page has to wake the background first (its worker was stopped).
      const cold: PageRun[] = [];
      for (let i = 0; i < RUNS; i++) {
        await stopWorker(session);
        cold.push(await loadAndMeasure(session, on(p.path), { windowMs: Math.min(p.windowMs, 3000) }));
      }
      const profiled = await loadAndMeasure(session, on(p.path), { windowMs: p.windowMs, profile: true });
      // The floors wrap exactly what Footnote wrote on the page, read from a page with Footnote.
      const page = await session.context.newPage();
      await page.goto(on(p.path), { waitUntil: 'load' });
      await page.waitForTimeout(Math.min(p.windowMs, 3000));
      const places = await mentionPlaces(page);
      await page.close();
      const floor = [];
      for (let i = 0; i < RUNS; i++) floor.push(await floors(session, off(p.path), places));
      const row = {
        page: p.name,
        windowMs: p.windowMs,
        firstBadge: median(withFootnote.map((r) => r.firstBadge ?? NaN)),
        firstBadgeWorkerStopped: median(cold.map((r) => r.firstBadge ?? NaN)),
        added: median(withFootnote.map((r) => r.taskMs)) - median(without.map((r) => r.taskMs)),
        ownCpu: profiled.footnoteCpu,
        longest: median(withFootnote.map((r) => r.longestTask)),
        longestWithout: median(without.map((r) => r.longestTask)),
        mentions: median(withFootnote.map((r) => r.mentions)),
        readFloor: median(floor.map((f) => f.read)),
        writeFloor: median(floor.map((f) => f.write)),
        runs: { without, with: withFootnote, workerStopped: cold, profiled },
      };
      rows.push(row);
      say(`${p.name.padEnd(17)} ${String(p.windowMs / 1000 + ' s').padStart(6)} ${f0(row.firstBadge).padStart(9)} ${f0(row.firstBadgeWorkerStopped).padStart(7)} ${f0(row.added).padStart(7)} ${f0(row.ownCpu).padStart(7)} ${(row.longest ? f0(row.longest) : '<50').padStart(7)} ${String(row.mentions).padStart(8)} ${row.readFloor.toFixed(1).padStart(8)} ${row.writeFloor.toFixed(1).padStart(9)}`);
    }
    results.pages = rows;
    say();
  }

  if (blog && wants('scroll')) {
    // Three seconds after the load, while the background may still be learning from the page on the
    // same two cores; then once it has learned, which leaves the scroll's own cost.
    const scrolls = async (afterLearning: boolean) => {
      const runs = [];
      for (let i = 0; i < SCROLL_RUNS; i++) {
        const withF = await scrollThrough(session, on('/bench/live.html'), 50, { afterLearning });
        const without = await scrollThrough(session, off('/bench/live.html'), 50);
        runs.push({ added: withF.totalMs - without.totalMs, withMs: withF.totalMs, withoutMs: without.totalMs, mentions: withF.mentions });
      }
      return { added: median(runs.map((r) => r.added)), mentions: median(runs.map((r) => r.mentions)), runs };
    };
    const early = await scrolls(false);
    const learned = await scrolls(true);
    results.scroll = { ...early, perStep: early.added / 50, afterLearning: learned };
    say(`3. Scrolling the live blog in 50 steps (median of ${SCROLL_RUNS}), ${early.mentions} mentions wrapped by the end; Footnote adds:`);
    say(`   3 s after the load        ${f0(early.added).padStart(5)} ms in total, ${(early.added / 50).toFixed(1)} ms per step`);
    say(`   once it has learned       ${f0(learned.added).padStart(5)} ms in total, ${(learned.added / 50).toFixed(1)} ms per step`);
    say();
  }

  if (wants('dynamic')) {
    const sentences = ['Arsenal are weighing a January move for the midfielder, who has a year left on his contract.', 'Liverpool defender Ibrahima Konaté is wanted by Real Madrid before the transfer window.', 'Chelsea want to sign a striker and a centre-back before the deadline, the club said.'];
    const paragraphs = Array.from({ length: 1000 }, (_, i) => `${i}: ${sentences[i % sentences.length]}`);
    const runs = [];
    // One run on and off (100 bursts each take a while); the demo article as the page that grows.
    for (let i = 0; i < 1; i++) {
      const withF = await dynamicPage(session, on('/demo/article.html'), paragraphs, 100);
      const without = await dynamicPage(session, off('/demo/article.html'), paragraphs, 100);
      runs.push({ perBurst: withF.perBurst.map((t, k) => t - at(without.perBurst, k)), mentions: withF.mentions });
    }
    const perBurst = median(runs.map((r) => median(r.perBurst)));
    const last10 = median(runs.map((r) => median(r.perBurst.slice(-10))));
    const worst = median(runs.map((r) => Math.max(...r.perBurst)));
    results.dynamic = { perBurstMedian: perBurst, perBurstWorst: worst, runs };
    say(`4. Dynamic page: 1,000 paragraphs in 100 bursts on the demo article (one run): Footnote adds ${perBurst.toFixed(1)} ms per burst (worst burst ${f0(worst)} ms; the last ten bursts, on a page ten times longer, ${last10.toFixed(1)} ms each)`);
    say();
  }

  if (blog && wants('memory')) {
    const withF: number[] = [];
    const without: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      withF.push(await heapMb(session, on('/bench/live.html')));
      without.push(await heapMb(session, off('/bench/live.html')));
    }
    const added = median(withF) - median(without);
    const sizes = bundleSizes(EXTENSION_DIR);
    results.memory = { heapAddedMb: added, bundles: sizes };
    say(`5. Heap on the live blog: Footnote adds ${added.toFixed(1)} MB (page heap ${median(without).toFixed(1)} MB without)`);
    for (const s of sizes.slice(0, 8)) say(`   ${s.file.padEnd(44)} ${(s.raw / 1000).toFixed(1).padStart(7)} kB raw ${(s.gzip / 1000).toFixed(1).padStart(6)} kB gzip`);
    say();
  }
  if (blog && wants('hosts')) {
    // Both designs on the same page in the same run; 1,000 badges is about what a reader scrolling the whole live blog meets.
    const rows: Array<Awaited<ReturnType<typeof badgeHosts>>> = [];
    for (let i = 0; i < RUNS; i++) rows.push(await badgeHosts(session, off('/bench/live.html'), 1000));
    const pick = (design: 'perBadge' | 'perBlock', key: 'styleMs' | 'layoutMs' | 'taskMs') => median(rows.map((r) => r[design][key]));
    results.hosts = { badges: 1000, perBadge: { styleMs: pick('perBadge', 'styleMs'), layoutMs: pick('perBadge', 'layoutMs'), taskMs: pick('perBadge', 'taskMs') }, perBlock: { styleMs: pick('perBlock', 'styleMs'), layoutMs: pick('perBlock', 'layoutMs'), taskMs: pick('perBlock', 'taskMs') }, runs: rows };
    say('6. Badge hosts on the live blog, 1,000 badges inserted at once then one frame (median of 3; ms):');
    for (const design of ['perBadge', 'perBlock'] as const) {
      say(`   ${design === 'perBadge' ? 'a shadow root per badge (shipped)' : 'one host per block         '}  style ${pick(design, 'styleMs').toFixed(1).padStart(6)}  layout ${pick(design, 'layoutMs').toFixed(1).padStart(6)}  task ${pick(design, 'taskMs').toFixed(1).padStart(6)}`);
    }
    say();
  }
  await session.close();
  await server.close();
}

mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', `${JSON.stringify({ ...results, table }, null, 2)}\n`);
console.log(`Results: ${resolve('bench/results.json')}`);
