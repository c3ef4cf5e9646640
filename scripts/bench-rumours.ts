/**
 * How long rumour extraction takes beside name matching, on real pages and on a 1 MB page of
 * gossip items, same process, same blocks: the median of several runs each.
 *
 *   npm run -s bench:rumours
 *
 * Needs ../shared/corpus (the real pages and the transfermarkt dataset); says so and stops without it.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { blockMentions } from '../lib/annotate';
import { compileWithWordLists } from '../lib/engine/compile';
import { extractRumours } from '../lib/rumours/extract';
import { readPage } from '../lib/rumours/page-facts';
import { parseCsv } from '../lib/import/csv';
import { outletOfSource } from '../lib/rumours/score';
import { CORPUS, hasCorpus, transfermarktDataset } from '../tests/corpus/transfermarkt';
import { median } from './median';
import { at } from '../lib/indexing';

if (!hasCorpus()) {
  console.log('bench:rumours needs ../shared/corpus (real pages and players); it is not here.');
  process.exit(0);
}

function time(runs: number, f: () => void): number {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    f();
    out.push(performance.now() - t);
  }
  return median(out);
}

const index = compileWithWordLists(transfermarktDataset());
const pages: Array<[string, string[]]> = ['13-thesun-2024-04-22-phil-foden-girlfriend.html', '12-eveningstandard-2024-05-02-chelsea-tottenham-cobham.html', '01-skynews-mourinho-tottenham-2019.html'].map((f) => {
  const { document } = parseHTML(readFileSync(`${CORPUS}/html/${f}`, 'utf8'));
  return [f, readPage(document as unknown as Document, null).blocks];
});
const rows = parseCsv(readFileSync(`${CORPUS}/data/bbc-gossip-2021/gossip_items.csv`, 'utf8')).map((r) => r.fields);
const gossip: string[] = [];
for (let size = 0, i = 0; size < 1_000_000; i++) {
  const row = at(rows, i % rows.length, 'gossip rows');
  const item = `${(row.raw_text ?? '').trim()} (${outletOfSource(row.source ?? '', row.source_url)})`;
  gossip.push(item);
  size += item.length + 2;
}
pages.push(['1 MB of gossip items, one block each', gossip]);

const facts = { siteName: null, url: null, date: null, author: null };
for (const [name, blocks] of pages) {
  const chars = blocks.reduce((n, b) => n + b.length, 0);
  const runs = chars > 100_000 ? 3 : 15;
  const mentions = blockMentions(index, blocks);
  const tm = time(runs, () => blockMentions(index, blocks));
  let claims = 0;
  const tr = time(runs, () => (claims = extractRumours({ blocks, mentions, facts }).length));
  console.log(`${name}: ${chars.toLocaleString('en')} characters, ${blocks.length} blocks, ${claims} claims — mentions ${tm.toFixed(1)} ms, rumours ${tr.toFixed(1)} ms (${((tr / chars) * 1e6).toFixed(0)} ms per million characters)`);
}
