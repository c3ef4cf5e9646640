/**
 * Scores the rumour extractor on the hand-labelled sets (tests/fixtures/rumours): pair
 * precision, recall and F1 (player + club per file), status family and outlet accuracy on the
 * pairs found, false rumours on pages with none.
 *
 *   npm run -s score:rumours [-- --errors]
 *
 * The gossip sets need ../shared/corpus (read at run time); without it only our own pages are
 * scored. `--baseline` scores a naive reader instead, for comparison: every player with every
 * club named in the same sentence, as interest, credited to the item's bracket.
 */
import { blockMentions } from '../lib/annotate';
import { bracketCredit } from '../lib/rumours/credit';
import { scoreRumours, type FoundRumour, type Score } from '../lib/rumours/score';
import { items } from '../lib/rumours/text';
import { gossipSet, hasBundled, hasGossip, pageSet, type Reader } from '../tests/fixtures/rumours/sets';
import { at } from '../lib/indexing';

const sameSentence: Reader = (index, page) => {
  const found: FoundRumour[] = [];
  const mentions = blockMentions(index, page.blocks);
  page.blocks.forEach((block, b) => {
    for (const item of items(block)) {
      const outlet = item.source ? bracketCredit(item.source.text).outlet : page.facts.siteName;
      for (const s of item.sentences) {
        const ms = at(mentions, b).filter((m) => m.start >= s.start && m.end <= s.end);
        for (const p of ms.filter((m) => m.kind === 'player')) {
          for (const c of ms.filter((m) => m.kind === 'club')) found.push({ playerId: p.entityId, clubId: c.entityId, status: 'interest', outlet });
        }
      }
    }
  });
  return found;
};

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)} %` : 'n/a');

function report(name: string, s: Score, errors: boolean) {
  console.log(`${name}: ${s.files} files, ${s.labelled} labelled pairs`);
  console.log(`  pairs  precision ${s.precision.toFixed(3)}  recall ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  (${s.truePairs} right, ${s.falsePairs} wrong, ${s.missedPairs} missed)`);
  console.log(`  status family right ${pct(s.statusRight, s.truePairs)}   outlet right ${pct(s.outletRight, s.outletChecked)}   false rumours on pages with none: ${s.falseOnEmpty}`);
  if (errors) for (const e of s.errors) console.log(`    ${e}`);
}

const errors = process.argv.includes('--errors');
const read = process.argv.includes('--baseline') ? sameSentence : undefined;
if (read) console.log('(the naive same-sentence baseline, not the extractor)');
if (hasGossip()) {
  report('BBC gossip 2021, development set (real items, bracketed sources)', scoreRumours(gossipSet('development', read)), errors);
  report('BBC gossip 2021, validation set (kept apart at first, then used for a few rules)', scoreRumours(gossipSet('validation', read)), errors);
  report('BBC gossip 2021, test set (labelled after the rules were settled, then used for a few more)', scoreRumours(gossipSet('test', read)), errors);
  report('BBC gossip 2021, final set (never tuned against)', scoreRumours(gossipSet('final', read)), errors);
  report('BBC gossip 2021, holdout set (labelled last; its first run then shaped a few rules)', scoreRumours(gossipSet('holdout', read)), errors);
}
else console.log('BBC gossip 2021: skipped, ../shared/corpus is not here');
report('our own pages, fixture dataset', scoreRumours(pageSet('fixture', read)), errors);
if (hasBundled()) report('our own pages, bundled dataset (2025-26 players)', scoreRumours(pageSet('bundled', read)), errors);
else console.log('bundled-dataset pages: skipped, run npm run dataset:build first');
