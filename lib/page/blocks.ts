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

export function isSkipped(element: Element): boolean {
  if (SKIP_TAGS.has(element.tagName.toUpperCase())) return true;
  if (element.hasAttribute(OWN_ATTRIBUTE) || element.hasAttribute('data-footnote-entity')) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const role = element.getAttribute('role');
  if (role === 'navigation' || role === 'menu' || role === 'menubar' || role === 'textbox' || role === 'searchbox') return true;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  return false;
}

function isBlock(element: Element): boolean {
  return BLOCK_TAGS.has(element.tagName.toUpperCase());
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
  const blocks: TextBlock[] = [];
  const byElement = new Map<Element, TextBlock>();
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* elements and text */, {
    acceptNode(node: Node) {
      if (node.nodeType === 1) return isSkipped(node as Element) ? 2 /* reject subtree */ : 3 /* skip, descend */;
      return 1;
    },
  });
  const fallback = root.nodeType === 1 ? (root as Element) : (root as Document).documentElement;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    if (!text.data.trim()) continue;
    let element: Element | null = text.parentElement;
    while (element && element !== root && !isBlock(element)) element = element.parentElement;
    const owner = element ?? fallback;
    let block = byElement.get(owner);
    // A block interrupted by a nested block (a <div> inside a <div>) starts again after it.
    if (!block || block !== blocks[blocks.length - 1]) {
      block = { element: owner, nodes: [], starts: [], text: '' };
      byElement.set(owner, block);
      blocks.push(block);
    }
    block.starts.push(block.text.length);
    block.nodes.push(text);
    block.text += text.data;
  }
  return blocks;
}

/** All the readable text as one string, blocks separated by blank lines (the annotate tool's view). */
export function visibleText(root: Node): string {
  return collectBlocks(root).map((b) => b.text.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n\n');
}
