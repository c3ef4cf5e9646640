/**
 * What learning while reading costs, on a 1 MB page of real gossip items (one block each): the
 * page's side (choosing blocks and packing learn messages, and their size) and the background's
 * (reading claims from the messages, then the history's rules over them). Medians of three runs.
 *
 *   npm run -s bench:learn
 *
 * Needs ../shared/corpus (the gossip items and the transfermarkt dataset); says so and stops without it.
 */
import { readFileSync } from 'node:fs';
import { blockMentions } from '../lib/annotate';
import { compileWithWordLists } from '../lib/engine/compile';
import { parseCsv } from '../lib/import/csv';
import { outletOfSource } from '../lib/rumours/score';
import { buildLearnMessage, learnBatches, type LearnRequest } from '../lib/rumours/learn-message';
import { claimsFromLearn } from '../lib/rumours/learn';
import { applyClaim, type LearnedEntry } from '../lib/rumours/history';
import { CORPUS, hasCorpus, transfermarktDataset } from '../tests/corpus/transfermarkt';
import { median } from './median';
import { at } from '../lib/indexing';

if (!hasCorpus()) {
  console.log('bench:learn needs ../shared/corpus (gossip items and players); it is not here.');
  process.exit(0);
}

function time<T>(f: () => T): { ms: number; value: T } {
  const runs: number[] = [];
  let value!: T;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    value = f();
    runs.push(performance.now() - t);
  }
  return { ms: median(runs), value };
}

const index = compileWithWordLists(transfermarktDataset());
const rows = parseCsv(readFileSync(`${CORPUS}/data/bbc-gossip-2021/gossip_items.csv`, 'utf8')).map((r) => r.fields);
const texts: string[] = [];
for (let size = 0, i = 0; size < 1_000_000; i++) {
  const row = at(rows, i % rows.length, 'gossip rows');
  const item = `${(row.raw_text ?? '').trim()} (${outletOfSource(row.source ?? '', row.source_url)})`;
  texts.push(item);
  size += item.length + 2;
}
const mentions = blockMentions(index, texts);
const blocks = texts.map((text, i) => ({ text, mentions: at(mentions, i, 'block mentions') }));
const facts = { siteName: 'Gossip', url: null, date: '2026-11-28', author: null };

const page = time(() => learnBatches(blocks.filter((b) => b.mentions.some((m) => m.kind === 'player') && b.mentions.some((m) => m.kind === 'club')))
  .map((run) => buildLearnMessage(run, facts)!));
const messages: LearnRequest[] = page.value;
const bytes = messages.reduce((n, m) => n + JSON.stringify(m).length, 0);
const sent = messages.reduce((n, m) => n + m.blocks.length, 0);
const read = time(() => messages.flatMap((m) => claimsFromLearn(m, { url: 'https://gossip.example/live', today: '2026-12-01' })));
const kept = time(() => {
  // As the store looks them up: the entries of the claim's player and club only.
  const byPair = new Map<string, LearnedEntry[]>();
  let n = 0;
  for (const claim of read.value) {
    const key = `${claim.playerId} ${claim.clubId}`;
    const entries = byPair.get(key) ?? [];
    const change = applyClaim(entries, claim);
    if (change.kind === 'new') entries.push({ ...change.entry, id: ++n });
    else if (change.kind === 'sighting') entries[entries.findIndex((e) => e.id === change.entry.id)] = change.entry;
    byPair.set(key, entries);
  }
  return n;
});
console.log(`1 MB of gossip items: ${texts.length} blocks, ${sent} sent in ${messages.length} messages (${(bytes / 1e6).toFixed(2)} MB as JSON)`);
console.log(`page side (choose and pack): ${page.ms.toFixed(1)} ms`);
console.log(`background side: ${read.value.length} claims read in ${read.ms.toFixed(0)} ms, ${kept.value} entries by the history's rules in ${kept.ms.toFixed(1)} ms`);
