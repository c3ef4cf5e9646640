/**
 * bench:engine: the name matcher against the usual approach (one big alternation regular
 * expression of the same names), in one process, on the same folded text, reported as ratios.
 *
 *   npm run bench:engine [-- --forms 50000 --megabytes 8] [--against <git revision> --runs 3]
 *
 * With --against, also the whole page matcher (reading blocks and resolving the page) of this
 * tree against the one at that revision (extracted with git archive into a temporary folder),
 * on the same dataset of about --forms surface forms: alternating, --runs runs each (3), medians
 * and fastest runs of CPU time.
 *
 * Names: the 5,029 real players of ../shared/corpus (when present) and their clubs, topped up
 * with generated names to the requested count. Text: the 2005 BBC articles and the gossip
 * items of ../shared/corpus, repeated to size (or generated prose when absent).
 */
import { execSync } from 'node:child_process';
import { corpusText, generatedNames, realNames } from './bench-engine-core';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Dataset } from '../lib/dataset/types';
import { buildTrie, scan, trieBytes } from '../lib/engine/trie';
import { fold, foldForm } from '../lib/engine/fold';
import { median } from './median';

const args = process.argv.slice(2);
const opt = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const FORMS = opt('forms', 50_000);
const against = args.includes('--against') ? args[args.indexOf('--against') + 1] : undefined;
const RUNS = opt('runs', 3);
const MEGABYTES = opt('megabytes', 8);
const CORPUS = '../shared/corpus';

const ms = (f: () => void) => {
  const t = performance.now();
  f();
  return performance.now() - t;
};

const names = [...new Set([...realNames(), ...generatedNames(FORMS * 2)].map(foldForm))].slice(0, FORMS);
let text = corpusText();
while (text.length < MEGABYTES * 1_000_000) text += `\n\n${text}`;
text = fold(text.slice(0, MEGABYTES * 1_000_000));
const mb = text.length / 1_000_000;

// The engine.
let trie = buildTrie(names);
const build = Math.min(...[0, 1, 2].map(() => ms(() => (trie = buildTrie(names)))));
let found = 0;
scan(trie, text.slice(0, 100_000), () => found++);
const scanMs = Math.min(...[0, 1, 2].map(() => ms(() => { found = 0; scan(trie, text, () => found++); })));

// The baseline: one alternation, longest names first, word-bounded, on the same folded text.
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const sorted = [...names].sort((a, b) => b.length - a.length).map(escape);
let regex!: RegExp;
const regexBuild = ms(() => (regex = new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.join('|')})(?![\\p{L}\\p{N}])`, 'gu')));
const slice = text.slice(0, 20_000);
let regexFound = 0;
const regexMs = ms(() => { regexFound = [...slice.matchAll(regex)].length; });
const regexMBs = slice.length / 1_000_000 / (regexMs / 1000);
const engineMBs = mb / (scanMs / 1000);

const row = (label: string, value: string) => console.log(`${label.padEnd(34)} ${value}`);
console.log(`bench:engine: ${names.length.toLocaleString()} surface forms, ${mb.toFixed(1)} MB of folded text\n`);
row('engine: build', `${build.toFixed(1)} ms`);
row('engine: automaton memory', `${(trieBytes(trie) / 1_048_576).toFixed(2)} MB`);
row('engine: scan', `${engineMBs.toFixed(1)} MB/s (${found.toLocaleString()} raw matches)`);
row('baseline regex: build', `${regexBuild.toFixed(1)} ms`);
row('baseline regex: scan (20 kB slice)', `${regexMBs.toFixed(3)} MB/s (${regexFound} matches in the slice)`);
row('scan speed ratio (engine/regex)', `${(engineMBs / regexMBs).toFixed(0)}x`);

if (against) await comparePageMatchers(against);

/** A dataset of about FORMS surface forms: the corpus's real players, topped up with generated ones. */
async function benchDataset(): Promise<Dataset> {
  const file = `${CORPUS}/data/transfermarkt-2025/players.csv`;
  let dataset: Dataset = { format: 'footnote-dataset', version: 1, asOf: '2026-01-01', source: 'bench', clubs: [], players: [] };
  if (existsSync(file)) {
    const { importTransfermarkt } = await import('../lib/import/transfermarkt');
    dataset = importTransfermarkt(readFileSync(file, 'utf8')).dataset;
  }
  // Generated players (two-word names: a full form and a surname form) until the index has FORMS forms.
  const { compileNameIndex } = await import('../lib/engine/name-index');
  const extra = generatedNames(FORMS * 3, 11).filter((n) => n.includes(' '));
  const clubIds = dataset.clubs.map((c) => c.id);
  let players = dataset.players;
  for (let used = 0; compileNameIndex({ ...dataset, players }).forms.length < FORMS && used < extra.length; ) {
    const missing = FORMS - compileNameIndex({ ...dataset, players }).forms.length;
    const add = extra.slice(used, used + Math.ceil(missing / 1.5) + 1);
    const first = used;
    used += add.length;
    players = [...players, ...add.map((name, i) => ({ id: `gen-${first + i}`, name, clubId: clubIds[i % Math.max(1, clubIds.length)] }))];
  }
  return { ...dataset, players };
}

async function comparePageMatchers(revision: string) {
  const dir = mkdtempSync(join(tmpdir(), 'footnote-bench-'));
  try {
    execSync(`git archive ${revision} lib | tar -x -C ${dir}`, { stdio: ['ignore', 'ignore', 'inherit'] });
    symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
    const engines = {
      new: { compile: (await import('../lib/engine/compile')).compileWithWordLists, Page: (await import('../lib/engine/page-matcher')).PageMatcher },
      old: { compile: (await import(join(dir, 'lib/engine/compile.ts'))).compileWithWordLists, Page: (await import(join(dir, 'lib/engine/page-matcher.ts'))).PageMatcher },
    };
    const dataset = await benchDataset();
    // Paragraphs (and gossip items, one a line), in pages of 40 blocks, as the content script feeds them.
    const blocks = corpusText().split(/\n/).filter((b) => b.trim());
    const pageBlocks: string[][] = [];
    for (let i = 0; i < blocks.length; i += 40) pageBlocks.push(blocks.slice(i, i + 40));
    const bytes = blocks.reduce((n, b) => n + b.length, 0);
    const built = {
      new: engines.new.compile(dataset),
      old: engines.old.compile(dataset),
    };
    // CPU time of this process, not wall time: other processes on a shared machine stretch wall time unevenly.
    const cpuMs = (f: () => void) => {
      const t = process.cpuUsage();
      f();
      const d = process.cpuUsage(t);
      return (d.user + d.system) / 1000;
    };
    const run = (name: 'new' | 'old') => cpuMs(() => {
      for (const page of pageBlocks) {
        const matcher = new engines[name].Page(built[name], { today: '2026-12-01' });
        for (const b of page) matcher.add(b);
        matcher.resolve();
      }
    });
    run('new');
    run('old');
    const times = { new: [] as number[], old: [] as number[] };
    for (let k = 0; k < RUNS; k++) {
      times.old.push(run('old'));
      times.new.push(run('new'));
    }
    console.log(`\npage matcher, this tree against ${revision}: ${built.new.forms.length.toLocaleString()} surface forms (${built.old.forms.length.toLocaleString()} at ${revision}), ${pageBlocks.length} pages, ${(bytes / 1e6).toFixed(1)} MB`);
    row(`  ${revision}: read + resolve`, `${median(times.old).toFixed(0)} ms CPU (runs ${times.old.map((t) => t.toFixed(0)).join(', ')})`);
    row('  this tree: read + resolve', `${median(times.new).toFixed(0)} ms CPU (runs ${times.new.map((t) => t.toFixed(0)).join(', ')})`);
    row('  this tree / old (median)', `${((median(times.new) / median(times.old) - 1) * 100).toFixed(1)} %`);
    // The fastest run of each is the one least disturbed by the rest of the machine.
    row('  this tree / old (fastest run)', `${((Math.min(...times.new) / Math.min(...times.old) - 1) * 100).toFixed(1)} %`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
