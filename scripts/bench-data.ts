/**
 * bench:data: Footnote at the upstream players table's full size, in headless Chromium with the
 * built test extension. A generated 40,000-player players.csv (scripts/bench-data/fake-players.ts,
 * the transfermarkt-datasets layout) is converted by lib/import and added as a layer; then:
 * - install: the layer-add message's round trip (merge, write, index);
 * - one-record change: a one-player file added on top, and removed again;
 * - removing the big layer;
 * - the name index reaching a new page (the test build's `data-footnote-index-ms`: asked to ready
 *   to use), the first badge after the load event, and the heap the page gains (Footnote on,
 *   127.0.0.1, minus off, localhost: the same page, server and browser);
 * - popup search per keystroke ("l", "lu", "luc", "luca", "a" and a generated surname typed out).
 * Three fresh profiles, medians; a table and bench/data.json (every run).
 *
 *   npm run bench:data [-- --players 40000 --runs 3]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { launch, track, type Session } from './chromium';
import { serve } from './serve';
import { fakePlayersCsv, fakeRows, toCsv } from './bench-data/fake-players';
import { importTransfermarkt } from '../lib/import/transfermarkt';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const PLAYERS = arg('players', 40_000);
const RUNS = arg('runs', 3);

const started = performance.now();
const rows = fakeRows(PLAYERS);
const csv = toCsv(rows);
const convertStart = performance.now();
const big = importTransfermarkt(csv).dataset;
const convertMs = performance.now() - convertStart;
const one = importTransfermarkt(fakePlayersCsv(1, 7, 900_000)).dataset;
console.log(`bench:data: ${big.players.length} players, ${big.clubs.length} clubs generated (${(csv.length / 1e6).toFixed(1)} MB csv, converted in ${convertMs.toFixed(0)} ms) in ${((performance.now() - started) / 1000).toFixed(1)} s`);

const named = rows.slice(0, 12).map((r) => r.name ?? '');
const clubs = [...new Set(rows.slice(0, 12).map((r) => r.current_club_name ?? ''))];
const article = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Transfer news</title></head><body><article><h1>Transfer round-up</h1>${named
  .map((name, i) => `<p>${name} has been the talk of ${clubs[i % clubs.length]} this week, and the striker's agent met the board on Tuesday.</p>`)
  .join('')}</article></body></html>`;
const server = await serve({ '/bench/article.html': (res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(article) });
const local = await serve({ '/bench/article.html': (res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(article) }, 'localhost');

type Reply = { ok: boolean; value?: unknown; error?: string };
/** One message from an extension page, timed there. */
async function timed(page: Page, message: unknown): Promise<{ ms: number; reply: Reply }> {
  return page.evaluate(async (message) => {
    const chrome = (globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown) => Promise<Reply> } } }).chrome;
    const t = performance.now();
    const reply = await chrome.runtime.sendMessage(message);
    return { ms: performance.now() - t, reply };
  }, message);
}

async function ready(page: Page) {
  for (;;) {
    const { reply } = await timed(page, { type: 'status' });
    const state = (reply.value as { state?: string } | undefined)?.state;
    if (state === 'ready') return;
    if (state === 'error') throw new Error(`the install failed: ${JSON.stringify(reply.value)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function layerId(page: Page, label: string): Promise<string> {
  const { reply } = await timed(page, { type: 'layers' });
  const id = (reply.value as Array<{ id: string; label: string }>).find((l) => l.label === label)?.id;
  if (!id) throw new Error(`no layer "${label}"`);
  return id;
}

/** A layer change's time; a change that fails is reported (NaN, with its error) and the run goes on. */
const failures: string[] = [];
async function change(page: Page, message: unknown, label: string): Promise<number> {
  const { ms, reply } = await timed(page, message);
  if (reply.ok) return ms;
  failures.push(`${label} failed after ${(ms / 1000).toFixed(1)} s: ${reply.error}`);
  console.log(failures[failures.length - 1]);
  return NaN;
}

function probe() {
  const w = window as unknown as { __firstBadge?: number };
  new MutationObserver((records, observer) => {
    for (const r of records) for (const n of r.addedNodes) {
      if (n.nodeType === 1 && ((n as Element).hasAttribute('data-footnote-badge') || (n as Element).querySelector('[data-footnote-badge]'))) {
        w.__firstBadge = performance.now();
        observer.disconnect();
        return;
      }
    }
  }).observe(document, { childList: true, subtree: true });
}

/** A new tab on the article: the index's arrival, the first badge, the heap after a GC. */
async function visit(session: Session, url: string, withFootnote: boolean) {
  const page = await session.context.newPage();
  await page.addInitScript(probe);
  const cdp = await page.context().newCDPSession(page);
  // A hidden tab's content script waits until it is shown.
  await page.bringToFront();
  await page.goto(url, { waitUntil: 'load' });
  const load = await page.evaluate(() => performance.getEntriesByType('navigation')[0]?.duration ?? 0);
  let indexMs: number | undefined;
  let firstBadge: number | undefined;
  if (withFootnote) {
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-footnote-index-ms'), undefined, { timeout: 30_000 });
    await page.waitForFunction(() => (window as unknown as { __firstBadge?: number }).__firstBadge !== undefined, undefined, { timeout: 30_000 });
    indexMs = Number(await page.evaluate(() => document.documentElement.getAttribute('data-footnote-index-ms')));
    firstBadge = (await page.evaluate(() => (window as unknown as { __firstBadge: number }).__firstBadge)) - load;
  }
  await page.waitForTimeout(3000);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  await page.close();
  return { indexMs, firstBadge, heapMb: usedSize / 1_048_576 };
}

const surname = rows[3]?.last_name ?? 'Kov';
const QUERIES = ['l', 'lu', 'luc', 'luca', 'a', ...Array.from({ length: surname.length }, (_, i) => surname.slice(0, i + 1))];

interface Run {
  installMs: number;
  addOneMs: number;
  removeOneMs: number;
  removeBigMs: number;
  indexMs: number;
  firstBadgeMs: number;
  heapAddedMb: number;
  searchMedianMs: number;
  searchMaxMs: number;
  searchTopHit: string;
}
const runs: Run[] = [];
for (let run = 0; run < RUNS; run++) {
  const session = await launch();
  await track(session, '127.0.0.1');
  const options = await session.extensionPage('options.html');
  await ready(options);
  const installMs = await change(options, { type: 'layer-add', label: 'bench-40k.csv', dataset: big }, 'install');
  await ready(options);
  const addOneMs = await change(options, { type: 'layer-add', label: 'bench-one.csv', dataset: one }, 'adding one record');
  await ready(options);
  // The worker has the data now: a new tab as a reader would open it, then the same page without Footnote.
  const on = await visit(session, server.url('/bench/article.html'), true);
  const off = await visit(session, local.url('/bench/article.html'), false);
  const popup = await session.extensionPage('popup.html');
  const times: number[] = [];
  let top = '';
  for (const query of QUERIES) {
    const { ms, reply } = await timed(popup, { type: 'search', query, limit: 20 });
    times.push(ms);
    if (query === surname) top = (reply.value as Array<{ name: string }>)[0]?.name ?? '';
  }
  await popup.close();
  const removeOneMs = Number.isNaN(addOneMs) ? NaN : await change(options, { type: 'layer-remove', id: await layerId(options, 'bench-one.csv') }, 'removing one record');
  const removeBigMs = await change(options, { type: 'layer-remove', id: await layerId(options, 'bench-40k.csv') }, 'removing the big layer');
  times.sort((a, b) => a - b);
  const result: Run = {
    installMs, addOneMs, removeOneMs, removeBigMs,
    indexMs: on.indexMs ?? NaN, firstBadgeMs: on.firstBadge ?? NaN, heapAddedMb: on.heapMb - off.heapMb,
    searchMedianMs: times[Math.floor(times.length / 2)] ?? NaN, searchMaxMs: times[times.length - 1] ?? NaN, searchTopHit: top,
  };
  console.log(`run ${run + 1}: ${JSON.stringify(result)}`);
  runs.push(result);
  await session.close();
}
await server.close();
await local.close();

const median = (key: keyof Run) => {
  const xs = runs.map((r) => Number(r[key])).filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  return xs[Math.floor(xs.length / 2)] ?? NaN;
};
const ROWS: Array<[string, keyof Run, string, string]> = [
  ['install a 40,000-player layer', 'installMs', '≤ 10 s', 'ms'],
  ['one-record change: add a 1-player file', 'addOneMs', '≤ 2 s', 'ms'],
  ['one-record change: remove it', 'removeOneMs', '≤ 2 s', 'ms'],
  ['remove the 40,000-player layer', 'removeBigMs', '', 'ms'],
  ['name index reaches a new page (asked → ready)', 'indexMs', '≤ 150 ms', 'ms'],
  ['first badge after the load event', 'firstBadgeMs', '', 'ms'],
  ['heap added to the page', 'heapAddedMb', '≤ 5 MB', 'MB'],
  ['popup search per keystroke (median)', 'searchMedianMs', '≤ 30 ms', 'ms'],
  ['popup search per keystroke (slowest)', 'searchMaxMs', '≤ 30 ms', 'ms'],
];
console.log(`\n| measurement (${big.players.length} players, medians of ${RUNS}) | target | measured |\n| --- | --- | --- |`);
const failed = (key: keyof Run) => runs.filter((r) => Number.isNaN(Number(r[key]))).length;
for (const [label, key, target, unit] of ROWS) {
  const note = failed(key) ? ` (failed in ${failed(key)} of ${RUNS} runs)` : '';
  console.log(`| ${label} | ${target} | ${median(key).toFixed(unit === 'MB' ? 1 : 0)} ${unit}${note} |`);
}
for (const f of failures) console.log(`failure: ${f}`);
console.log(`converting the csv (lib/import, Node): ${convertMs.toFixed(0)} ms; search for "${surname}" ranks first: ${runs[0]?.searchTopHit}`);
mkdirSync('bench', { recursive: true });
writeFileSync('bench/data.json', JSON.stringify({ date: new Date().toISOString(), players: big.players.length, convertMs, cpus: cpus().length, load: loadavg(), node: process.version, runs, failures }, null, 2));
