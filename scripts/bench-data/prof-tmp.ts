import { fakePlayersCsv } from './fake-players';
import { importTransfermarkt } from '../../lib/import/transfermarkt';
import { mergeLayers } from '../../lib/dataset/merge';
import { compileWithWordLists } from '../../lib/engine/compile';
import { serialiseNameIndex } from '../../lib/engine/name-index';
import { digestOf, diffDigests } from '../../lib/dataset/digest';
import { searchEntries, SearchIndex } from '../../lib/search-index';
import { validateRecords } from '../../lib/dataset/validate';
import { readFileSync } from 'node:fs';
const big = importTransfermarkt(fakePlayersCsv(40000)).dataset;
const bundled = JSON.parse(readFileSync('public/dataset.json', 'utf8'));
const one = importTransfermarkt(fakePlayersCsv(1, 7, 900000)).dataset;
const prev = digestOf(mergeLayers([bundled, big]).dataset);
for (let r = 0; r < 2; r++) {
  let t = performance.now();
  const lap = (l: string) => { const n = performance.now(); console.log(l, (n - t).toFixed(0)); t = n; };
  validateRecords(big); lap('validate 40k');
  const m = mergeLayers([bundled, big, one]).dataset; lap('merge');
  const d = digestOf(m); lap('digest');
  const pd = JSON.parse(JSON.stringify(prev)); lap('digest json roundtrip');
  diffDigests(pd, d); lap('diff');
  const idx = compileWithWordLists(m); lap('compile');
  serialiseNameIndex(idx); lap('pack');
  const e = searchEntries(m); lap('search entries');
  JSON.stringify(e); lap('entries json');
  new SearchIndex(e); lap('search index');
}
