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
  for (const id of order) {
    const form = forms[id];
    let common = 0;
    const max = Math.min(form.length, previous.length);
    while (common < max && form.charCodeAt(common) === previous.charCodeAt(common)) common++;
    for (let k = common; k < form.length; k++) {
      parents[edges] = path[k];
      chars[edges] = form.charCodeAt(k);
      path[k + 1] = ++edges;
    }
    const end = path[form.length];
    if (formAt[end] < 0) formAt[end] = id;
    previous = form;
  }
  const nodeCount = edges + 1;
  const edgeStart = new Int32Array(nodeCount + 1);
  for (let k = 0; k < edges; k++) edgeStart[parents[k] + 1]++;
  for (let n = 0; n < nodeCount; n++) edgeStart[n + 1] += edgeStart[n];
  const fill = edgeStart.slice(0, nodeCount);
  const edgeChar = new Uint16Array(edges);
  const edgeTarget = new Int32Array(edges);
  for (let k = 0; k < edges; k++) {
    const slot = fill[parents[k]]++;
    edgeChar[slot] = chars[k];
    edgeTarget[slot] = k + 1;
  }
  return withRoot({ edgeStart, edgeChar, edgeTarget, nodeForm: formAt.slice(0, nodeCount) });
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
  const root = trie.root;
  // A name starts at a letter not glued to a word before it ("Alexander-Arnold", "N'Golo"):
  // tested incrementally, since this loop sees every character.
  let prevWord = false;
  let glued = false; // the previous char is a hyphen or apostrophe right after a letter
  for (let i = 0; i < n; i++) {
    const code = foldCode(text.charCodeAt(i));
    const word = isWordCode(code);
    const startsHere = word && !prevWord && !glued;
    glued = (code === HYPHEN || code === APOSTROPHE) && prevWord;
    prevWord = word;
    if (!startsHere) continue;
    let node = code < ROOT_TABLE ? root[code] : child(trie, 0, code);
    if (node < 0) continue;
    let j = i + 1;
    let best = -1;
    let bestEnd = -1;
    if (nodeForm[node] >= 0 && isWordEnd(text, j)) {
      best = nodeForm[node];
      bestEnd = j;
    }
    while (j < n) {
      const c = foldCode(text.charCodeAt(j));
      let next = j + 1;
      if (c === SPACE) {
        while (next < n && foldCode(text.charCodeAt(next)) === SPACE) next++;
      }
      node = child(trie, node, c);
      if (node < 0) break;
      j = next;
      if (c !== SPACE && nodeForm[node] >= 0 && isWordEnd(text, j)) {
        best = nodeForm[node];
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
