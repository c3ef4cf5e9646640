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
