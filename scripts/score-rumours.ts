/**
 * Scores the rumour extractor on the hand-labelled sets (tests/fixtures/rumours): pair
 * precision, recall and F1 (player + club per file), status family and outlet accuracy on the
 * pairs found, false rumours on pages with none.
 *
 *   npm run -s score:rumours [-- --errors]
 *
 * The gossip set needs ../shared/corpus (read at run time); without it only our own pages are scored.
 */
import { scoreRumours, type Score } from '../lib/rumours/score';
import { gossipSet, hasBundled, hasGossip, pageSet } from '../tests/fixtures/rumours/sets';

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)} %` : 'n/a');

function report(name: string, s: Score, errors: boolean) {
  console.log(`${name}: ${s.files} files, ${s.labelled} labelled pairs`);
  console.log(`  pairs  precision ${s.precision.toFixed(3)}  recall ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  (${s.truePairs} right, ${s.falsePairs} wrong, ${s.missedPairs} missed)`);
  console.log(`  status family right ${pct(s.statusRight, s.truePairs)}   outlet right ${pct(s.outletRight, s.outletChecked)}   false rumours on pages with none: ${s.falseOnEmpty}`);
  if (errors) for (const e of s.errors) console.log(`    ${e}`);
}

const errors = process.argv.includes('--errors');
if (hasGossip()) {
  report('BBC gossip 2021, development set (real items, bracketed sources)', scoreRumours(gossipSet('development')), errors);
  report('BBC gossip 2021, validation set (kept apart at first, then used for a few rules)', scoreRumours(gossipSet('validation')), errors);
  report('BBC gossip 2021, test set (labelled after the rules were settled, then used for a few more)', scoreRumours(gossipSet('test')), errors);
  report('BBC gossip 2021, final set (labelled last, never tuned against)', scoreRumours(gossipSet('final')), errors);
}
else console.log('BBC gossip 2021: skipped, ../shared/corpus is not here');
report('our own pages, fixture dataset', scoreRumours(pageSet('fixture')), errors);
if (hasBundled()) report('our own pages, bundled dataset (2025-26 players)', scoreRumours(pageSet('bundled')), errors);
else console.log('bundled-dataset pages: skipped, run npm run dataset:build first');
