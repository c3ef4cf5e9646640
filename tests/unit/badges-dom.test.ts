/**
 * What the reader's badge preferences and the data's dates do to the badges on a page, through
 * the annotator's public API.
 */
import { matchingWith } from '../../lib/engine/page-matcher';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { compileWithWordLists } from '../../lib/engine/compile';
import { PageAnnotator, type AnnotatorOptions } from '../../entrypoints/content/annotator';
import type { EntitySummary } from '../../lib/protocol';
import type { Player } from '../../lib/dataset/types';
import { engineDataset } from '../fixtures/engine-dataset';
import { entitiesOf, keepBadgeShadows, seenBadges } from './seen-badges';
import { at } from '../../lib/indexing';
import { writeNow } from '../support/writer';
import { everythingInView } from '../support/viewport';

const index = compileWithWordLists(engineDataset());
const TODAY = '2026-11-25';
const ASOF = '2026-02-05';

const player = (id: string, contract: Player['contract'], rumourDates: string[]): EntitySummary => ({
  id, kind: 'player', name: id, asOf: ASOF, clubName: 'Liverpool',
  player: { id, name: id, clubId: 'liverpool', contract },
  rumourCount: rumourDates.length,
  latestRumours: rumourDates.map((date, i) => ({ id: `${id}-${i}`, playerId: id, date, status: 'interest', source: { outlet: 'ESPN' }, clubName: 'Real Madrid' })),
});

/** Konaté's contract ended after the data was gathered (stale); his latest rumour is a week old (fresh). */
const SUMMARIES: Record<string, EntitySummary> = {
  'ibrahima-konate': player('ibrahima-konate', { until: '2026-06-30' }, ['2026-11-18', '2026-02-05']),
  'antonio-rudiger': player('antonio-rudiger', { until: '2027-06-30' }, ['2026-02-05']),
  liverpool: { id: 'liverpool', kind: 'club', name: 'Liverpool FC', asOf: ASOF, rumourCount: 0, latestRumours: [] },
  'real-madrid': { id: 'real-madrid', kind: 'club', name: 'Real Madrid CF', asOf: ASOF, rumourCount: 0, latestRumours: [] },
};
const summaries = async (ids: string[]) => ids.flatMap((id) => SUMMARIES[id] ?? []);

const TEXT = 'Liverpool defender Ibrahima Konaté and Real Madrid centre-back Antonio Rüdiger are both free to talk in the transfer window.';

/** Every annotator a test starts is stopped after it: one left running would annotate the next test's page. */
const running: PageAnnotator[] = [];
beforeEach(() => {
  document.body.replaceChildren();
  keepBadgeShadows();
});
afterEach(() => {
  for (const a of running.splice(0)) a.stop();
  vi.restoreAllMocks();
});

async function annotate(html: string, options: Partial<AnnotatorOptions> = {}) {
  const main = document.createElement('main');
  main.append(...new DOMParser().parseFromString(html, 'text/html').body.childNodes);
  document.body.append(main);
  const annotator = new PageAnnotator(document.body, { viewport: everythingInView(), writer: writeNow, matching: matchingWith(index), summaries, today: TODAY, ...options });
  running.push(annotator);
  await annotator.start();
  return { main, annotator, badges: () => seenBadges(main, entitiesOf(annotator)) };
}

describe('badges on the page', () => {
  test('by default: a contract badge and a rumour badge for each player, none for clubs', async () => {
    const { badges } = await annotate(`<p>${TEXT}</p>`);
    expect(badges().map((b) => `${b.on}:${b.kind}:${b.text}`)).toEqual([
      'ibrahima-konate:contract:Jun 2026', 'ibrahima-konate:rumours:2', 'antonio-rudiger:contract:Jun 2027', 'antonio-rudiger:rumours:1',
    ]);
  });

  test('an end passed since the data was gathered is flagged stale; a rumour under a month old fresh', async () => {
    const { badges } = await annotate(`<p>${TEXT}</p>`);
    const seen = badges();
    expect(seen.map((b) => `${b.on}:${b.kind}:${b.flags.join(' ')}`)).toEqual([
      'ibrahima-konate:contract:stale', 'ibrahima-konate:rumours:fresh', 'antonio-rudiger:contract:', 'antonio-rudiger:rumours:',
    ]);
    expect(at(seen, 0).label).toBe('Contract ended 30 June 2026 (data from 5 February 2026: may have been renewed)');
    expect(at(seen, 1).label).toBe('2 transfer rumours, latest 18 November 2026: Real Madrid');
  });

  test('the preferences choose which badges: contracts only, rumours only, or none', async () => {
    const kinds = async (contract: boolean, rumours: boolean) => {
      const { main, annotator, badges } = await annotate(`<p>${TEXT}</p>`, { prefs: { contract, rumours } });
      const out = badges().map((b) => `${b.on}:${b.kind}`);
      // The names are still marked (their cards still open) whatever the badges.
      expect(main.querySelectorAll(`[data-footnote-key="${annotator.keyOf('ibrahima-konate')}"]`).length).toBeGreaterThan(0);
      annotator.stop();
      document.body.replaceChildren();
      return out;
    };
    expect(await kinds(true, false)).toEqual(['ibrahima-konate:contract', 'antonio-rudiger:contract']);
    expect(await kinds(false, true)).toEqual(['ibrahima-konate:rumours', 'antonio-rudiger:rumours']);
    expect(await kinds(false, false)).toEqual([]);
  });

  test('compact badges are dots: every badge flagged compact, its words kept for screen readers', async () => {
    const { badges } = await annotate(`<p>${TEXT}</p>`, { prefs: { contract: true, rumours: true, compact: true } });
    const seen = badges();
    expect(seen).toHaveLength(4);
    for (const b of seen) expect(b.flags).toContain('compact');
    expect(at(seen, 0).label).toMatch(/^Contract ended 30 June 2026/);
  });

  test('without the compact preference no badge is compact', async () => {
    const { badges } = await annotate(`<p>${TEXT}</p>`, { prefs: { contract: true, rumours: true, compact: false } });
    expect(badges().filter((b) => b.flags.includes('compact'))).toEqual([]);
  });

  test('regions hidden from assistive technology are not read', async () => {
    const { main, annotator } = await annotate(
      `<div aria-hidden="true"><p>${TEXT}</p></div><div aria-hidden="false"><p>Arsenal midfielder Declan Rice scored in the derby.</p></div>`,
    );
    expect(main.querySelector('[aria-hidden="true"] [data-footnote-key]')).toBeNull();
    expect(annotator.found().map((f) => f.id)).toEqual(['arsenal', 'declan-rice']);
  });
});
