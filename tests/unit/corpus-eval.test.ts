/**
 * The engine on real text from ../shared/corpus (read at run time; skipped, saying so, when absent,
 * and a failure when FOOTNOTE_REQUIRE_CORPUS=1), with a
 * dataset converted from the real transfermarkt players.csv:
 *   - 60 hand-labelled gossip items: precision and recall (a mention counts when its entity is
 *     right and its span overlaps the label's);
 *   - pages that are not about football: no mentions;
 *   - the 2005 BBC articles, full of namesakes of today's players: few person mentions.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { compileWithWordLists } from '../../lib/engine/compile';
import { PageMatcher } from '../../lib/engine/page-matcher';
import { annotateBlocks, readPageBlocks } from '../../scripts/annotate';
import { CORPUS, gossipItems, PLAYERS_CSV, transfermarktDataset } from '../corpus/transfermarkt';
import { missingShared } from './corpus-required';
import labels from '../fixtures/gossip-labels.json';

const skip = missingShared('the engine on the real corpus', PLAYERS_CSV);

describe.skipIf(skip)('the engine on the real corpus', { timeout: 60_000 }, () => {
  const index = skip ? undefined! : compileWithWordLists(transfermarktDataset());

  test('hand-labelled gossip items: precision and recall', () => {
    const items = gossipItems();
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const errors: string[] = [];
    for (const { id, mentions: gold } of labels.items as Array<{ id: string; mentions: Array<[number, number, string]> }>) {
      const text = items.get(id)!;
      const page = new PageMatcher(index);
      const found = page.mentions(page.add(text));
      const overlaps = (a: { start: number; end: number }, g: [number, number, string]) => a.start < g[1] && g[0] < a.end;
      for (const m of found) {
        if (gold.some((g) => g[2] === m.entityId && overlaps(m, g))) tp++;
        else {
          fp++;
          errors.push(`#${id} wrong: ${m.text}=${m.entityId}`);
        }
      }
      for (const g of gold) {
        if (!found.some((m) => m.entityId === g[2] && overlaps(m, g))) {
          fn++;
          errors.push(`#${id} missed: ${text.slice(g[0], g[1])}=${g[2]}`);
        }
      }
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    console.log(`gossip labels: ${tp + fn} labelled mentions, precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}\n${errors.join('\n')}`);
    expect(precision).toBeGreaterThanOrEqual(0.97);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });

  test('pages that are not about football get no mentions of people', () => {
    const dir = `${CORPUS}/html`;
    for (const file of readdirSync(dir).filter((f) => f.includes('-neg-'))) {
      const mentions = annotateBlocks(index, readPageBlocks(`${dir}/${file}`));
      // Two of these pages do talk about football for a paragraph (a club's accounts, a stadium's
      // history): clubs named in full there are right. No person is.
      expect(mentions.filter((m) => m.kind !== 'club'), file).toEqual([]);
      expect(mentions.filter((m) => m.kind === 'club' && !m.text.includes(' ') && !/United/.test(m.text)), file).toEqual([]);
    }
  });

  test('twenty-year-old match reports: namesakes of today’s players stay rare', () => {
    const dir = `${CORPUS}/bbc-2005-sport`;
    let people = 0;
    let words = 0;
    for (const file of readdirSync(dir)) {
      const text = readFileSync(`${dir}/${file}`, 'utf8');
      words += text.split(/\s+/).length;
      people += annotateBlocks(index, text.split(/\n\s*\n/)).filter((m) => m.kind !== 'club').length;
    }
    console.log(`2005 BBC articles: ${people} person mentions in ${words} words`);
    // Nearly every person named there is not one of today's players; a handful of true
    // namesakes (same full name, same club) are beyond any rule that reads text alone.
    expect(people).toBeLessThan(40);
  });
});
