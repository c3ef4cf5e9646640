/**
 * The extractor on the hand-labelled sets (tests/fixtures/rumours/sets.ts), with the held-out
 * check's bar: pair F1 ≥ 0.80, status family ≥ 85 % and outlet ≥ 90 % of the pairs found, no
 * false rumour on pages with none. The gossip sets read ../shared/corpus at run time and are
 * skipped, with a message, when it is absent. `npm run -s score:rumours -- --errors` prints the
 * details.
 */
import { describe, expect, test } from 'vitest';
import { familyOf, outletOfSource, sameOutlet, scoreRumours, type Score } from '../../lib/rumours/score';
import { readdirSync } from 'node:fs';
import { annotatePage } from '../../lib/annotate';
import { compileWithWordLists } from '../../lib/engine/compile';
import { CORPUS, hasCorpus, transfermarktDataset } from '../corpus/transfermarkt';
import { gossipSet, hasBundled, hasGossip, pageSet, readFixture, type GossipSetName } from '../fixtures/rumours/sets';

function summary(name: string, s: Score) {
  console.log(`${name}: pair P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)}, status ${(s.statusRight / s.truePairs).toFixed(3)}, outlet ${(s.outletRight / Math.max(1, s.outletChecked)).toFixed(3)}, false on empty ${s.falseOnEmpty}`);
}

function holdsTheBar(s: Score) {
  expect(s.f1).toBeGreaterThanOrEqual(0.8);
  expect(s.statusRight / s.truePairs).toBeGreaterThanOrEqual(0.85);
  expect(s.outletRight / s.outletChecked).toBeGreaterThanOrEqual(0.9);
}

describe('the scorer', () => {
  test.each([
    ['Sun', 'The Sun', true], ['Mail', 'Daily Mail', true], ["L'Équipe", "L'Equipe", true], ['Fabrizio Romano on Twitter', 'Fabrizio Romano', true],
    ['Sky Sports', 'ESPN', false], [null, null, true], ['ESPN', null, false],
  ])('sameOutlet(%s, %s) = %s', (a, b, same) => expect(sameOutlet(a, b)).toBe(same));

  test('families and short names', () => {
    expect([familyOf('interest'), familyOf('bid'), familyOf('completed'), familyOf('denied')]).toEqual(['interest', 'talks/bid', 'agreed/completed', 'cooled/denied']);
    expect(outletOfSource('www.dailymail.co.uk')).toBe('Mail');
    expect(outletOfSource('twitter.com', 'https://twitter.com/SomeReporter/status/1')).toBe('SomeReporter on Twitter');
    expect(outletOfSource('www.unknownpaper.com')).toBe('Unknownpaper');
  });

  test('counts pairs once per file, and false rumours on pages with none', () => {
    const s = scoreRumours([
      { file: 'a', labels: [{ playerId: 'p', clubId: 'c', status: 'bid', outlet: 'Sun' }], found: [{ playerId: 'p', clubId: 'c', status: 'talks', outlet: 'The Sun' }, { playerId: 'p', clubId: 'c', status: 'interest', outlet: null }] },
      { file: 'b', labels: [], found: [{ playerId: 'q', clubId: 'c', status: 'interest', outlet: null }], noRumour: true },
    ]);
    expect([s.truePairs, s.falsePairs, s.missedPairs, s.statusRight, s.outletRight, s.falseOnEmpty]).toEqual([1, 1, 0, 1, 1, 1]);
  });
});

describe('our own pages', () => {
  test('credits, a column, a live blog; nothing on a match report or a page off football', () => {
    const s = scoreRumours(pageSet('fixture'));
    summary('our own pages', s);
    holdsTheBar(s);
    expect(s.falseOnEmpty).toBe(0);
  });

  test.skipIf(!hasBundled())('articles of 2025-26 with the bundled dataset (public/dataset.json)', () => {
    const s = scoreRumours(pageSet('bundled'));
    summary('our own pages, bundled dataset', s);
    holdsTheBar(s);
    expect(s.falseOnEmpty).toBe(0);
  });
});

describe.skipIf(!hasGossip())('real gossip items of 2021 (../shared/corpus)', { timeout: 60_000 }, () => {
  if (!hasGossip()) console.log('skipped: ../shared/corpus/data/bbc-gossip-2021 is not here');
  test.each<GossipSetName>(['development', 'validation', 'test', 'final', 'holdout'])('%s set holds the bar', (name) => {
    const s = scoreRumours(gossipSet(name));
    summary(`gossip ${name}`, s);
    holdsTheBar(s);
  });
});

describe.skipIf(!hasCorpus())('real pages with no rumour (../shared/corpus/html)', { timeout: 60_000 }, () => {
  if (!hasCorpus()) console.log('skipped: ../shared/corpus is not here');
  const rumoursOf = (file: string, index: ReturnType<typeof compileWithWordLists>) =>
    annotatePage(index, readFixture(`${CORPUS}/html/${file}`), { rumours: true }).rumours!;

  test('pages off football, and football pages in German, Czech, Spanish, French, Ukrainian and Japanese, get none', () => {
    const index = compileWithWordLists(transfermarktDataset());
    const files = readdirSync(`${CORPUS}/html`).filter((f) => f.endsWith('.html') && !/^(?:01|12|13)-/.test(f));
    const found = files.flatMap((f) => rumoursOf(f, index).map((r) => `${f}: ${r.playerId} → ${r.clubId}`));
    expect(found).toEqual([]);
  });
});
