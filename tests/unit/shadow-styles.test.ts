import { beforeEach, describe, expect, test, vi } from 'vitest';

// The module remembers whether the browser lets it adopt sheets: a fresh copy per test.
const load = async () => (await import('../../entrypoints/content/shadow-styles')).styleShadow;
beforeEach(() => vi.resetModules());

const CSS = ':host { color: red; }';
function root(refuseAdopting = false): ShadowRoot {
  const shadow = document.createElement('footnote-badge').attachShadow({ mode: 'closed' });
  // What Firefox does when a content script sets adoptedStyleSheets.
  if (refuseAdopting) Object.defineProperty(shadow, 'adoptedStyleSheets', { set() { throw new Error('Accessing from Xray wrapper is not supported.'); } });
  return shadow;
}
const sheet = () => {
  const s = new CSSStyleSheet();
  s.replaceSync(CSS);
  return s;
};

describe('styles for closed shadow roots', () => {
  test('one shared constructed sheet where the browser allows adopting it, no <style>', async () => {
    const styleShadow = await load();
    const shared = sheet();
    const [a, b] = [root(), root()];
    styleShadow(a, () => shared, CSS);
    styleShadow(b, () => shared, CSS);
    expect(a.adoptedStyleSheets).toEqual([shared]);
    expect(b.adoptedStyleSheets[0]).toBe(shared);
    expect(a.querySelector('style')).toBeNull();
  });

  test('a <style> with the same CSS where adopting throws (a Firefox content script), tried only once', async () => {
    const styleShadow = await load();
    const make = vi.fn(sheet);
    const [a, b] = [root(true), root(true)];
    styleShadow(a, make, CSS);
    styleShadow(b, make, CSS);
    expect(a.querySelector('style')?.textContent).toBe(CSS);
    expect(b.querySelector('style')?.textContent).toBe(CSS);
    expect(make).toHaveBeenCalledTimes(1);
  });
});
