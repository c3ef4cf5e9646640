/**
 * The readable text of a page, as blocks (paragraphs, headings, list items...), each the
 * text of its text nodes in order. Works on any DOM root; reads no layout.
 *
 * What is never read: code, forms and editable regions, scripts and styles, SVG and MathML,
 * site navigation, hidden subtrees, and Footnote's own nodes.
 */

const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'CODE', 'PRE', 'KBD', 'SAMP', 'VAR', 'SVG', 'MATH', 'IFRAME', 'CANVAS', 'VIDEO', 'AUDIO', 'OBJECT',
  'NAV', 'HEAD', 'TITLE',
]);

const BLOCK_TAGS = new Set([
  'P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'DT', 'DD', 'TD', 'TH', 'CAPTION', 'FIGCAPTION', 'BLOCKQUOTE',
  'DIV', 'SECTION', 'ARTICLE', 'ASIDE', 'HEADER', 'FOOTER', 'MAIN', 'BODY', 'UL', 'OL', 'DL', 'TABLE', 'TR',
  'FIGURE', 'ADDRESS', 'DETAILS', 'SUMMARY', 'FORM', 'FIELDSET', 'LEGEND', 'HR', 'BR',
]);

/** Marks every node Footnote adds, so it never reads or re-annotates itself. */
export const OWN_ATTRIBUTE = 'data-footnote';

export interface TextBlock {
  /** The nearest block-level element holding the text. */
  element: Element;
  nodes: Text[];
  /** Offset of each node's text in `text`. */
  starts: number[];
  text: string;
}

/**
 * An element's tag as the sets above spell it. HTML elements of an HTML page already say it in
 * upper case; SVG and MathML ones ("svg", "foreignObject") and XML pages' do not, and start lower.
 */
function tagOf(element: Element): string {
  const tag = element.tagName;
  const first = tag.charCodeAt(0);
  return first >= 65 && first <= 90 ? tag : tag.toUpperCase();
}

export function isSkipped(element: Element): boolean {
  return isSkippedTag(element, tagOf(element));
}

function isSkippedTag(element: Element, tag: string): boolean {
  if (SKIP_TAGS.has(tag)) return true;
  // Most elements of a page carry no attribute Footnote minds, many none at all.
  if (!element.hasAttributes()) return false;
  if (element.hasAttribute(OWN_ATTRIBUTE)) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const role = element.getAttribute('role');
  if (role === 'navigation' || role === 'menu' || role === 'menubar' || role === 'textbox' || role === 'searchbox') return true;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  return false;
}

function isBlock(element: Element): boolean {
  return BLOCK_TAGS.has(tagOf(element));
}

/** The block element a node's text belongs to, as walkBlocks groups it (or `root`). */
export function blockAncestor(node: Node, root: Element): Element {
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el && el !== root; el = el.parentElement) {
    if (isBlock(el)) return el;
  }
  return root;
}

/** Whether `node` sits where Footnote must not read, up to (not including) `root`. */
export function isInsideSkipped(node: Node, root: Node): boolean {
  for (let el = node.parentElement; el && el !== root; el = el.parentElement) {
    if (isSkipped(el)) return true;
  }
  return false;
}

/**
 * Collects the blocks under `root` in document order. `root` itself is not checked for being
 * skipped: callers pass roots they chose (the body, or a node a mutation added).
 */
export function collectBlocks(root: Node): TextBlock[] {
  return [...walkBlocks(root)];
}

/**
 * The same blocks, one at a time, so a caller can stop and yield to the page between them (a
 * 1 MB page takes tens of milliseconds to walk). A block is yielded once the walk has left it.
 */
const LEAVE = Symbol('leave');

export function* walkBlocks(root: Node): Generator<TextBlock> {
  const fallback = root.nodeType === 1 ? (root as Element) : (root as Document).documentElement;
  // The block elements we are inside; the block being filled belongs to the top one.
  const owners: Element[] = [fallback];
  let current: TextBlock | undefined;
  // An explicit stack (deep pages must not overflow the call stack): a node to enter, or LEAVE
  // above the block element it closes. No tuple per node: a 1 MB page has tens of thousands.
  const stack: Array<Node | typeof LEAVE> = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node === LEAVE) {
      owners.pop();
      if (current) yield current;
      current = undefined;
      continue;
    }
    if (node.nodeType === 3) {
      const text = node as Text;
      if (!/\S/.test(text.data)) continue;
      const owner = owners.at(-1) ?? fallback;
      // A block interrupted by a nested block (a <div> inside a <div>) starts again after it.
      if (!current || current.element !== owner) {
        if (current) yield current;
        current = { element: owner, nodes: [], starts: [], text: '' };
      }
      current.starts.push(current.text.length);
      current.nodes.push(text);
      current.text += text.data;
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const element = node as Element;
    const tag = node !== root && node.nodeType === 1 ? tagOf(element) : '';
    if (tag && isSkippedTag(element, tag)) continue;
    if (tag && BLOCK_TAGS.has(tag)) {
      if (current) yield current;
      current = undefined;
      owners.push(element);
      stack.push(LEAVE);
    }
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  if (current) yield current;
}

/** The readable text of each block, its whitespace collapsed (the annotate tool's view). */
export function visibleBlocks(root: Node): string[] {
  return collectBlocks(root).map((b) => b.text.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** All the readable text as one string, blocks separated by blank lines. */
export function visibleText(root: Node): string {
  return visibleBlocks(root).join('\n\n');
}

/**
 * The part of a block whose text is rendered, asking `rendered` once per parent element; undefined
 * when none is. Hidden text is neither matched nor wrapped.
 */
export function renderedPart(block: TextBlock, rendered: (element: Element) => boolean): TextBlock | undefined {
  const verdicts = new Map<Element, boolean>();
  const shown = (node: Text) => {
    const parent = node.parentElement;
    if (!parent) return false;
    let v = verdicts.get(parent);
    if (v === undefined) verdicts.set(parent, (v = rendered(parent)));
    return v;
  };
  if (block.nodes.every(shown)) return block;
  const out: TextBlock = { element: block.element, nodes: [], starts: [], text: '' };
  for (const node of block.nodes) {
    if (!shown(node)) continue;
    out.starts.push(out.text.length);
    out.nodes.push(node);
    out.text += node.data;
  }
  return out.nodes.length ? out : undefined;
}
