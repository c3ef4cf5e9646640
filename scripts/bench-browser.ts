/**
 * The browser half of `npm run bench`: pages loaded in headless Chromium with the built test
 * extension, with Footnote off and on in the same run, measured through the DevTools protocol
 * (task time, profile) and from inside the page (first badge, long tasks, floors).
 */
import type { CDPSession, Page } from 'playwright-core';
import type { Session } from './chromium';

export interface PageRun {
  /** ms from the load event to the first badge in the page (undefined: none within the window). */
  firstBadge?: number;
  /** Main-thread task time from the load event to the end of the window, ms. */
  taskMs: number;
  /** The longest task after the load event, ms (long tasks only: 0 means none over 50 ms). */
  longestTask: number;
  mentions: number;
  badges: number;
  /** Footnote's own CPU (self time of chrome-extension:// frames) when profiled, ms. */
  footnoteCpu?: number;
}

/** Installed before any page script: long tasks and the moment the first badge appears. */
function pageProbe() {
  const w = window as unknown as { __bench: { longTasks: Array<[number, number]>; firstBadge?: number } };
  w.__bench = { longTasks: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__bench.longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver((records, observer) => {
    for (const r of records) for (const n of r.addedNodes) {
      if (n.nodeType === 1 && ((n as Element).hasAttribute('data-footnote-badge') || (n as Element).querySelector('[data-footnote-badge]'))) {
        w.__bench.firstBadge = performance.now();
        observer.disconnect();
        return;
      }
    }
  }).observe(document, { childList: true, subtree: true });
}

async function taskDuration(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
}

interface ProfileNode { id: number; callFrame: { url: string }; children?: number[] }

/** Self time of the extension's own frames in a CPU profile. */
function extensionSelfTime(profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }): number {
  const ours = new Set(profile.nodes.filter((n) => n.callFrame.url.startsWith('chrome-extension://')).map((n) => n.id));
  let us = 0;
  profile.samples.forEach((id, i) => {
    if (ours.has(id)) us += profile.timeDeltas[i + 1] ?? 0;
  });
  return us / 1000;
}

/**
 * Stops the extension's service worker (as Chromium does after 30 s idle), so the next page
 * measures a content script that wakes it: DevTools' ServiceWorker.stopAllWorkers, sent from one
 * of the extension's own pages (from a web page's session it leaves the extension's worker alone).
 */
export async function stopWorker(session: Session): Promise<void> {
  const page = await session.extensionPage('welcome.html');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
  await page.close();
  await new Promise((resolve) => setTimeout(resolve, 300));
}

export async function loadAndMeasure(session: Session, url: string, options: { windowMs: number; profile?: boolean }): Promise<PageRun> {
  const page = await session.context.newPage();
  await page.addInitScript(pageProbe);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  if (options.profile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  await page.goto(url, { waitUntil: 'load' });
  const atLoad = await taskDuration(cdp);
  await page.waitForTimeout(options.windowMs);
  const taskMs = (await taskDuration(cdp)) - atLoad;
  let footnoteCpu: number | undefined;
  if (options.profile) {
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
    footnoteCpu = extensionSelfTime(profile);
  }
  const probe = await page.evaluate(() => {
    const b = (window as unknown as { __bench: { longTasks: Array<[number, number]>; firstBadge?: number } }).__bench;
    const load = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd;
    const after = b.longTasks.filter(([start]) => start >= load).map(([, d]) => d);
    return {
      firstBadge: b.firstBadge === undefined ? undefined : b.firstBadge - load,
      longestTask: after.length ? Math.max(...after) : 0,
      mentions: document.querySelectorAll('footnote-mention').length,
      badges: document.querySelectorAll('[data-footnote-badge]').length,
    };
  });
  await cdp.detach();
  await page.close();
  return { ...probe, taskMs, footnoteCpu };
}

/** Where each wrapper's text is, as element ordinal (page elements only) and character offset: given to the write floor in advance. */
export async function mentionPlaces(page: Page): Promise<Array<[number, number, number]>> {
  return page.evaluate(() => {
    const els = [...document.body.querySelectorAll('*')].filter((e) => !e.closest('[data-footnote]'));
    const ordinal = new Map(els.map((e, i) => [e, i]));
    const out: Array<[number, number, number]> = [];
    for (const w of document.querySelectorAll('footnote-mention')) {
      const parent = w.parentElement!.closest(':not([data-footnote])')!;
      let offset = 0;
      const walker = document.createTreeWalker(parent, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n && !w.contains(n); n = walker.nextNode()) offset += (n as Text).data.length;
      out.push([ordinal.get(parent)!, offset, w.textContent!.length]);
    }
    return out;
  });
}

/**
 * The floors on a page without Footnote: reading every text node with a TreeWalker, and wrapping
 * exactly the given mentions in bare spans (then one frame drawn), ms of task time each.
 */
export async function floors(session: Session, url: string, places: Array<[number, number, number]>): Promise<{ read: number; write: number }> {
  const page = await session.context.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(500);
  const frame = () => page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  await frame();
  let before = await taskDuration(cdp);
  await page.evaluate(() => {
    let chars = 0;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) chars += (n as Text).data.length;
    return chars;
  });
  const read = (await taskDuration(cdp)) - before;
  await frame();
  before = await taskDuration(cdp);
  await page.evaluate((places) => {
    const els = [...document.body.querySelectorAll('*')];
    // Right to left within an element, so earlier offsets stay valid.
    for (const [ordinal, offset, length] of [...places].sort((a, b) => a[0] - b[0] || b[1] - a[1])) {
      const el = els[ordinal];
      if (!el) continue;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      let at = 0;
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        if (offset < at + n.data.length) {
          const piece = n.splitText(offset - at);
          if (length < piece.data.length) piece.splitText(length);
          const span = document.createElement('span');
          piece.before(span);
          span.append(piece);
          break;
        }
        at += n.data.length;
      }
    }
  }, places);
  await frame();
  const write = (await taskDuration(cdp)) - before;
  await cdp.detach();
  await page.close();
  return { read, write };
}

/**
 * Scrolls the page top to bottom in `steps`, a frame apart, 3 s after the load event; the task time
 * of the whole scroll. `afterLearning`: once Footnote has learned from the page (the test build
 * says so on <html>), so the background's work on it no longer competes for the machine's cores.
 */
export async function scrollThrough(session: Session, url: string, steps: number, options: { afterLearning?: boolean } = {}): Promise<{ totalMs: number; mentions: number }> {
  const page = await session.context.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(3000);
  if (options.afterLearning) {
    await page.waitForSelector('html[data-footnote-learned]', { state: 'attached', timeout: 30_000 });
    await page.waitForTimeout(500);
  }
  const before = await taskDuration(cdp);
  for (let i = 1; i <= steps; i++) {
    await page.evaluate(({ i, steps }) => window.scrollTo(0, ((document.documentElement.scrollHeight - innerHeight) * i) / steps), { i, steps });
    await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0)))));
  }
  await page.waitForTimeout(500);
  const totalMs = (await taskDuration(cdp)) - before;
  const mentions = await page.locator('footnote-mention').count();
  await cdp.detach();
  await page.close();
  return { totalMs, mentions };
}

/** Appends `total` paragraphs in `bursts`, waiting for quiet between; task time per burst. */
export async function dynamicPage(session: Session, url: string, paragraphs: string[], bursts: number): Promise<{ perBurst: number[]; mentions: number }> {
  const page = await session.context.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(2000);
  const perBurst: number[] = [];
  const size = Math.ceil(paragraphs.length / bursts);
  for (let b = 0; b < bursts; b++) {
    const before = await taskDuration(cdp);
    await page.evaluate((texts) => {
      const main = document.querySelector('main') ?? document.body;
      for (const t of texts) {
        const p = document.createElement('p');
        p.textContent = t;
        main.prepend(p);
      }
    }, paragraphs.slice(b * size, (b + 1) * size));
    // The annotator batches on an idle slot (at once on a quiet page, at most 500 ms later).
    await page.waitForTimeout(300);
    perBurst.push((await taskDuration(cdp)) - before);
  }
  const mentions = await page.locator('footnote-mention').count();
  await cdp.detach();
  await page.close();
  return { perBurst, mentions };
}

/** The page's JS heap after a GC, MB (content scripts share the page's heap). */
export async function heapMb(session: Session, url: string): Promise<number> {
  const page = await session.context.newPage();
  const cdp = await page.context().newCDPSession(page);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(4000);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  await page.close();
  return usedSize / 1_048_576;
}

/**
 * The hosts badges could live in, measured on a page without Footnote: `count` badges beside words
 * of the page's first paragraphs, either one element with a closed shadow root per badge (the
 * design shipped: a badge sits in the line beside its name) or one host per block holding that
 * block's badges in one shadow root (fewer roots; its badges would have to be placed over the text
 * from measured boxes). Style recalculation and layout time (DevTools metrics) from the insert to
 * the next frame drawn, and that frame's task time.
 */
export async function badgeHosts(session: Session, url: string, count: number): Promise<Record<'perBadge' | 'perBlock', { styleMs: number; layoutMs: number; taskMs: number }>> {
  const out = {} as Record<'perBadge' | 'perBlock', { styleMs: number; layoutMs: number; taskMs: number }>;
  for (const design of ['perBadge', 'perBlock'] as const) {
    const page = await session.context.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(500);
    await page.evaluate('new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))');
    const metrics = async () => {
      const { metrics: m } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
      const get = (name: string) => (m.find((x) => x.name === name)?.value ?? 0) * 1000;
      return { style: get('RecalcStyleDuration'), layout: get('LayoutDuration'), task: get('TaskDuration') };
    };
    const before = await metrics();
    // A string, not a function: the page evaluates it as written (no bundler helpers inside).
    await page.evaluate(`(async () => {
      const design = ${JSON.stringify(design)}, count = ${count};
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(':host { all: initial; display: inline-block !important; } span { font: 600 0.7em/1 system-ui; padding: 0 0.3em; border-radius: 0.6em; background: #e6f4ea; color: #0d3b1e; }');
      const badge = (root) => { const s = document.createElement('span'); s.textContent = 'Jun 2030'; root.append(s); };
      let made = 0;
      for (const p of document.querySelectorAll('p')) {
        if (made >= count) break;
        const words = p.textContent.split(' ').length;
        const here = Math.min(3, count - made, Math.max(1, Math.floor(words / 8)));
        if (design === 'perBlock') {
          const host = document.createElement('span');
          const root = host.attachShadow({ mode: 'closed' });
          root.adoptedStyleSheets = [sheet];
          for (let i = 0; i < here; i++) badge(root);
          p.append(host);
        } else {
          for (let i = 0; i < here; i++) {
            const host = document.createElement('span');
            const root = host.attachShadow({ mode: 'closed' });
            root.adoptedStyleSheets = [sheet];
            badge(root);
            p.append(host);
          }
        }
        made += here;
      }
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    })()`);
    const after = await metrics();
    out[design] = { styleMs: after.style - before.style, layoutMs: after.layout - before.layout, taskMs: after.task - before.task };
    await cdp.detach();
    await page.close();
  }
  return out;
}
