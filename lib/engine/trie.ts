/**
 * A character trie over folded surface forms, flattened into typed arrays so it can be built
 * once, stored, sent to a content script as plain JSON and scanned without allocating.
 *
 * Names only start at word starts, so instead of an Aho-Corasick automaton we walk the trie
 * from each word start and keep the longest form that ends on a word end: the same matches
 * for word-anchored patterns, no failure links, and at most a few steps per word in practice.
 */
import { foldCode, isWordCode } from './fold';

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

/** Builds a trie; `forms[i]` (folded, single-spaced) gets form id i. */
export function buildTrie(forms: readonly string[]): Trie {
  const order = forms.map((_, i) => i).sort((a, b) => (forms[a] < forms[b] ? -1 : forms[a] > forms[b] ? 1 : 0));
  // Sorted insertion creates each node's children in char order; edges are recorded as triples
  // and grouped by parent afterwards with a counting sort.
  const parents: number[] = [];
  const chars: number[] = [];
  const nodeFormList: number[] = [-1];
  const path: number[] = [0];
  let previous = '';
  for (const id of order) {
    const form = forms[id];
    let common = 0;
    const max = Math.min(form.length, previous.length);
    while (common < max && form.charCodeAt(common) === previous.charCodeAt(common)) common++;
    path.length = common + 1;
    for (let k = common; k < form.length; k++) {
      const node = nodeFormList.length;
      nodeFormList.push(-1);
      parents.push(path[k]);
      chars.push(form.charCodeAt(k));
      path.push(node);
    }
    const end = path[form.length];
    if (nodeFormList[end] < 0) nodeFormList[end] = id;
    previous = form;
  }
  const nodeCount = nodeFormList.length;
  const edgeStart = new Int32Array(nodeCount + 1);
  for (const p of parents) edgeStart[p + 1]++;
  for (let n = 0; n < nodeCount; n++) edgeStart[n + 1] += edgeStart[n];
  const fill = edgeStart.slice(0, nodeCount);
  const edgeChar = new Uint16Array(parents.length);
  const edgeTarget = new Int32Array(parents.length);
  // Node k+1 is the child created by triple k (nodes are numbered in creation order).
  for (let k = 0; k < parents.length; k++) {
    const slot = fill[parents[k]]++;
    edgeChar[slot] = chars[k];
    edgeTarget[slot] = k + 1;
  }
  return withRoot({ edgeStart, edgeChar, edgeTarget, nodeForm: Int32Array.from(nodeFormList), root: new Int32Array(0) });
}

export function withRoot(trie: Omit<Trie, 'root'> & { root?: Int32Array }): Trie {
  const root = new Int32Array(ROOT_TABLE).fill(-1);
  for (let e = trie.edgeStart[0]; e < trie.edgeStart[1]; e++) {
    if (trie.edgeChar[e] < ROOT_TABLE) root[trie.edgeChar[e]] = trie.edgeTarget[e];
  }
  return { ...trie, root };
}

function child(trie: Trie, node: number, c: number): number {
  if (node === 0 && c < ROOT_TABLE) return trie.root[c];
  let lo = trie.edgeStart[node];
  let hi = trie.edgeStart[node + 1] - 1;
  const chars = trie.edgeChar;
  if (hi - lo < 8) {
    for (let e = lo; e <= hi; e++) if (chars[e] === c) return trie.edgeTarget[e];
    return -1;
  }
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = chars[mid];
    if (m === c) return trie.edgeTarget[mid];
    if (m < c) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

const HYPHEN = 45;
const APOSTROPHE = 39;

/** A name may start here: a letter not glued to a word before it ("Alexander-Arnold", "N'Golo"). */
export function isWordStart(text: string, i: number): boolean {
  if (!isWordCode(text.charCodeAt(i))) return false;
  if (i === 0) return true;
  const prev = foldCode(text.charCodeAt(i - 1));
  if (isWordCode(prev)) return false;
  if ((prev === HYPHEN || prev === APOSTROPHE) && i >= 2 && isWordCode(text.charCodeAt(i - 2))) return false;
  return true;
}

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
  const nodeForm = trie.nodeForm;
  for (let i = 0; i < n; i++) {
    if (!isWordStart(text, i)) continue;
    let node = 0;
    let j = i;
    let best = -1;
    let bestEnd = -1;
    while (j < n) {
      let c = foldCode(text.charCodeAt(j));
      let next = j + 1;
      if (c === SPACE) {
        while (next < n && foldCode(text.charCodeAt(next)) === SPACE) next++;
      }
      node = child(trie, node, c);
      if (node < 0) break;
      j = next;
      if (nodeForm[node] >= 0 && c !== SPACE && isWordEnd(text, j)) {
        best = nodeForm[node];
        bestEnd = j;
      }
    }
    if (best >= 0) {
      onMatch(i, bestEnd, best);
      i = bestEnd - 1;
    }
  }
}

export function trieBytes(trie: Trie): number {
  return trie.edgeStart.byteLength + trie.edgeChar.byteLength + trie.edgeTarget.byteLength + trie.nodeForm.byteLength + trie.root.byteLength;
}
