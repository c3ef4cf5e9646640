/**
 * Clubs nobody curated: stories of our own writing about Benfica, Celtic, Sporting and Lazio,
 * whose players come only from the bundled transfermarkt base layer, get contract badges on
 * most of the players they name, in real Chromium with the built extension.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { settled } from '../../scripts/chromium';
import { pageKeys } from '../../scripts/page-keys';
import { useBrowser } from './setup';
import type { Dataset } from '../../lib/dataset/types';

const browser = useBrowser({ trackLocal: true });
const bundle = JSON.parse(readFileSync('public/dataset.json', 'utf8')) as Dataset;

for (const story of ['benfica', 'celtic', 'sporting', 'lazio']) {
  test(`a story about ${story}: contract badges on most of the players it names`, async (t) => {
    // The club is not one of the curated ones: its data is the base layer's.
    assert.ok(!bundle.clubs.some((c) => c.id === story), `${story} is a curated club id`);
    const page = await browser.session.context.newPage();
    await page.goto(browser.server.url(`/pages/stories/${story}.html`));
    await settled(page);
    // The page sees only opaque keys; which player each stands for comes from the content script.
    const keys = await pageKeys(browser.session, page);
    const entity = (key: string) => keys.entityOf(key) ?? `?${key}`;
    const players = [...new Set((await page.$$eval('[data-footnote-kind="player"]', (els) => els.map((e) => e.getAttribute('data-footnote-key')!))).map(entity))];
    const badged = await page.$$eval('[data-footnote-kind="player"]', (els) =>
      els
        .filter((e) => {
          for (let n = e.nextElementSibling; n?.hasAttribute('data-footnote-badge'); n = n.nextElementSibling) {
            if (n.getAttribute('data-footnote-badge') === 'contract') return true;
          }
          return false;
        })
        .map((e) => e.getAttribute('data-footnote-key')!),
    );
    const withBadge = [...new Set(badged.map(entity))];
    t.diagnostic(`${story}: ${withBadge.length} of ${players.length} players named carry a contract badge`);
    assert.ok(players.length >= 6, `only ${players.length} players recognised: ${players.join(', ')}`);
    assert.ok(withBadge.length / players.length > 0.5, `${withBadge.length} of ${players.length} with a contract badge: ${withBadge.join(', ')}`);
    // Their contracts come from the base layer: transfermarkt-datasets, with its date.
    for (const id of withBadge) {
      const record = bundle.players.find((p) => p.id === id)!;
      assert.equal(record.facts?.contract?.source ?? record.source ?? bundle.source, 'transfermarkt-datasets', id);
    }
    await page.close();
  });
}
