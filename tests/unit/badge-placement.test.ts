/**
 * Where badges go and how names look: after a possessive, glued to the name's last word, once
 * per screenful, the quiet underline, the page's own background choosing their colours.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { collectBlocks } from '../../lib/page/blocks';
import { unwrapBlock, wrapBlock, type WrapOptions } from '../../lib/page/wrap';
import { GLUE_TAG, possessiveLength, readNoWrap } from '../../lib/page/glue';
import { BadgeSpacing } from '../../lib/page/badge-spacing';
import { backdropAt, contrastRatio, over, parseColor, schemeAt, schemeFor } from '../../lib/page/scheme';
import { createBadge } from '../../entrypoints/write/badges';
import { readPrefs, DEFAULT_PREFS } from '../../lib/prefs';

beforeEach(() => document.body.replaceChildren());
afterEach(() => vi.restoreAllMocks());

function paragraph(html: string): HTMLElement {
  const main = document.createElement('main');
  main.append(...new DOMParser().parseFromString(html, 'text/html').body.childNodes);
  document.body.append(main);
  return main;
}

/** Wraps `name` in the first block, with one badge element after its last piece. */
function wrapName(root: HTMLElement, name: string, options: Partial<WrapOptions> = {}) {
  const block = collectBlocks(root)[0];
  if (!block) throw new Error('no block');
  const start = block.text.indexOf(name);
  const applied = wrapBlock(block, [{ start, end: start + name.length, text: name, entityId: 'x', kind: 'player' }], {
    keyOf: () => 'k',
    decorate: (info) => (info.last ? [document.createElement('footnote-badge')] : []),
    ...options,
  });
  return applied;
}

describe('badges after the possessive, glued to the last word', () => {
  test.each([
    ["'s win", 2], ['’s deal', 2], ["' goal", 1], ["'", 1], ["'sake", 0], ["'s2", 0], [' said', 0], ['s', 0], ['', 0],
  ])('possessive length of %j is %i', (text, n) => {
    expect(possessiveLength(text)).toBe(n);
  });

  test("\"Huijsen's\": the badge follows the 's, inside one non-wrapping glue; the text and the undo are exact", () => {
    const root = paragraph("<p>Real Madrid want Dean Huijsen's signature now.</p>");
    const html = root.innerHTML;
    const applied = wrapName(root, 'Dean Huijsen');
    const glue = root.querySelector(GLUE_TAG);
    expect(glue).not.toBeNull();
    expect(glue?.getAttribute('style')).toContain('text-wrap-mode: nowrap !important');
    // Name, possessive, badge, in that order, all inside the glue.
    expect([...(glue?.childNodes ?? [])].map((n) => n.nodeName === '#text' ? n.textContent : n.nodeName.toLowerCase())).toEqual(['footnote-mention', "'s", 'footnote-badge']);
    // Inside the glue the name may still break between its words, as the page's text did.
    expect(glue?.querySelector('footnote-mention')?.getAttribute('style')).toContain('text-wrap-mode: wrap !important');
    expect(root.textContent).toBe("Real Madrid want Dean Huijsen's signature now.");
    unwrapBlock(applied);
    expect(root.innerHTML).toBe(html);
  });

  test('no possessive: the badge follows the name, glued to it', () => {
    const root = paragraph('<p>Dean Huijsen signs.</p>');
    wrapName(root, 'Dean Huijsen');
    const glue = root.querySelector(GLUE_TAG);
    expect(glue?.firstElementChild?.nodeName.toLowerCase()).toBe('footnote-mention');
    expect(glue?.lastElementChild?.nodeName.toLowerCase()).toBe('footnote-badge');
    expect(glue?.nextSibling?.textContent).toBe(' signs.');
  });

  test('text that never wraps gets no glue (nothing of ours may make it wrap)', () => {
    const root = paragraph("<p style=\"white-space: nowrap\">Dean Huijsen's night.</p>");
    const p = root.querySelector('p');
    if (!p) throw new Error('no p');
    const noWrap = readNoWrap([p]);
    expect(noWrap.has(p)).toBe(true);
    wrapName(root, 'Dean Huijsen', { noWrap });
    expect(root.querySelector(GLUE_TAG)).toBeNull();
    expect(root.querySelector('footnote-mention')?.nextSibling?.textContent).toBe("'s");
    expect(root.querySelector('footnote-badge')?.previousSibling?.textContent).toBe("'s");
    expect(readNoWrap([document.body]).has(document.body)).toBe(false);
  });

  test('a page text node after the name is never split (only nodes Footnote added are)', () => {
    const root = paragraph('<p></p>');
    const p = root.querySelector('p');
    if (!p) throw new Error('no p');
    p.append(document.createTextNode('Dean Huijsen'), document.createTextNode("'s own node"));
    const applied = wrapName(root, 'Dean Huijsen');
    expect(p.lastChild?.textContent).toBe("'s own node");
    expect(root.querySelector(GLUE_TAG)?.textContent).toBe('Dean Huijsen');
    unwrapBlock(applied);
    expect([...p.childNodes].map((n) => n.textContent)).toEqual(['Dean Huijsen', "'s own node"]);
  });
});

describe('the quiet underline on recognised names', () => {
  test('on: a dotted underline and the help cursor; in a link the link keeps its pointer', () => {
    const root = paragraph('<p>Dean Huijsen and <a href="#x">Dean Huijsen</a></p>');
    wrapName(root, 'Dean Huijsen', { markNames: true });
    const style = root.querySelector('footnote-mention')?.getAttribute('style') ?? '';
    expect(style).toContain('text-decoration: underline dotted');
    expect(style).toContain('cursor: help');
    document.body.replaceChildren();
    const linked = paragraph('<p><a href="#x">Dean Huijsen</a> plays</p>');
    wrapName(linked, 'Dean Huijsen', { markNames: true });
    const inLink = linked.querySelector('footnote-mention')?.getAttribute('style') ?? '';
    expect(inLink).toContain('underline dotted');
    expect(inLink).not.toContain('cursor');
  });

  test('off: no underline, no cursor', () => {
    const root = paragraph('<p>Dean Huijsen plays</p>');
    wrapName(root, 'Dean Huijsen', { markNames: false });
    const style = root.querySelector('footnote-mention')?.getAttribute('style') ?? '';
    expect(style).not.toContain('text-decoration');
    expect(style).not.toContain('cursor');
  });

  test('a preference, on unless the reader switched it off', () => {
    expect(DEFAULT_PREFS.markNames).toBe(true);
    expect(readPrefs({}).markNames).toBe(true);
    expect(readPrefs({ markNames: false }).markNames).toBe(false);
    expect(readPrefs({ markNames: 'no' }).markNames).toBe(true);
  });
});

describe('badges once per screenful', () => {
  test('an entity within a gap of its last badge gets none; others and far ones do; a released block gives its places back', () => {
    const spacing = new BadgeSpacing(800);
    expect(spacing.claim('a', 0, 1)).toBe(true);
    expect(spacing.claim('a', 500, 2)).toBe(false);
    expect(spacing.claim('b', 500, 2)).toBe(true);
    expect(spacing.claim('a', 800, 3)).toBe(true);
    expect(spacing.claim('a', 1200, 4)).toBe(false);
    spacing.release(3);
    expect(spacing.claim('a', 1200, 4)).toBe(true);
    spacing.setGap(0);
    expect(spacing.claim('a', 1200, 5)).toBe(true);
  });
});

describe('colours from the page, not the system', () => {
  const white = { r: 255, g: 255, b: 255, a: 1 };
  const black = { r: 0, g: 0, b: 0, a: 1 };
  test('colour arithmetic', () => {
    expect(parseColor('rgb(1, 2, 3)')).toEqual({ r: 1, g: 2, b: 3, a: 1 });
    expect(parseColor('rgba(1, 2, 3, 0.25)')).toEqual({ r: 1, g: 2, b: 3, a: 0.25 });
    expect(parseColor('rgb(1 2 3 / 50%)')).toEqual({ r: 1, g: 2, b: 3, a: 0.5 });
    expect(parseColor('transparent')?.a).toBe(0);
    expect(parseColor('color(display-p3 1 0 0)')).toBeUndefined();
    expect(contrastRatio(white, black)).toBeCloseTo(21, 5);
    expect(contrastRatio(white, white)).toBe(1);
    expect(over({ ...black, a: 0.5 }, white)).toEqual({ r: 127.5, g: 127.5, b: 127.5, a: 1 });
    expect(schemeFor(white)).toBe('light');
    expect(schemeFor(black)).toBe('dark');
    expect(schemeFor({ r: 32, g: 33, b: 36, a: 1 })).toBe('dark');
    expect(schemeFor({ r: 200, g: 200, b: 200, a: 1 })).toBe('light');
  });

  test('the nearest backgrounds outwards decide: a dark box on a white page is dark, a faint tint over it still dark, a transparent page light', () => {
    const root = paragraph('<div id="dark" style="background-color: rgb(20, 20, 20)"><p id="tinted" style="background-color: rgba(255, 255, 255, 0.1)">x</p></div><p id="plain">y</p>');
    const get = (id: string) => {
      const el = root.querySelector(`#${id}`);
      if (!el) throw new Error(id);
      return el;
    };
    expect(schemeAt(get('dark'))).toBe('dark');
    expect(schemeAt(get('tinted'))).toBe('dark');
    expect(backdropAt(get('tinted')).r).toBeCloseTo(20 * 0.9 + 255 * 0.1, 5);
    expect(schemeAt(get('plain'))).toBe('light');
  });

  test('a badge carries its scheme and the body size it may not outgrow, inside its root', () => {
    const roots: ShadowRoot[] = [];
    const attach = HTMLElement.prototype.attachShadow;
    vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(function (this: HTMLElement, init: ShadowRootInit) {
      const root = attach.call(this, init);
      roots.push(root);
      return root;
    });
    const host = createBadge(document, { kind: 'contract', text: 'Jun 2030', label: 'Contract ends 30 June 2030', urgency: 'long' }, { scheme: 'dark', bodySizePx: 17 });
    // The page sees only the kind on the host.
    expect([...host.attributes].map((a) => a.name).sort()).toEqual(['data-footnote', 'data-footnote-badge']);
    expect(host.getAttribute('data-footnote-badge')).toBe('contract');
    const inner = roots[0]?.querySelector<HTMLElement>('.b');
    expect(inner?.getAttribute('data-theme')).toBe('dark');
    expect(inner?.style.getPropertyValue('--footnote-body-size')).toBe('17px');
    // Focusable inside its closed root: the keyboard reaches the card from any name's badge.
    expect(inner?.tabIndex).toBe(0);
    const light = createBadge(document, { kind: 'rumours', text: '2', label: '2 transfer rumours' });
    expect(roots[1]?.querySelector('.b')?.getAttribute('data-theme')).toBe('light');
    expect(light.getAttribute('data-footnote-badge')).toBe('rumours');
  });
});
