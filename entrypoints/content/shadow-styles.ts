/**
 * Styles for Footnote's closed shadow roots (badges, the hover card). One constructed sheet per
 * document is shared by every root where the browser allows it. Firefox does not let a content
 * script set `adoptedStyleSheets` (it throws "Accessing from Xray wrapper is not supported"), so
 * there each root gets a <style> holding our own CSS text (never page text).
 */
let adoptable: boolean | undefined;

export function styleShadow(shadow: ShadowRoot, sheet: () => CSSStyleSheet, css: string): void {
  if (adoptable !== false) {
    try {
      shadow.adoptedStyleSheets = [sheet()];
      adoptable = true;
      return;
    } catch (error) {
      if (adoptable) throw error;
      adoptable = false;
    }
  }
  const style = shadow.ownerDocument.createElement('style');
  style.textContent = css;
  shadow.append(style);
}

declare const __FOOTNOTE_OPENABLE_SHADOWS__: boolean | undefined;

/** What a test page puts on its <html> to have a test build open its roots (axe-core cannot enter closed ones). */
export const OPEN_SHADOWS_ATTRIBUTE = 'data-footnote-test-open-shadows';

/**
 * Closed, always, in production builds (a compile-time false: wxt.config.ts, tests/unit/manifest.test.ts).
 * Test builds open them only on pages that ask, so the tests of what a page cannot reach still run closed.
 */
export function shadowMode(doc: Document): ShadowRootMode {
  const openable = typeof __FOOTNOTE_OPENABLE_SHADOWS__ === 'boolean' && __FOOTNOTE_OPENABLE_SHADOWS__;
  return openable && doc.documentElement.hasAttribute(OPEN_SHADOWS_ATTRIBUTE) ? 'open' : 'closed';
}
