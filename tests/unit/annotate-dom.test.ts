import { beforeEach, describe, expect, test } from 'vitest';
import { remoteMatchingWith } from '../support/remote-matching';
import type { MatchReply, MatchRequest } from '../../lib/engine/match-wire';
import { compileWithWordLists } from '../../lib/engine/compile';
import { collectBlocks, visibleText } from '../../lib/page/blocks';
import { unwrapBlock, wrapBlock } from '../../lib/page/wrap';
import { PageAnnotator } from '../../entrypoints/content/annotator';
import type { EntitySummary } from '../../lib/protocol';
import { engineDataset } from '../fixtures/engine-dataset';
import { at } from '../../lib/indexing';
import { writeNow } from '../support/writer';
import { everythingInView } from '../support/viewport';

const index = compileWithWordLists(engineDataset());
const summaries = async (ids: string[]): Promise<EntitySummary[]> =>
  ids.map((id) => ({
    id, kind: id === 'liverpool' || id === 'real-madrid' ? 'club' : 'player', name: id, asOf: '2026-02-05',
    ...(id === 'liverpool' || id === 'real-madrid' ? {} : { player: { id, name: id, clubId: 'liverpool', contract: { until: '2027-06-30' } } }),
    rumourCount: 1,
    latestRumours: [{ id: 'r', playerId: id, date: '2026-02-05', status: 'interest', source: { outlet: 'ESPN' }, clubName: 'Real Madrid' }],
  }) as EntitySummary);

function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

beforeEach(() => {
  document.body.replaceChildren();
});

function page(html: string): HTMLElement {
  const main = document.createElement('main');
  // Test fixtures written here: building them from markup is fine in a test.
  main.append(...new DOMParser().parseFromString(html, 'text/html').body.childNodes);
  document.body.append(main);
  return main;
}

describe('collectBlocks', () => {
  test('reads paragraphs and skips code, forms, navigation, editable and own nodes', () => {
    const root = page(`
      <nav><a>Liverpool</a></nav><div role="navigation">Real Madrid</div>
      <p>Ibrahima <b>Konaté</b> signs</p><pre>code</pre><p>Inline <code>x()</code> text</p>
      <textarea>typed</textarea><div contenteditable="true">editing</div><select><option>Liverpool</option></select>
      <p data-footnote>ours</p><svg><text>svg text</text></svg><p hidden>hidden</p>`);
    expect(collectBlocks(root).map((b) => b.text.trim())).toEqual(['Ibrahima Konaté signs', 'Inline  text']);
    expect(visibleText(root)).toBe('Ibrahima Konaté signs\n\nInline text');
  });
});

describe('wrapBlock and unwrapBlock', () => {
  test('wraps a split name piecewise, ties the pieces, and restores the very same text nodes', () => {
    const root = page('<p>Liverpool defender Ibrahima <b>Konaté</b> was <i>fine</i>.</p>');
    const before = textNodes(root);
    const data = before.map((n) => n.data);
    const html = root.innerHTML;
    const block = at(collectBlocks(root), 0);
    const start = block.text.indexOf('Ibrahima');
    const applied = wrapBlock(block, [{ start, end: start + 'Ibrahima Konaté'.length, text: 'Ibrahima Konaté', entityId: 'ibrahima-konate', kind: 'player' }], {
      keyOf: () => 'k1',
      decorate: (info) => (info.last ? [document.createElement('footnote-badge')] : []),
    });
    const pieces = root.querySelectorAll('[data-footnote-key="k1"]');
    expect([...pieces].map((p) => p.textContent)).toEqual(['Ibrahima ', 'Konaté']);
    expect(applied.pieces.map((p) => p.tie)).toEqual([at(applied.pieces, 0).tie, at(applied.pieces, 0).tie]);
    // The page learns the kind and an opaque key, nothing about who it is.
    expect([...at(pieces, 0).attributes].map((a) => a.name).sort()).toEqual(['data-footnote', 'data-footnote-key', 'data-footnote-kind', 'style']);
    expect(root.querySelector('b footnote-badge')).not.toBeNull();
    expect(root.textContent).toBe('Liverpool defender Ibrahima Konaté was fine.');
    unwrapBlock(applied);
    const after = textNodes(root);
    expect(after).toEqual(before);
    expect(after.map((n) => n.data)).toEqual(data);
    expect(root.innerHTML).toBe(html);
  });

  test('leaves the page’s own adjacent text nodes apart (no normalize)', () => {
    const p = page('<p></p>').querySelector('p')!;
    p.append(document.createTextNode('Liverpool '), document.createTextNode('won the derby'));
    const block = at(collectBlocks(p.parentNode!), 0);
    const applied = wrapBlock(block, [{ start: 0, end: 9, text: 'Liverpool', entityId: 'liverpool', kind: 'club' }], { keyOf: () => 'k', decorate: () => [] });
    unwrapBlock(applied);
    expect(p.childNodes.length).toBe(2);
  });
});

describe('PageAnnotator', () => {
  const settle = async (a: PageAnnotator) => {
    await a.settled();
    await new Promise((r) => setTimeout(r, 0));
    await a.settled();
  };

  test('annotates, is idempotent, and stops cleanly', async () => {
    const root = page('<h1>Konate eyes exit</h1><p>Liverpool defender Ibrahima Konaté talks with Real Madrid before the transfer window.</p>');
    const html = root.innerHTML;
    const annotator = new PageAnnotator(document.body, { viewport: everythingInView(), writer: writeNow, matching: remoteMatchingWith(index), summaries, today: '2026-11-25' });
    await annotator.start();
    await annotator.start();
    expect(root.querySelectorAll(`[data-footnote-key="${annotator.keyOf('ibrahima-konate')}"]`).length).toBe(2);
    // Once per screenful: the headline's badges serve the paragraph under it (happy-dom lays everything at 0).
    expect(root.querySelectorAll('span[data-footnote-badge]').length).toBe(2);
    expect(root.querySelectorAll('h1 span[data-footnote-badge]').length).toBe(2);
    expect(annotator.found().map((f) => f.id)).toEqual(['ibrahima-konate', 'liverpool', 'real-madrid']);
    annotator.stop();
    expect(root.innerHTML).toBe(html);
  });

  test('the first badges come with the first answer: no summaries asked before them', async () => {
    const root = page('<h1>Konate eyes exit</h1><p>Liverpool defender Ibrahima Konaté talks with Real Madrid before the transfer window.</p>');
    const asked: string[][] = [];
    const background = (ids: string[]) => summaries(ids);
    const annotator = new PageAnnotator(document.body, {
      viewport: everythingInView(),
      writer: writeNow,
      matching: remoteMatchingWith(index, undefined, undefined, background),
      summaries: (ids) => (asked.push(ids), summaries(ids)),
      today: '2026-11-25',
    });
    await annotator.start();
    expect(root.querySelectorAll('span[data-footnote-badge]').length).toBe(2);
    expect(asked).toEqual([]);
    annotator.stop();
  });

  test('badge spacing: with no gap every block gets its badges again, and stopping still restores the page', async () => {
    const root = page('<h1>Konate eyes exit</h1><p>Liverpool defender Ibrahima Konaté talks with Real Madrid before the transfer window.</p>');
    const html = root.innerHTML;
    const annotator = new PageAnnotator(document.body, { viewport: everythingInView(), writer: writeNow, matching: remoteMatchingWith(index), summaries, today: '2026-11-25', badgeGapPx: 0 });
    await annotator.start();
    expect(root.querySelectorAll('span[data-footnote-badge]').length).toBe(4);
    annotator.stop();
    expect(root.innerHTML).toBe(html);
  });

  test('batches page changes and never reacts to its own', async () => {
    const root = page('<p>Liverpool defender Ibrahima Konaté talks with Real Madrid before the transfer window.</p><div id="live"></div>');
    let batches = 0;
    const annotator = new PageAnnotator(document.body, { viewport: everythingInView(), writer: writeNow, matching: remoteMatchingWith(index), summaries, today: '2026-11-25', onSettled: () => batches++ });
    await annotator.start();
    expect(batches).toBe(1);
    const live = root.querySelector('#live')!;
    for (let i = 0; i < 5; i++) {
      const p = document.createElement('p');
      p.textContent = `Update ${i}: Real Madrid defender Antonio Rüdiger is out of contract.`;
      live.append(p);
    }
    await new Promise((r) => setTimeout(r, 700));
    await settle(annotator);
    expect(live.querySelectorAll(`[data-footnote-key="${annotator.keyOf('antonio-rudiger')}"]`).length).toBe(5);
    // Five additions, one batch; our own wrapping caused none.
    expect(batches).toBe(2);
    await new Promise((r) => setTimeout(r, 700));
    expect(batches).toBe(2);
    annotator.stop();
  });

  test('a growing page: each burst sends the background only its new paragraphs, and hears back only about them', async () => {
    const root = page('<p>Liverpool defender Ibrahima Konaté talks with Real Madrid before the transfer window.</p><div id="live"></div>');
    const exchanges: Array<{ request: MatchRequest; reply: MatchReply }> = [];
    const matching = remoteMatchingWith(index, undefined, (request, reply) => exchanges.push({ request, reply }));
    const annotator = new PageAnnotator(document.body, { viewport: everythingInView(), writer: writeNow, matching, summaries, today: '2026-11-25' });
    await annotator.start();
    const live = root.querySelector('#live')!;
    for (let burst = 0; burst < 4; burst++) {
      exchanges.length = 0;
      const texts = [0, 1, 2].map((i) => `Update ${burst}.${i}: Real Madrid defender Antonio Rüdiger is out of contract.`);
      for (const text of texts) {
        const p = document.createElement('p');
        p.textContent = text;
        live.append(p);
      }
      await new Promise((r) => setTimeout(r, 700));
      await settle(annotator);
      expect(exchanges.flatMap((e) => e.request.added.map(([, text]) => text)).sort()).toEqual(texts.sort());
      const added = new Set(exchanges.flatMap((e) => e.request.added.map(([id]) => id)));
      // The first paragraph's mentions did not change: it is not in the answer.
      expect(exchanges.flatMap((e) => e.reply.changed.map(([id]) => id)).every((id) => added.has(id))).toBe(true);
    }
    expect(live.querySelectorAll(`[data-footnote-key="${annotator.keyOf('antonio-rudiger')}"]`).length).toBe(12);
    annotator.stop();
  });

  test('a re-rendered text node loses its stale wrappers', async () => {
    const root = page('<p id="p">Liverpool defender Ibrahima Konaté talks with Real Madrid before the transfer window.</p>');
    const annotator = new PageAnnotator(document.body, { viewport: everythingInView(), writer: writeNow, matching: remoteMatchingWith(index), summaries, today: '2026-11-25' });
    await annotator.start();
    const original = at(textNodes(root.querySelector('#p')!), 0);
    original.data = 'Arsenal midfielder Declan Rice scored in the derby.';
    await new Promise((r) => setTimeout(r, 700));
    await settle(annotator);
    const p = root.querySelector('#p')!;
    expect(p.querySelector(`[data-footnote-key="${annotator.keyOf('ibrahima-konate')}"]`)).toBeNull();
    expect(p.textContent).toBe('Arsenal midfielder Declan Rice scored in the derby.');
    expect(p.querySelector(`[data-footnote-key="${annotator.keyOf('declan-rice')}"]`)).not.toBeNull();
    annotator.stop();
  });
});
