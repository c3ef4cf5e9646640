/**
 * The badges and the card where layout, colour and focus matter, in real Chromium with the test
 * build: contrast on light and dark pages under both system schemes, possessives and line breaks,
 * headline sizes, the underline on names, a badge opening the card, placement at 320 px and at
 * the CSS size of 200 % zoom, a name broken across lines, the keyboard, touch, axe-core, and
 * "Don't show on this site" (last: it switches the test site off).
 *
 * Test pages ask the test build to open its shadow roots (OPEN_SHADOWS_ATTRIBUTE) so the page can
 * measure badge and card styles and axe can enter them; production builds never open them
 * (tests/unit/manifest.test.ts), and test pages that do not ask keep them closed (hostile.test.ts).
 * The pages' sentences are our own.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { settled } from '../../scripts/chromium';
import { pageKeys } from '../../scripts/page-keys';
import { useBrowser } from './setup';

const OPEN = 'data-footnote-test-open-shadows';
const CARD = 'div[data-footnote-card]';
const BADGE = 'span[data-footnote-badge]';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

function article(background: string, colour: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Footnote card test</title>
<style>body { font: 16px/1.5 Georgia, serif; margin: 0; padding: 24px; background: ${background}; color: ${colour}; } h1 { font-size: 44px; } a { color: inherit; }</style></head>
<body><main>
<h1 id="headline">Konaté weighs his future</h1>
<p id="possessive">Real Madrid admire Dean Huijsen's calm on the ball, and the coaches say so every week.</p>
<p id="link">Read our profile of <a href="#profile">Ibrahima Konaté</a> before the window opens.</p>
</main></body></html>`;
}

/** One name in a column whose width the test changes, so the name breaks across lines. */
const COLUMN = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Footnote column test</title>
<style>body { font: 18px/1.6 Georgia, serif; margin: 0; padding: 16px; background: #fff; color: #222; } #col { width: 300px; }</style></head>
<body><main><p id="col">The club say the young centre-back Dean Huijsen's form has kept him in the side all season long.</p></main></body></html>`;

const html = (body: string) => (res: import('node:http').ServerResponse) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
const browser = useBrowser({
  trackLocal: true,
  routes: { '/card/light.html': html(article('#ffffff', '#1b1b1b')), '/card/dark.html': html(article('#121212', '#e6e6e6')), '/card/column.html': html(COLUMN) },
});

async function open(path: string, options: { scheme?: 'light' | 'dark'; viewport?: { width: number; height: number } } = {}): Promise<Page> {
  // One test page at a time: the content script's keys are asked of the tab showing the URL.
  for (const other of browser.session.context.pages()) if (other.url().startsWith(browser.server.origin)) await other.close();
  const page = await browser.session.context.newPage();
  // tsx names the helper functions of in-page code with a __name() call the page does not have.
  await page.addInitScript('globalThis.__name = globalThis.__name || ((f) => f);');
  if (options.viewport) await page.setViewportSize(options.viewport);
  await page.emulateMedia({ colorScheme: options.scheme ?? 'light' });
  // Before the content script starts (it waits for the loaded page); <html> does not exist yet when init scripts run.
  await page.addInitScript((attribute) => document.addEventListener('DOMContentLoaded', () => document.documentElement.setAttribute(attribute, '')), OPEN);
  await page.goto(path.startsWith('http') ? path : browser.server.url(path));
  await settled(page);
  return page;
}

/** In the page: WCAG contrast of every badge's text on what is behind it, and of the card's text on the card. */
function contrasts(): { badges: Array<{ kind: string; theme: string; ratio: number; opacity: string }>; card: Array<{ text: string; ratio: number }>; cardTheme: string | null } {
  type C = { r: number; g: number; b: number; a: number };
  const parse = (c: string): C => {
    let m = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(c);
    if (m) return { r: Number(m[1]), g: Number(m[2]), b: Number(m[3]), a: m[4] === undefined ? 1 : Number(m[4]) };
    m = /^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.e-]+))?\)$/.exec(c);
    if (m) return { r: Number(m[1]) * 255, g: Number(m[2]) * 255, b: Number(m[3]) * 255, a: m[4] === undefined ? 1 : Number(m[4]) };
    throw new Error(`a colour this test cannot read: ${c}`);
  };
  const over = (t: C, b: C): C => {
    const a = t.a + b.a * (1 - t.a);
    const mix = (x: number, y: number) => (x * t.a + y * b.a * (1 - t.a)) / a;
    return { r: mix(t.r, b.r), g: mix(t.g, b.g), b: mix(t.b, b.b), a };
  };
  const lum = ({ r, g, b }: C) => [r, g, b].map((v) => v / 255).map((s) => (s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4)).reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i]!, 0);
  const ratio = (x: C, y: C) => {
    const [hi, lo] = [lum(x), lum(y)].sort((p, q) => q - p) as [number, number];
    return (hi + 0.05) / (lo + 0.05);
  };
  const backdrop = (el: Element | null): C => {
    if (!el) return { r: 255, g: 255, b: 255, a: 1 };
    const own = parse(getComputedStyle(el).backgroundColor);
    return own.a >= 1 ? own : over(own, backdrop(el.parentElement));
  };
  const badges = [...document.querySelectorAll('span[data-footnote-badge]')].map((host) => {
    const inner = host.shadowRoot?.querySelector('.b');
    if (!inner) throw new Error('a badge root is closed: the page did not ask for open roots');
    const style = getComputedStyle(inner);
    const behind = over(parse(style.backgroundColor), backdrop(host.parentElement));
    return { kind: host.getAttribute('data-footnote-badge') ?? '', theme: inner.getAttribute('data-theme') ?? '', ratio: ratio(parse(style.color), behind), opacity: style.opacity };
  });
  const card = document.querySelector('div[data-footnote-card]')?.shadowRoot?.querySelector('.card');
  const cardBg = card ? parse(getComputedStyle(card).backgroundColor) : undefined;
  const texts: Array<{ text: string; ratio: number }> = [];
  if (card && cardBg) {
    const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (!parent || !n.textContent?.trim()) continue;
      texts.push({ text: n.textContent.trim(), ratio: ratio(parse(getComputedStyle(parent).color), cardBg) });
    }
  }
  return { badges, card: texts, cardTheme: card?.getAttribute('data-theme') ?? null };
}

async function hoverEntity(page: Page, selector: string): Promise<void> {
  const box = await page.locator(selector).first().boundingBox();
  assert.ok(box, selector);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 2 });
  await page.waitForSelector(CARD, { state: 'attached' });
}

for (const [path, pageScheme] of [['/card/light.html', 'light'], ['/card/dark.html', 'dark']] as const) {
  for (const system of ['light', 'dark'] as const) {
    test(`a ${pageScheme} page under a ${system} system scheme: badges and card follow the page, every text 4.5:1 or more`, async () => {
      const page = await open(path, { scheme: system });
      assert.equal(await page.evaluate((s) => matchMedia(`(prefers-color-scheme: ${s})`).matches, system), true, 'the system scheme is emulated');
      await hoverEntity(page, `#possessive ${(await pageKeys(browser.session, page)).sel('dean-huijsen')}`);
      const seen = await page.evaluate(contrasts);
      assert.ok(seen.badges.length >= 2, JSON.stringify(seen.badges));
      for (const b of seen.badges) {
        assert.equal(b.theme, pageScheme, `badge scheme ${JSON.stringify(b)}`);
        assert.equal(b.opacity, '1');
        assert.ok(b.ratio >= 4.5, `badge contrast ${JSON.stringify(b)}`);
      }
      assert.equal(seen.cardTheme, pageScheme);
      assert.ok(seen.card.length > 5, JSON.stringify(seen.card));
      for (const t of seen.card) assert.ok(t.ratio >= 4.5, `card text ${JSON.stringify(t)}`);
      await page.close();
    });
  }
}

test('badges follow the possessive, are drawn at body size in a headline, and names carry a dotted underline', async () => {
  const page = await open('/card/light.html');
  const keys = await pageKeys(browser.session, page);
  const order = await page.evaluate(({ name, badge }) => {
    const wrapper = document.querySelector(`#possessive ${name}`);
    const glue = wrapper?.parentElement;
    return { glue: glue?.localName, inGlue: [...(glue?.childNodes ?? [])].map((n) => (n.nodeType === 3 ? n.textContent : (n as Element).matches(badge) ? 'badge' : 'name')) };
  }, { name: keys.sel('dean-huijsen'), badge: BADGE });
  assert.equal(order.glue, 'footnote-nowrap');
  assert.deepEqual(order.inGlue.slice(0, 3), ['name', "'s", 'badge']);
  assert.equal(await page.evaluate(() => document.getElementById('possessive')?.textContent), "Real Madrid admire Dean Huijsen's calm on the ball, and the coaches say so every week.");

  const sizes = await page.evaluate((badge) => [...document.querySelectorAll(`#headline ${badge}`)].map((h) => parseFloat(getComputedStyle(h.shadowRoot!.querySelector('.b')!).fontSize)), BADGE);
  assert.ok(sizes.length > 0, 'the headline has badges');
  for (const size of sizes) assert.ok(size <= 0.68 * 16 + 0.01, `headline badge ${size}px, body 16px`);

  assert.equal(await page.evaluate(() => matchMedia('(hover: hover)').matches), true, 'this Chromium can hover');
  const decoration = await page.evaluate((sel) => {
    const s = getComputedStyle(document.querySelector(`#possessive ${sel}`)!);
    return { style: s.textDecorationStyle, line: s.textDecorationLine, cursor: s.cursor };
  }, keys.sel('dean-huijsen'));
  assert.deepEqual(decoration, { style: 'dotted', line: 'underline', cursor: 'help' });
  await page.close();
});

test('the underline is the reader’s choice: switched off, names are plain again', async () => {
  const options = await browser.session.extensionPage('options.html');
  const page = await open('/card/light.html');
  await options.getByText('Underline recognised names', { exact: false }).click();
  await page.waitForFunction(() => {
    const name = document.querySelector('#possessive footnote-mention');
    return name && getComputedStyle(name).textDecorationLine === 'none';
  });
  await options.getByText('Underline recognised names', { exact: false }).click();
  await page.waitForFunction(() => {
    const name = document.querySelector('#possessive footnote-mention');
    return name && getComputedStyle(name).textDecorationStyle === 'dotted';
  });
  await options.close();
  await page.close();
});

test('a name broken across lines keeps its last word with its badges, and its card opens by the line under the pointer', async () => {
  const page = await open('/card/column.html');
  const sel = (await pageKeys(browser.session, page)).sel('dean-huijsen');
  let broken = 0;
  for (let width = 120; width <= 420; width += 6) {
    const lines = await page.evaluate(({ sel, width, badge }) => {
      document.getElementById('col')!.style.width = `${width}px`;
      const name = document.querySelector(`#col ${sel}`)!;
      const range = document.createRange();
      range.selectNodeContents(name);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0);
      const badges = [...document.querySelectorAll(`#col ${badge}`)].map((b) => b.getBoundingClientRect());
      return { name: rects.map((r) => ({ top: r.top, bottom: r.bottom, left: r.left, right: r.right })), badges: badges.map((r) => ({ top: r.top, bottom: r.bottom })) };
    }, { sel, width, badge: BADGE });
    const last = lines.name[lines.name.length - 1]!;
    assert.ok(lines.badges.length > 0);
    // The badges sit on the line of the name's last word.
    for (const b of lines.badges) assert.ok(b.top < last.bottom && b.bottom > last.top, `width ${width}: badge ${JSON.stringify(b)} off the line ${JSON.stringify(last)}`);
    if (lines.name.length < 2 || broken > 0) continue;
    broken++;
    // Broken across lines: the pointer on the second line opens the card beside that line.
    const second = lines.name[1]!;
    await page.mouse.move(second.left + 3, (second.top + second.bottom) / 2, { steps: 2 });
    await page.waitForSelector(CARD, { state: 'attached' });
    const card = (await page.locator(CARD).boundingBox())!;
    const distance = card.y >= second.bottom ? card.y - second.bottom : second.top - (card.y + card.height);
    assert.ok(distance >= 0 && distance < 12, `the card is by the second line: ${JSON.stringify({ card, second })}`);
    await page.mouse.move(1, 1);
    await page.waitForSelector(CARD, { state: 'detached' });
  }
  assert.equal(broken, 1, 'some width broke the name across two lines');
  await page.close();
});

test('hovering a badge opens the same card, and moving from the name onto its badge keeps it open', async () => {
  const page = await open('/card/light.html');
  const keys = await pageKeys(browser.session, page);
  const name = `#possessive ${keys.sel('dean-huijsen')}`;
  await hoverEntity(page, `#possessive ${BADGE}`);
  const fromBadge = await page.locator(CARD).getAttribute('data-footnote-card');
  assert.equal(fromBadge, '');
  assert.match(await page.evaluate(() => document.querySelector('div[data-footnote-card]')!.shadowRoot!.querySelector('h2')!.textContent ?? ''), /Dean Huijsen/);
  await page.mouse.move(1, 1);
  await page.waitForSelector(CARD, { state: 'detached' });
  await hoverEntity(page, name);
  const badge = (await page.locator(`#possessive ${BADGE}`).last().boundingBox())!;
  await page.mouse.move(badge.x + badge.width / 2, badge.y + badge.height / 2, { steps: 4 });
  await new Promise((r) => setTimeout(r, 700));
  assert.equal(await page.locator(CARD).count(), 1, 'still open over the badge');
  // Keyboard focus on a badge opens it too.
  await page.mouse.move(1, 1);
  await page.waitForSelector(CARD, { state: 'detached' });
  await page.locator(`#possessive ${BADGE}`).first().focus();
  await page.waitForSelector(CARD, { state: 'attached' });
  await page.close();
});

for (const [label, viewport] of [['a 320 × 568 phone', { width: 320, height: 568 }], ['200 % zoom of 1280 × 900 (640 × 450 CSS px)', { width: 640, height: 450 }]] as const) {
  test(`${label}: the card never covers the name, at the top, middle and bottom of the screen`, async () => {
    const page = await open('/demo/article.html', { viewport });
    const keys = await pageKeys(browser.session, page);
    for (const entity of ['ibrahima-konate', 'dean-huijsen']) {
      for (const block of ['start', 'center', 'end'] as const) {
        const name = page.locator(`p ${keys.sel(entity)}`).first();
        await name.evaluate((el, block) => el.scrollIntoView({ block }), block);
        await page.mouse.move(1, 1);
        await page.waitForSelector(CARD, { state: 'detached' });
        const rects = await name.evaluate((el) => {
          const range = document.createRange();
          range.selectNodeContents(el);
          return [...range.getClientRects()].map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height }));
        });
        const first = rects[0]!;
        await page.mouse.move(first.x + first.width / 2, first.y + first.height / 2, { steps: 2 });
        await page.waitForSelector(CARD, { state: 'attached' });
        const card = (await page.locator(CARD).boundingBox())!;
        for (const r of rects) {
          const overlap = card.x < r.x + r.width && r.x < card.x + card.width && card.y < r.y + r.height && r.y < card.y + card.height;
          assert.ok(!overlap, `${entity} at ${block}: card ${JSON.stringify(card)} covers ${JSON.stringify(r)}`);
        }
        assert.ok(card.x >= 0 && card.x + card.width <= viewport.width && card.y >= 0 && card.y + card.height <= viewport.height + 1, `inside the viewport: ${JSON.stringify(card)}`);
      }
    }
    await page.close();
  });
}

test('touch: a tap on a name opens its card, a second tap closes it, a tap elsewhere closes it', async () => {
  const page = await open('/card/light.html');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
  const tap = async (x: number, y: number) => {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  };
  await page.evaluate(() => {
    (window as unknown as { seen: string[] }).seen = [];
    document.addEventListener('pointerup', (e) => (window as unknown as { seen: string[] }).seen.push(e.pointerType), true);
  });
  const box = (await page.locator(`#possessive ${(await pageKeys(browser.session, page)).sel('dean-huijsen')}`).boundingBox())!;
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  await tap(x, y);
  await page.waitForSelector(CARD, { state: 'attached' });
  assert.deepEqual(await page.evaluate(() => (window as unknown as { seen: string[] }).seen), ['touch']);
  // The compatibility mouse events after a tap must not undo it: still open a moment later.
  await new Promise((r) => setTimeout(r, 900));
  assert.equal(await page.locator(CARD).count(), 1);
  await tap(x, y);
  await page.waitForSelector(CARD, { state: 'detached' });
  await tap(x, y);
  await page.waitForSelector(CARD, { state: 'attached' });
  await tap(5, 5);
  await page.waitForSelector(CARD, { state: 'detached' });
  await cdp.detach();
  await page.close();
});

test('keyboard: Tab from a focused name enters the card, Shift+Tab goes back, Tab past its end and Esc return focus to the name', async () => {
  const page = await open('/card/light.html');
  const active = () => page.evaluate(() => {
    const el = document.activeElement;
    const inner = el?.shadowRoot?.activeElement;
    return { host: el?.matches('div[data-footnote-card]') ? 'card' : el?.localName, inner: inner ? (inner.getAttribute('aria-label') ?? inner.textContent) : null };
  });
  await page.focus('#link a');
  await page.waitForSelector(CARD, { state: 'attached' });
  await page.keyboard.press('Tab');
  const first = await active();
  assert.equal(first.host, 'card');
  await page.keyboard.press('Shift+Tab');
  assert.deepEqual(await active(), { host: 'a', inner: null });
  assert.equal(await page.locator(CARD).count(), 1, 'still open');
  await page.keyboard.press('Tab');
  const stops: Array<string | null> = [];
  for (let i = 0; i < 8 && (await active()).host === 'card'; i++) {
    stops.push((await active()).inner);
    await page.keyboard.press('Tab');
  }
  assert.deepEqual(stops, ['Close', 'Full record', 'Not this person', 'Mute this name', 'Don’t show on this site']);
  await page.waitForSelector(CARD, { state: 'detached' });
  assert.equal((await active()).host, 'a', 'Tab past the end gives focus back to the name');
  await page.focus('body').catch(() => undefined);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.focus('#link a');
  await page.waitForSelector(CARD, { state: 'attached' });
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  assert.equal((await active()).inner, 'Full record');
  await page.keyboard.press('Escape');
  await page.waitForSelector(CARD, { state: 'detached' });
  assert.equal((await active()).host, 'a', 'Esc gives focus back to the name');
  // A name reached with Alt+Shift+↓ (not focusable by itself) gets focus back too.
  await page.keyboard.press('Alt+Shift+ArrowDown');
  await page.waitForSelector(CARD, { state: 'attached' });
  const stepped = (await active()).host;
  assert.equal(stepped, 'footnote-mention');
  await page.keyboard.press('Tab');
  assert.equal((await active()).host, 'card');
  await page.keyboard.press('Escape');
  await page.waitForSelector(CARD, { state: 'detached' });
  assert.equal((await active()).host, 'footnote-mention', 'Esc gives focus back to the stepped-to name');
  await page.close();
});

test('the card loads on first use: a first Alt+Shift+↓ (before any hover) steps to the first name and opens its card', async () => {
  const page = await open('/card/light.html');
  // Nothing of the card is in the page yet: its controller and UI come with the first use.
  assert.equal(await page.locator(CARD).count(), 0);
  await page.keyboard.press('Alt+Shift+ArrowDown');
  await page.waitForSelector(CARD, { state: 'attached' });
  const focused = await page.evaluate(() => ({ name: document.activeElement?.localName, key: document.activeElement?.getAttribute('data-footnote-key') }));
  assert.equal(focused.name, 'footnote-mention');
  const keys = await pageKeys(browser.session, page);
  assert.equal(keys.entityOf(focused.key ?? null), 'ibrahima-konate', 'the first name on the page is the headline’s Konaté');
  await page.keyboard.press('Escape');
  await page.waitForSelector(CARD, { state: 'detached' });
  await page.close();
});

test('axe-core: no serious or critical violation on a badge-rich page and on an open card', async () => {
  const page = await open('/demo/article.html');
  const run = async () => {
    await page.evaluate(axeSource);
    const result = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: unknown }> }> }> } }).axe;
      const r = await axe.run(document, { resultTypes: ['violations'] });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 5) }));
    });
    return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  };
  assert.ok((await page.locator(BADGE).count()) > 5);
  assert.deepEqual(await run(), []);
  await hoverEntity(page, `p ${(await pageKeys(browser.session, page)).sel('ibrahima-konate')}`);
  assert.equal(await page.evaluate(() => !!document.querySelector('div[data-footnote-card]')?.shadowRoot), true, 'axe can enter the card');
  assert.deepEqual(await run(), []);
  await page.close();
});

test('"Don’t show on this site": after confirmation the site is switched off, in this tab at once', async () => {
  const page = await open('/card/light.html');
  await page.focus('#link a');
  await page.waitForSelector(CARD, { state: 'attached' });
  // Close, Full record, Not this person, Mute this name, Don't show on this site.
  for (let i = 0; i < 5; i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  // The confirmation has focus: a second Enter switches off.
  await page.keyboard.press('Enter');
  await page.waitForSelector('html[data-footnote-test="off"]', { state: 'attached' });
  assert.equal(await page.locator(`${BADGE}, footnote-mention`).count(), 0);
  // Asked as the popup asks (the sites are kept in storage.sync, in a compact form).
  const options = await browser.session.extensionPage('options.html');
  const sites = await options.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown) => Promise<{ value: { sites: Array<{ id: string; enabled: boolean }> } }> } } }).chrome;
    return (await api.runtime.sendMessage({ type: 'sites' })).value;
  });
  await options.close();
  assert.equal(sites.sites.find((s) => s.id === '127.0.0.1')?.enabled, false);
  await page.close();
});
