/** The background's gate before it reads a page: a private window's tab, an untracked page or learning switched off are refused. */
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LearnedService } from '../../entrypoints/background/learned/service';
import { openLearnedDB } from '../../entrypoints/background/learned/db';
import { openFootnoteDB } from '../../entrypoints/background/store/db';
import { items } from '../../entrypoints/background/items';
import { addSite, defaultSites } from '../../lib/sites/sites';
import type { LearnRequest } from '../../lib/rumours/learn-message';

const PAGE = 'https://gossip.example/today';
const REQUEST: LearnRequest = {
  facts: { siteName: 'Gossip', url: null, date: '2026-11-28', author: null },
  blocks: [{ text: 'Chelsea are monitoring Borussia Dortmund goalkeeper Gregor Kobel. (Sun)', mentions: [
    { start: 0, end: 7, entityId: 'chelsea', kind: 'club' }, { start: 23, end: 40, entityId: 'borussia-dortmund', kind: 'club' }, { start: 52, end: 64, entityId: 'gregor-kobel', kind: 'player' },
  ] }],
};

let n = 0;
let service: LearnedService;
beforeEach(async () => {
  fakeBrowser.reset();
  const added = addSite(defaultSites(), PAGE);
  if ('error' in added) throw new Error(added.error);
  await items.sites.setValue(added.state);
  service = new LearnedService(openFootnoteDB(`svc-data-${n}`), openLearnedDB(`svc-learned-${n++}`));
});

describe('the background reads a page only where it may', () => {
  test('an ordinary tab on a tracked site is read', async () => {
    expect(await service.learn(REQUEST, { url: PAGE, tab: { incognito: false } })).toEqual({ entries: 1, sightings: 0 });
    expect((await service.summary()).sites).toEqual([{ site: 'gossip.example', sightings: 1 }]);
  });
  test.each([
    ['a private window', { url: PAGE, tab: { incognito: true } }],
    ['a page on no tracked site', { url: 'https://elsewhere.example/x', tab: {} }],
    ['no address', { tab: {} }],
  ])('%s is not', async (_, sender) => {
    expect(await service.learn(REQUEST, sender)).toHaveProperty('skipped');
    expect((await service.summary()).entries).toBe(0);
  });
  test('a site whose "learn here" is off is not; following the site again reads it', async () => {
    expect((await service.setSite('gossip.example', false)).find((s) => s.id === 'gossip.example')).toEqual({ id: 'gossip.example', tracked: true, learn: false, chosen: true });
    expect(await service.learn(REQUEST, { url: PAGE, tab: {} })).toHaveProperty('skipped');
    await service.setSite('gossip.example', null);
    expect(await service.learn(REQUEST, { url: PAGE, tab: {} })).toEqual({ entries: 1, sightings: 0 });
  });
});
