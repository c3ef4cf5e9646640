/**
 * A character trie over folded surface forms, flattened into typed arrays so it can be built
 * once, stored, sent to a content script as plain JSON and scanned without allocating.
 *
 * Names only start at word starts, so instead of an Aho-Corasick automaton we walk the trie
 * from each word start and keep the longest form that ends on a word end: the same matches
 * for word-anchored patterns, no failure links, and at most a few steps per word in practice.
 */
import { foldCode, foldTables, isWordCode, WORD_BIT } from './fold';

export interface Trie {
  /** edgeStart[n]..edgeStart[n+1] are node n's edges, sorted by char. */
  edgeStart: Int32Array;
  edgeChar: Uint16Array;
  edgeTarget: Int32Array;
  /** The form id that ends at a node, or -1. */
  nodeForm: Int32Array;
  /** Root edges as a dense table for the first character (built on load, never stored). */
  root: Int32Array;
}

const ROOT_TABLE = 0x2500;
const SPACE = 32;
const NONE = -1;
const CODE_MASK = 0xffff;
/** fold.ts's WORD_BIT as this module's own constant: the scan tests it for every character. */
const WORD = WORD_BIT;

/**
 * A node, edge or form read from the trie's arrays. The trie may come from storage, so a read past
 * an array's end counts as "no such node" (-1) and the scan simply finds nothing there.
 */
function cell(array: Int32Array, i: number): number {
  return array[i] ?? NONE;
}

/**
 * A read in the build, where the loop bounds keep `i` inside the array: a miss is a bug in this
 * file and throws. One helper per array type keeps the call monomorphic, so V8 inlines it.
 */
function int(array: Int32Array, i: number): number {
  const value = array[i];
  if (value === undefined) throw new RangeError(`trie build: no cell ${i} (length ${array.length})`);
  return value;
}
function char(array: Uint16Array, i: number): number {
  const value = array[i];
  if (value === undefined) throw new RangeError(`trie build: no char ${i} (length ${array.length})`);
  return value;
}

/** Builds a trie; `forms[i]` (folded, single-spaced) gets form id i. */
export function buildTrie(forms: readonly string[]): Trie {
  const order = forms.map((form, id) => ({ form, id })).sort((a, b) => (a.form < b.form ? -1 : a.form > b.form ? 1 : 0));
  // Sorted insertion creates each node's children in char order. Node k+1 is created by edge k
  // (parent[k], char[k]); edges are grouped by parent afterwards with a counting sort.
  let total = 0;
  let longest = 0;
  for (const form of forms) {
    total += form.length;
    longest = Math.max(longest, form.length);
  }
  const parents = new Int32Array(total);
  const chars = new Uint16Array(total);
  const formAt = new Int32Array(total + 1).fill(-1);
  const path = new Int32Array(longest + 1);
  let edges = 0;
  let previous = '';
  for (const { form, id } of order) {
    let common = 0;
    const max = Math.min(form.length, previous.length);
    while (common < max && form.charCodeAt(common) === previous.charCodeAt(common)) common++;
    for (let k = common; k < form.length; k++) {
      parents[edges] = int(path, k);
      chars[edges] = form.charCodeAt(k);
      path[k + 1] = ++edges;
    }
    const end = int(path, form.length);
    if (cell(formAt, end) < 0) formAt[end] = id;
    previous = form;
  }
  const nodeCount = edges + 1;
  const edgeStart = new Int32Array(nodeCount + 1);
  // Counting sort of the edges by parent: edgeStart[p + 1] counts p's edges, then prefix sums.
  for (const parent of parents.subarray(0, edges)) edgeStart[parent + 1] = int(edgeStart, parent + 1) + 1;
  for (let n = 0; n < nodeCount; n++) edgeStart[n + 1] = int(edgeStart, n + 1) + int(edgeStart, n);
  const fill = edgeStart.slice(0, nodeCount);
  const edgeChar = new Uint16Array(edges);
  const edgeTarget = new Int32Array(edges);
  for (let k = 0; k < edges; k++) {
    const parent = int(parents, k);
    const slot = int(fill, parent);
    fill[parent] = slot + 1;
    edgeChar[slot] = char(chars, k);
    edgeTarget[slot] = k + 1;
  }
  return withRoot({ edgeStart, edgeChar, edgeTarget, nodeForm: formAt.slice(0, nodeCount) });
}

export function withRoot(trie: Omit<Trie, 'root'> & { root?: Int32Array }): Trie {
  const root = new Int32Array(ROOT_TABLE).fill(-1);
  for (let e = cell(trie.edgeStart, 0), end = cell(trie.edgeStart, 1); e < end; e++) {
    const c = trie.edgeChar[e];
    if (c !== undefined && c < ROOT_TABLE) root[c] = cell(trie.edgeTarget, e);
  }
  return { ...trie, root };
}

/** A code's class (lib/engine/fold.ts: FoldTables.classes), here so the scan's calls stay within this module (and inline). */
function classOf(classes: Int32Array, code: number): number {
  if (code < classes.length) return classes[code] ?? code;
  return code >= 0x3040 ? code | WORD : code;
}

/**
 * The node reached from `node` by `c`, or -1. The arrays come in as arguments, not as a trie's
 * fields: the scan calls this for every step, and reads of locals stay monomorphic and inlined
 * (reading them through the object and a helper per cell made the scan about 2.5 times slower).
 */
function childOf(edgeStart: Int32Array, edgeChar: Uint16Array, edgeTarget: Int32Array, node: number, c: number): number {
  const first = edgeStart[node];
  const end = edgeStart[node + 1];
  // A trie from storage may be cut short: a node past its end has no edges.
  if (first === undefined || end === undefined || first < 0) return NONE;
  if (end - first <= 8) {
    for (let e = first; e < end; e++) if (edgeChar[e] === c) return edgeTarget[e] ?? NONE;
    return NONE;
  }
  let lo = first;
  let hi = end - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = edgeChar[mid];
    if (m === undefined) return NONE;
    if (m === c) return edgeTarget[mid] ?? NONE;
    if (m < c) lo = mid + 1;
    else hi = mid - 1;
  }
  return NONE;
}

const HYPHEN = 45;
const APOSTROPHE = 39;

/** A name may end before `i`: not inside a longer word; a possessive 's is fine ("Konaté's"). */
export function isWordEnd(text: string, i: number): boolean {
  if (i >= text.length) return true;
  const next = foldCode(text.charCodeAt(i));
  if (isWordCode(next)) return false;
  if (next === HYPHEN) return !(i + 1 < text.length && isWordCode(text.charCodeAt(i + 1)));
  if (next === APOSTROPHE && i + 1 < text.length && isWordCode(text.charCodeAt(i + 1))) {
    return foldCode(text.charCodeAt(i + 1)) === 115 /* s */ && !(i + 2 < text.length && isWordCode(text.charCodeAt(i + 2)));
  }
  return true;
}

/**
 * Calls `onMatch(start, end, formId)` for the longest form at each word start, left to right,
 * without overlaps. Offsets are UTF-16 code units into `text`.
 */
export function scan(trie: Trie, text: string, onMatch: (start: number, end: number, form: number) => void): void {
  const n = text.length;
  const { edgeStart, edgeChar, edgeTarget, nodeForm, root } = trie;
  // Read once per scan, not once per character.
  const classes = foldTables().classes;
  // A name starts at a letter not glued to a word before it ("Alexander-Arnold", "N'Golo"):
  // tested incrementally, since this loop sees every character.
  let prevWord = false;
  let glued = false; // the previous char is a hyphen or apostrophe right after a letter
  for (let i = 0; i < n; i++) {
    const cls = classOf(classes, text.charCodeAt(i));
    const code = cls & CODE_MASK;
    const word = (cls & WORD) !== 0;
    const startsHere = word && !prevWord && !glued;
    glued = (code === HYPHEN || code === APOSTROPHE) && prevWord;
    prevWord = word;
    if (!startsHere) continue;
    let node = code < ROOT_TABLE ? (root[code] ?? NONE) : childOf(edgeStart, edgeChar, edgeTarget, 0, code);
    if (node < 0) continue;
    let j = i + 1;
    let best = nodeForm[node] ?? NONE;
    let bestEnd = j;
    if (best >= 0 && !isWordEnd(text, j)) best = NONE;
    while (j < n) {
      const c = classOf(classes, text.charCodeAt(j)) & CODE_MASK;
      let next = j + 1;
      if (c === SPACE) {
        while (next < n && (classOf(classes, text.charCodeAt(next)) & CODE_MASK) === SPACE) next++;
      }
      node = childOf(edgeStart, edgeChar, edgeTarget, node, c);
      if (node < 0) break;
      j = next;
      const form = c === SPACE ? NONE : (nodeForm[node] ?? NONE);
      if (form >= 0 && isWordEnd(text, j)) {
        best = form;
        bestEnd = j;
      }
    }
    if (best >= 0) {
      onMatch(i, bestEnd, best);
      // Resume after the match: the char before the resume point ends a word.
      i = bestEnd - 1;
      prevWord = true;
      glued = false;
    }
  }
}

export function trieBytes(trie: Trie): number {
  return trie.edgeStart.byteLength + trie.edgeChar.byteLength + trie.edgeTarget.byteLength + trie.nodeForm.byteLength + trie.root.byteLength;
}
