/**
 * Wrapping mentions in a page's text, and putting the page back exactly as it was.
 *
 * A text node holding a mention is split so that the original node keeps the text before the
 * first mention; the mention's text moves into a new node inside a <footnote-mention> wrapper,
 * and the rest into new nodes after it. Undo removes every node we added and gives the
 * original node its text back: the page gets back the same text nodes in the same places,
 * without normalize() (which would also merge the page's own adjacent text nodes).
 */
import type { Mention } from '../engine/page-matcher';
import { OWN_ATTRIBUTE, type TextBlock } from './blocks';

export const MENTION_TAG = 'footnote-mention';
const style = (display: string) =>
  [`display: ${display}`, 'float: none', 'position: static', 'margin: 0', 'padding: 0', 'border: 0'].map((d) => `${d} !important`).join('; ');
const INLINE_STYLE = style('inline');
/** In a flex or grid container an extra element would become an item of its own and break the line. */
const CONTENTS_STYLE = style('contents');

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
}

export interface PieceInfo {
  mention: Mention;
  /** A page-unique number tying together the pieces of one mention. */
  key: string;
  first: boolean;
  last: boolean;
  /** The text sits directly in a flex or grid container: nothing may be added beside it. */
  inItemLayout: boolean;
}

export type Decorate = (info: PieceInfo, wrapper: Element) => Node[];

let nextKey = 0;

export function wrapBlock(block: TextBlock, mentions: Mention[], decorate: Decorate): AppliedBlock {
  const doc = block.element.ownerDocument;
  const keys = mentions.map(() => String(++nextKey));
  const records: NodeRecord[] = [];
  block.nodes.forEach((node, i) => {
    const from = block.starts[i];
    const to = from + node.data.length;
    const here = mentions
      .map((m, k) => ({ m, k }))
      .filter(({ m }) => m.start < to && m.end > from);
    if (here.length === 0) return;
    const record: NodeRecord = { node, original: node.data, left: '', added: [] };
    const inItemLayout = isItemLayout(node.parentElement);
    // Right to left, so the original node always keeps the text before the next cut.
    for (let j = here.length - 1; j >= 0; j--) {
      const { m, k } = here[j];
      const a = Math.max(m.start, from) - from;
      const b = Math.min(m.end, to) - from;
      if (b < node.data.length) record.added.push(node.splitText(b));
      const piece = node.splitText(a);
      const wrapper = doc.createElement(MENTION_TAG);
      wrapper.setAttribute(OWN_ATTRIBUTE, '');
      // Page rules aimed at "h1 > *" or "* { display: block }" must not reflow the text around a name.
      wrapper.setAttribute('style', inItemLayout ? CONTENTS_STYLE : INLINE_STYLE);
      wrapper.setAttribute('data-footnote-entity', m.entityId);
      wrapper.setAttribute('data-footnote-kind', m.kind);
      wrapper.setAttribute('data-footnote-mention', keys[k]);
      piece.parentNode!.insertBefore(wrapper, piece);
      wrapper.appendChild(piece);
      record.added.push(wrapper);
      const extras = decorate({ mention: m, key: keys[k], first: m.start >= from, last: m.end <= to, inItemLayout }, wrapper);
      if (extras.length) {
        wrapper.after(...extras);
        record.added.push(...extras);
      }
    }
    record.left = node.data;
    records.push(record);
  });
  return { records, mentions };
}

function isItemLayout(parent: Element | null): boolean {
  const view = parent?.ownerDocument.defaultView;
  if (!parent || !view) return false;
  return /flex|grid/.test(view.getComputedStyle(parent).display);
}

/** Whether the page has changed what we wrapped (a framework re-rendered it, or removed it). */
export function isStale(applied: AppliedBlock): boolean {
  return applied.records.some((r) => r.node.data !== r.left || !r.node.isConnected || r.added.some((n) => !n.isConnected));
}

export function unwrapBlock(applied: AppliedBlock): void {
  for (const r of applied.records) {
    for (const n of r.added) (n as ChildNode).remove();
    if (r.node.data === r.left) r.node.data = r.original;
  }
  applied.records = [];
}
