/**
 * The engine part of `npm run bench`: the name matcher (trie automaton over folded text) against
 * one alternation RegExp of the same names on the same folded text, and against mark.js
 * (`mark(terms[])`, one pass over the DOM per term) in a happy-dom document.
 *
 * Names: the real transfermarkt players of ../shared/corpus when present, topped up with a
 * deterministic generated list. Text: the BBC 2005 articles and gossip items, repeated to 1 MB.
 */
import { createRequire } from 'node:module';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { Window } from 'happy-dom';
import { buildTrie, scan } from '../lib/engine/trie';
import { fold, foldForm } from '../lib/engine/fold';
import { at } from '../lib/indexing';
import { median } from './median';

const CORPUS = '../shared/corpus';
const MB = 1_000_000;

/** The real transfermarkt names when the corpus is there (shared with bench-engine.ts). */
export function realNames(): string[] {
  const file = `${CORPUS}/data/transfermarkt-2025/players.csv`;
  if (!existsSync(file)) return [];
  const names = new Set<string>();
  for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
    const cells = line.split(',');
    for (const cell of [cells[5], cells[6], cells[7], `${cells[5]} ${cells[6]}`]) if (cell && /^[\p{L} '.-]+$/u.test(cell)) names.add(cell.trim());
  }
  return [...names];
}

/** A deterministic list of made-up names, when the corpus is absent. */
export function generatedNames(count: number, seed = 7): string[] {
  const syl = ['ka', 'ro', 'mi', 'len', 'dor', 'vi', 'sa', 'tel', 'an', 'gu', 'bri', 'os', 'ne', 'lu', 'ter', 'ma', 'zo', 'fi', 'ja', 'rek'];
  let s = seed;
  const rnd = () => ((s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff);
  const word = () => {
    const n = 2 + Math.floor(rnd() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += syl[Math.floor(rnd() * syl.length)];
    return at(w, 0).toUpperCase() + w.slice(1);
  };
  return Array.from({ length: count }, () => (rnd() < 0.5 ? word() : `${word()} ${word()}`));
}

/** News-like text: the corpus's 2005 reports and gossip items when present, else generated sentences. */
export function corpusText(): string {
  const parts: string[] = [];
  const bbc = `${CORPUS}/bbc-2005-sport`;
  if (existsSync(bbc)) for (const f of readdirSync(bbc)) parts.push(readFileSync(`${bbc}/${f}`, 'utf8'));
  const gossip = `${CORPUS}/data/bbc-gossip-2021/gossip_items.csv`;
  if (existsSync(gossip)) parts.push(readFileSync(gossip, 'utf8'));
  if (parts.length === 0) parts.push(generatedNames(20_000).join(' said the manager after the match. '));
  return parts.join('\n\n');
}

function newsText(bytes: number): string {
  let text = corpusText();
  while (text.length < bytes) text += `\n\n${text}`;
  return text.slice(0, bytes);
}

const time = (f: () => void) => {
  const t = performance.now();
  f();
  return performance.now() - t;
};

export interface EngineRow {
  forms: number;
  compileMs: number;
  regexCompileMs: number;
  engineMBs: number;
  regexMBs: number;
  vsRegex: number;
  /** Extrapolated from a run of at most 1,000 terms on a 100 kB slice. */
  markMBs?: number;
  vsMark?: number;
}

/** mark.js on `text` (as paragraphs in a happy-dom page) with `terms`: ms for one mark() call. */
function markJsMs(text: string, terms: string[]): number {
  const require = createRequire(import.meta.url);
  const window = new Window();
  const doc = window.document;
  const body = doc.body;
  for (const para of text.split(/\n+/)) {
    const p = doc.createElement('p');
    p.textContent = para;
    body.appendChild(p);
  }
  // mark.js is a browser script: it reads window and document as globals.
  const g = globalThis as unknown as Record<string, unknown>;
  const names = ['NodeFilter', 'NodeList', 'HTMLElement', 'Element', 'Node', 'Text', 'Document'] as const;
  const saved: Record<string, unknown> = { window: g.window, document: g.document };
  for (const n of names) saved[n] = g[n];
  Object.assign(g, { window, document: doc }, Object.fromEntries(names.map((n) => [n, (window as unknown as Record<string, unknown>)[n]])));
  try {
    const Mark = require('mark.js/dist/mark.js') as new (el: unknown) => { mark: (t: string[], o: object) => void };
    const instance = new Mark(body);
    return time(() => instance.mark(terms, { separateWordSearch: false, accuracy: 'exactly' }));
  } finally {
    Object.assign(g, saved);
    void window.happyDOM.close();
  }
}

export async function engineBench(formCounts: number[], runs: number): Promise<{ rows: EngineRow[]; names: string; markNote: string }> {
  const real = realNames();
  const pool = [...new Set([...real, ...generatedNames(Math.max(...formCounts) * 2)].map(foldForm))];
  const raw = newsText(MB);
  const text = fold(raw);
  const rows: EngineRow[] = [];
  // mark.js, once, on 100 kB. With 1,000 terms it overflows the RegExp stack here ("Invalid regular
  // expression … Stack overflow") and sometimes takes the whole process down (RegExpCompiler out of
  // memory), so it starts at 500 terms and halves on an overflow.
  const markSlice = raw.slice(0, 100_000);
  let markTerms = pool.slice(0, 500);
  let markMs = NaN;
  while (markTerms.length >= 50) {
    try {
      markMs = median(Array.from({ length: runs }, () => markJsMs(markSlice, markTerms)));
      break;
    } catch (error) {
      if (!/stack|call stack/i.test(String(error))) throw error;
      markTerms = markTerms.slice(0, markTerms.length / 2);
    }
  }
  for (const forms of formCounts) {
    const names = pool.slice(0, forms);
    let trie = buildTrie(names);
    const compileMs = median(Array.from({ length: runs }, () => time(() => (trie = buildTrie(names)))));
    let found = 0;
    const scanMs = median(Array.from({ length: runs }, () => time(() => scan(trie, text, () => found++))));
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    let regex!: RegExp;
    // V8 compiles a RegExp on its first use: that belongs to its compile time, as the automaton's build does.
    const regexCompileMs = time(() => {
      regex = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...names].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
      regex.exec('warm up');
      regex.lastIndex = 0;
    });
    // The RegExp on a 20 kB slice (1 MB would take minutes at 50,000 forms), as MB/s.
    const slice = text.slice(0, 20_000);
    const regexMs = median(Array.from({ length: runs }, () => time(() => void [...slice.matchAll(regex)].length)));
    const engineMBs = text.length / MB / (scanMs / 1000);
    const regexMBs = slice.length / MB / (regexMs / 1000);
    // Linear in terms (one pass per term) and in text size.
    const markMsHere = markMs * (forms / markTerms.length) * (text.length / markSlice.length);
    const markMBs = text.length / MB / (markMsHere / 1000);
    rows.push({ forms, compileMs, regexCompileMs, engineMBs, regexMBs, vsRegex: engineMBs / regexMBs, markMBs, vsMark: engineMBs / markMBs });
  }
  return {
    rows,
    names: real.length ? `${real.length} real transfermarkt names, topped up with generated ones` : 'generated names (corpus absent)',
    markNote: `extrapolated from one mark() of ${markTerms.length} terms on ${markSlice.length / 1000} kB (${markMs.toFixed(0)} ms), linearly by terms and text size`,
  };
}
