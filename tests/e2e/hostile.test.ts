/**
 * Pages that work against Footnote (the security audit of issue 16): each finding, in real
 * Chromium with the built extension. Every page here is our own markup and sentences.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { restoredExactly, sendToTab, settled, snapshotTextNodes } from '../../scripts/chromium';
import { useBrowser } from './setup';

const STORY = `
  <h1>Konaté weighs his future</h1>
  <p id="p1">Liverpool defender Ibrahima Konaté is wanted by Real Madrid before the transfer window.</p>
  <p id="p2">Real Madrid centre-back Antonio Rüdiger could leave as a free agent, and Konaté may replace him.</p>
  <p id="p3">Xabi Alonso wants Dean Huijsen and Konaté together at the back next season.</p>`;
const html = (head: string, body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hostile</title>${head}</head><body>${body}</body></html>`;
const page = (markup: string) => (res: import('node:http').ServerResponse) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(markup);

// The page defines Footnote's old element names itself and grabs whatever it can through them.
const DEFINES = `<script>
  window.grabbed = [];
  for (const name of ['footnote-card', 'footnote-badge', 'footnote-mention']) {
    customElements.define(name, class extends HTMLElement {
      constructor() {
        super();
        try { window.grabbed.push(name + ':' + !!this.attachInternals().shadowRoot); } catch (e) { window.grabbed.push(name + ':internals failed'); }
        // Pre-empting the host's shadow root made attachShadow throw mid-wrap on the old build.
        try { this.attachShadow({ mode: 'open' }); } catch {}
      }
    });
  }
</script>`;

// A ticker that puts its own text back whenever anything touches it, every 10 ms.
const TICKER = `<p id="ticker"></p><script>
  const p = document.getElementById('ticker');
  const t = document.createTextNode('');
  p.append(t);
  let n = 0;
  setInterval(() => {
    n++;
    p.replaceChildren(t);
    t.data = 'Live: Liverpool defender Ibrahima Konaté is wanted by Real Madrid (' + (n % 3) + ').';
  }, 10);
</script>`;

const browser = useBrowser({
  trackLocal: true,
  routes: {
    '/hostile/defines.html': page(html(DEFINES, STORY)),
    '/hostile/story.html': page(html('', STORY)),
    '/hostile/body-editable.html': page(html('', STORY).replace('<body>', '<body contenteditable="true">')),
    '/hostile/ticker.html': page(html('', `${STORY}${TICKER}`)),
  },
});

async function open(path: string, before?: (p: Page) => Promise<void>): Promise<Page> {
  const p = await browser.session.context.newPage();
  await before?.(p);
  await p.goto(browser.server.url(path));
  await settled(p);
  return p;
}

const ownNodes = (p: Page, scope = 'body') => p.locator(`${scope} [data-footnote], ${scope} footnote-mention`).count();

test('a page that defines Footnote’s element names gets no shadow root, and a synthetic mouseover opens no card', async () => {
  const p = await open('/hostile/defines.html', snapshotTextNodes);
  assert.ok((await p.locator('span[data-footnote-badge]').count()) > 0, 'badges are there');
  // The badge and card hosts are built-in elements: the page's definitions never ran for them.
  const grabbed = await p.evaluate(() => (window as unknown as { grabbed: string[] }).grabbed);
  assert.ok(!grabbed.some((g) => g.startsWith('footnote-badge') || g.startsWith('footnote-card')), grabbed.join(', '));
  assert.ok(!grabbed.some((g) => g.endsWith(':true')), `no closed root reached: ${grabbed.join(', ')}`);
  assert.equal(await p.evaluate(() => [...document.querySelectorAll('[data-footnote-badge]')].some((b) => b.shadowRoot)), false);
  // A made-up mouseover and focus over a name: nothing opens.
  await p.evaluate(() => {
    const name = document.querySelector('#p1 [data-footnote-key]')!;
    name.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    name.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
  });
  await p.waitForTimeout(900);
  assert.equal(await p.locator('[data-footnote-card]').count(), 0, 'an untrusted event opened the card');
  // The reader's own hover still does.
  // The page owns the name footnote-mention here: the wrappers are plain spans, and the text stays visible.
  assert.equal(await p.locator('#p1 footnote-mention').count(), 0);
  await p.locator('#p1 [data-footnote-key]').first().hover();
  await p.locator('[data-footnote-card]').waitFor({ state: 'attached' });
  await sendToTab(browser.session, p.url(), { type: 'bg-cs-enabled', enabled: false });
  await p.waitForSelector('html[data-footnote-test="off"]', { state: 'attached' });
  assert.equal(await ownNodes(p, 'html'), 0, 'every Footnote node is gone');
  const restored = await restoredExactly(p);
  assert.ok(restored.same, restored.detail);
  await p.close();
});

test('the page cannot read the reader’s dataset out of its DOM: opaque keys and kinds only, labels inside closed roots', async () => {
  const p = await open('/hostile/story.html');
  const seen = await p.evaluate(() => {
    const attrs = new Set<string>();
    const values: string[] = [];
    for (const el of document.querySelectorAll('[data-footnote], footnote-mention')) {
      for (const a of el.attributes) {
        attrs.add(a.name);
        values.push(a.value);
      }
    }
    return { attrs: [...attrs].sort(), values, text: document.documentElement.outerHTML };
  });
  assert.deepEqual(seen.attrs.filter((a) => a !== 'style'), ['data-footnote', 'data-footnote-badge', 'data-footnote-key', 'data-footnote-kind']);
  // Entity ids and badge labels appear nowhere the page can read.
  for (const id of ['ibrahima-konate', 'real-madrid', 'antonio-rudiger', 'liverpool']) assert.ok(!seen.text.includes(id), `entity id "${id}" in the page`);
  for (const label of ['Contract', 'transfer', '2026']) assert.ok(!seen.values.some((v) => v.includes(label)), `"${label}" readable in an attribute`);
  // The same key for every mention of one entity, different keys for different entities.
  const keys = await p.$$eval('footnote-mention', (els) => els.map((e) => [e.textContent, e.getAttribute('data-footnote-key')]));
  const konate = keys.filter(([t]) => t?.startsWith('Konat') || t === 'Ibrahima Konaté').map(([, k]) => k);
  assert.ok(konate.length >= 3 && new Set(konate).size === 1, JSON.stringify(keys));
  assert.ok(new Set(keys.map(([, k]) => k)).size > 1);
  await p.close();
});

test('a page posing as a newer Footnote cannot switch it off', async () => {
  const p = await open('/hostile/story.html');
  const before = await p.locator('footnote-mention').count();
  await p.evaluate((id) => {
    const type = `${id}:content:wxt:content-script-started`;
    document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: 'content', messageId: 'forged' } }));
    window.postMessage({ type, contentScriptName: 'content', messageId: 'forged' }, '*');
  }, browser.session.extensionId);
  await p.evaluate(() => {
    const added = document.createElement('p');
    added.id = 'later';
    added.textContent = 'Later: Real Madrid defender Antonio Rüdiger is out of contract in the summer.';
    document.body.append(added);
  });
  // Still alive: what the page adds next is annotated, and nothing was taken away.
  await p.waitForSelector('#later footnote-mention', { state: 'attached', timeout: 5000 });
  assert.ok((await p.locator('footnote-mention').count()) >= before);
  await p.close();
});

test('editable pages are never annotated, and a region made editable is unwrapped at once', async () => {
  const body = await open('/hostile/body-editable.html');
  assert.equal(await ownNodes(body), 0, '<body contenteditable> was annotated');
  await body.close();

  const p = await open('/hostile/story.html');
  assert.ok((await p.locator('#p1 footnote-mention').count()) > 0);
  const left = await p.evaluate(() => {
    document.getElementById('p1')!.setAttribute('contenteditable', 'true');
    // The next task: what an editor that saves on input would read.
    return new Promise<number>((r) => setTimeout(() => r(document.querySelectorAll('#p1 [data-footnote], #p1 footnote-mention').length), 0));
  });
  assert.equal(left, 0, 'Footnote nodes left in a paragraph made editable');
  assert.ok((await p.locator('#p2 footnote-mention').count()) > 0, 'the rest of the page keeps its badges');
  await p.evaluate(() => {
    document.designMode = 'on';
  });
  await p.waitForFunction(() => document.querySelectorAll('[data-footnote], footnote-mention').length === 0, undefined, { timeout: 3000 });
  await p.close();
});

test('a block the page rewrites again and again is left alone for a while, and the page settles', async () => {
  const p = await open('/hostile/ticker.html');
  // Counts Footnote's writes into the ticker from here on.
  await p.evaluate(() => {
    const w = window as unknown as { wraps: number[] };
    w.wraps = [];
    new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) if (n.nodeName === 'FOOTNOTE-MENTION') w.wraps.push(Math.round(performance.now() / 5) * 5);
    }).observe(document.getElementById('ticker')!, { childList: true, subtree: true });
  });
  await p.waitForTimeout(6000);
  const wraps = await p.evaluate(() => {
    // One write wraps every name of the sentence at once: count writes, not wrappers.
    const w = [...new Set((window as unknown as { wraps: number[] }).wraps)];
    const now = performance.now();
    return { total: w.length, lastThree: w.filter((t) => t > now - 3000).length, at: w.map((t) => t - (now - 6000)) };
  });
  // With back-off the waits double (1 s, 2 s, 4 s...): a handful of re-wraps, not hundreds.
  assert.ok(wraps.total <= 8, `re-wrapped ${wraps.total} times in 6 s (${wraps.at.join(", ")} ms)`);
  assert.ok(wraps.lastThree <= 2, `still re-wrapping: ${wraps.lastThree} in the last 3 s (${wraps.at.join(', ')} ms)`);
  // The rest of the page is annotated as usual.
  assert.ok((await p.locator('#p2 footnote-mention').count()) > 0);
  await p.close();
});
