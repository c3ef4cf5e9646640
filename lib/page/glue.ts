/**
 * Keeping a name's badges with the name. Two rules a reader sees:
 *
 * - The badges come after a possessive: "Huijsen's [Jun 2030]", never "Huijsen [Jun 2030]'s".
 * - The name's last word, its possessive and its badges never split across a line: they sit in
 *   one element of ours whose text does not wrap, while the name inside it keeps wrapping as the
 *   page's text did ("Phil / Foden's [badges]" may break before "Foden", never after it). Breaks
 *   between two pieces of text are ruled by their nearest common ancestor's `text-wrap-mode`, so
 *   the glue rules the joins and the name rules its own spaces.
 *
 * Nothing of the page's text changes: the possessive's characters move into the glue as a node of
 * their own, split from a node Footnote already added (never a node of the page), and undo puts
 * the text back as wrapBlock's records say.
 */
import { OWN_ATTRIBUTE } from './blocks';

/** "'s", "’s", or a lone apostrophe after a name ending in s ("Jones'"), followed by no letter or digit. */
const POSSESSIVE = /^['’](?:s(?![\p{L}\p{N}])|(?![\p{L}\p{N}]))/u;

export const GLUE_TAG = 'footnote-nowrap';

/** How many characters of `text` (what follows a name) are its possessive: 0, 1 or 2. */
export function possessiveLength(text: string): number {
  return POSSESSIVE.exec(text)?.[0].length ?? 0;
}

/** Declarations as one style attribute, each `!important` (the page's CSS must not undo them). */
export const important = (declarations: string[]) => declarations.map((d) => `${d} !important`).join('; ');
// (Pure: a bundle that never glues, the content script's first one, leaves it out.)
const GLUE_STYLE = /* @__PURE__ */ important(['display: inline', 'text-wrap-mode: nowrap', 'float: none', 'position: static', 'margin: 0', 'padding: 0', 'border: 0']);
/** Added to the name's own wrapper inside the glue: its spaces may still break, as the page's did. */
export const WRAPS_INSIDE_GLUE = 'text-wrap-mode: wrap !important';

/**
 * Puts `badges` after the mention's wrapper and its possessive, inside a non-wrapping glue element
 * when the text around wraps. Returns every node it added (for undo). `ours` says whether a node is
 * one Footnote added (only those may be split).
 */
export function placeBadges(wrapper: Element, badges: Node[], options: { wraps: boolean; ours: (node: Node) => boolean }): Node[] {
  const doc = wrapper.ownerDocument;
  const added: Node[] = [];
  const after = wrapper.nextSibling;
  let possessive: Text | undefined;
  if (after && after.nodeType === 3 && options.ours(after)) {
    const text = after as Text;
    const n = possessiveLength(text.data);
    if (n > 0) {
      if (text.data.length > n) added.push(text.splitText(n));
      possessive = text;
    }
  }
  const last: Node = possessive ?? wrapper;
  if (!options.wraps) {
    (last as ChildNode).after(...badges);
    return added;
  }
  let glue = doc.createElement(GLUE_TAG);
  // A page that defined the name as its own element would own the glue: a plain span then.
  if (glue.matches(':defined')) glue = doc.createElement('span');
  glue.setAttribute(OWN_ATTRIBUTE, '');
  glue.setAttribute('style', GLUE_STYLE);
  wrapper.before(glue);
  glue.append(wrapper, ...(possessive ? [possessive] : []), ...badges);
  wrapper.setAttribute('style', `${wrapper.getAttribute('style') ?? ''}; ${WRAPS_INSIDE_GLUE}`);
  added.push(glue);
  return added;
}

/**
 * The parents, among the text nodes these mentions fall in, whose text does not wrap (no glue is
 * needed there, and none may make it wrap). All reads: call it for a whole batch before writing.
 */
export function readNoWrap(parents: Iterable<Element>): Set<Element> {
  const found = new Set<Element>();
  for (const parent of parents) {
    const view = parent.ownerDocument.defaultView;
    if (!view) continue;
    const style = view.getComputedStyle(parent);
    const mode = style.getPropertyValue('text-wrap-mode') || (/^(nowrap|pre)$/.test(style.whiteSpace) ? 'nowrap' : 'wrap');
    if (mode === 'nowrap') found.add(parent);
  }
  return found;
}
