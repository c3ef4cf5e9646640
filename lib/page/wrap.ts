/**
 * Wrapping mentions in a page's text, and putting the page back exactly as it was.
 *
 * A text node holding a mention is split so that the original node keeps the text before the
 * first mention; the mention's text moves into a new node inside a <footnote-mention> wrapper,
 * and the rest into new nodes after it. Undo removes every node we added and gives the
 * original node its text back: the page gets back the same text nodes in the same places,
 * without normalize() (which would also merge the page's own adjacent text nodes).
 *
 * Wrappers say only what kind of entity they hold and an opaque key (`data-footnote-key`, the
 * same for every mention of one entity on a page): which entity it is stays in the content
 * script, so a page cannot read the reader's dataset out of its own DOM.
 *
 * Layout is read before anything is written: `readItemLayout` for a whole batch, then
 * `wrapBlock` for each block, so one batch costs one style recalculation, not one per node.
 */
import type { Mention } from '../engine/page-matcher';
import { OWN_ATTRIBUTE, type TextBlock } from './blocks';
import { at } from '../indexing';
import { important, placeBadges } from './glue';

export const MENTION_TAG = 'footnote-mention';
/** What finds our wrappers, whichever element they are. */
export const MENTION_SELECTOR = '[data-footnote-key]';
const style = (display: string) => important([`display: ${display}`, 'float: none', 'position: static', 'margin: 0', 'padding: 0', 'border: 0']);
// (Pure: the content script's first bundle, which never wraps, leaves them out.)
const INLINE_STYLE = /* @__PURE__ */ style('inline');
/** In a flex or grid container an extra element would become an item of its own and break the line. */
const CONTENTS_STYLE = /* @__PURE__ */ style('contents');
/**
 * The quiet sign that a name is live (the reader's preference, on devices that can hover): a dotted
 * underline in the text's own colour, faint; the help cursor, except in a link (its pointer stays).
 */
const MARK_STYLE = 'text-decoration: underline dotted color-mix(in srgb, currentColor 55%, transparent); text-underline-offset: 0.2em';
const MARK_CURSOR = 'cursor: help';

/** What one wrapped text node needs for undo. */
interface NodeRecord {
  node: Text;
  /** Its text before we touched it. */
  original: string;
  /** Its text after we split it: if the page changed it since, the page owns it now. */
  left: string;
  added: Node[];
}

export interface AppliedBlock {
  records: NodeRecord[];
  mentions: Mention[];
  /** Every wrapper, with its mention and the number tying the pieces of one mention together. */
  pieces: WrappedPiece[];
}

export interface WrappedPiece {
  wrapper: Element;
  mention: Mention;
  tie: number;
}

export interface PieceInfo {
  mention: Mention;
  /** A page-unique number tying together the pieces of one mention. */
  tie: number;
  first: boolean;
  last: boolean;
  /** The text sits directly in a flex or grid container: nothing may be added beside it. */
  inItemLayout: boolean;
}

export type Decorate = (info: PieceInfo, wrapper: Element) => Node[];

export interface WrapOptions {
  decorate: Decorate;
  /** The opaque per-page key of an entity. */
  keyOf: (entityId: string) => string;
  /** Parents laid out as flex or grid, read beforehand by `readItemLayout`. */
  itemLayout?: ReadonlySet<Element>;
  /** Parents whose text does not wrap, read beforehand by `readNoWrap` (lib/page/glue.ts). */
  noWrap?: ReadonlySet<Element>;
  /** Marks every name as live (a dotted underline): the reader's preference. */
  markNames?: boolean;
}

let nextTie = 0;

export function wrapBlock(block: TextBlock, mentions: Mention[], options: WrapOptions): AppliedBlock {
  const doc = block.element.ownerDocument;
  const tied = mentions.map((m) => ({ m, tie: ++nextTie }));
  const records: NodeRecord[] = [];
  const pieces: WrappedPiece[] = [];
  const applied: AppliedBlock = { records, mentions, pieces };
  try {
    block.nodes.forEach((node, i) => wrapNode(node, i));
  } catch (error) {
    // Whatever step failed (a page script, a broken node), the page gets back what it had.
    unwrapBlock(applied);
    throw error;
  }
  return applied;

  function wrapNode(node: Text, i: number): void {
    const from = at(block.starts, i, 'block starts');
    const to = from + node.data.length;
    const here = tied.filter(({ m }) => m.start < to && m.end > from);
    if (here.length === 0) return;
    const record: NodeRecord = { node, original: node.data, left: node.data, added: [] };
    records.push(record);
    const inItemLayout = !!node.parentElement && !!options.itemLayout?.has(node.parentElement);
    // Right to left, so the original node always keeps the text before the next cut.
    for (const { m, tie } of here.reverse()) {
      const a = Math.max(m.start, from) - from;
      const b = Math.min(m.end, to) - from;
      if (b < node.data.length) record.added.push(node.splitText(b));
      record.left = node.data;
      const piece = node.splitText(a);
      record.added.push(piece);
      record.left = node.data;
      const wrapper = createWrapper(doc);
      wrapper.setAttribute(OWN_ATTRIBUTE, '');
      // Page rules aimed at "h1 > *" or "* { display: block }" must not reflow the text around a name.
      const marks = options.markNames && !inItemLayout ? `; ${MARK_STYLE}${node.parentElement?.closest('a[href]') ? '' : `; ${MARK_CURSOR}`}` : '';
      wrapper.setAttribute('style', (inItemLayout ? CONTENTS_STYLE : INLINE_STYLE) + marks);
      wrapper.setAttribute('data-footnote-key', options.keyOf(m.entityId));
      wrapper.setAttribute('data-footnote-kind', m.kind);
      piece.before(wrapper);
      wrapper.appendChild(piece);
      record.added.push(wrapper);
      pieces.push({ wrapper, mention: m, tie });
      const extras = options.decorate({ mention: m, tie, first: m.start >= from, last: m.end <= to, inItemLayout }, wrapper);
      if (extras.length) {
        const wraps = !(node.parentElement && options.noWrap?.has(node.parentElement));
        const ours = (n: Node) => record.added.includes(n);
        record.added.push(...placeBadges(wrapper, extras, { wraps, ours }), ...extras);
      }
    }
  }
}

/**
 * A wrapper: an unknown element name, so page rules aimed at spans or links never match it; but
 * if the page has defined that name as its own custom element (it could then hide the text
 * behind a shadow root of its own, or watch every mention), a plain <span> instead.
 */
function createWrapper(doc: Document): Element {
  const wrapper = doc.createElement(MENTION_TAG);
  return wrapper.matches(':defined') ? doc.createElement('span') : wrapper;
}

/**
 * The parents, among the text nodes these mentions fall in, that lay out their children as flex
 * or grid items. All reads, no writes: call it for a whole batch before wrapping any of it.
 */
export function readItemLayout(batch: Iterable<{ block: TextBlock; mentions: Mention[] }>): Set<Element> {
  const found = new Set<Element>();
  const seen = new Set<Element>();
  for (const { block, mentions } of batch) {
    const view = block.element.ownerDocument.defaultView;
    if (!view) continue;
    block.nodes.forEach((node, i) => {
      const parent = node.parentElement;
      if (!parent || seen.has(parent)) return;
      const from = at(block.starts, i, 'block starts');
      const to = from + node.data.length;
      if (!mentions.some((m) => m.start < to && m.end > from)) return;
      seen.add(parent);
      if (/flex|grid/.test(view.getComputedStyle(parent).display)) found.add(parent);
    });
  }
  return found;
}

/** The parents of the text nodes these mentions fall in (what `readItemLayout` and `readNoWrap` look at). */
export function mentionParents(batch: Iterable<{ block: TextBlock; mentions: Mention[] }>): Set<Element> {
  const parents = new Set<Element>();
  for (const { block, mentions } of batch) {
    block.nodes.forEach((node, i) => {
      const parent = node.parentElement;
      const from = block.starts[i];
      if (!parent || from === undefined || parents.has(parent)) return;
      const to = from + node.data.length;
      if (mentions.some((m) => m.start < to && m.end > from)) parents.add(parent);
    });
  }
  return parents;
}

/** Whether the page has changed what we wrapped (a framework re-rendered it, or removed it). */
export function isStale(applied: AppliedBlock): boolean {
  return applied.records.some((r) => r.node.data !== r.left || !r.node.isConnected || r.added.some((n) => !n.isConnected));
}

export function unwrapBlock(applied: AppliedBlock): void {
  for (const r of applied.records) {
    for (const n of r.added) {
      try {
        (n as ChildNode).remove();
      } catch {
        // A node the page moved somewhere odd: the next ones still go.
      }
    }
    if (r.node.data === r.left) r.node.data = r.original;
  }
  applied.records = [];
  applied.pieces = [];
}
