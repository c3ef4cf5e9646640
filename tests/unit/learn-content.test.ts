/** Learning while reading (entrypoints/content/learn.ts and the learner it loads) with WXT's fake browser: private windows and switched-off sites send nothing. */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { learnWhileReading } from '../../entrypoints/content/learn';
import { createLearner } from '../../entrypoints/learn/learner';
import { storageItems } from '../../lib/storage-items';
import { addSite, defaultSites } from '../../lib/sites/sites';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { at } from '../../lib/indexing';

const items = storageItems(storage);
const ctx = { setTimeout: (fn: () => void) => (fn(), 0) } as unknown as ContentScriptContext;
const block = () => {
  const element = document.createElement('p');
  element.textContent = 'Chelsea want Kobel. (Sun)';
  document.body.append(element);
  return { element, text: element.textContent, mentions: [
    { start: 0, end: 7, text: 'Chelsea', entityId: 'chelsea', kind: 'club' as const },
    { start: 13, end: 18, text: 'Kobel', entityId: 'gregor-kobel', kind: 'player' as const },
  ] };
};

async function offer(incognito: boolean) {
  Object.defineProperty(fakeBrowser.extension, 'inIncognitoContext', { value: incognito, configurable: true });
  const ask = vi.fn(async () => ({ entries: 1, sightings: 0 }));
  const onSent = vi.fn();
  const b = block();
  learnWhileReading(ctx, { load: async () => createLearner({ ask: ask as never, items, today: '2026-12-01' }), onSent })({ blocks: () => [b] });
  await vi.waitFor(() => expect(onSent).toHaveBeenCalled());
  return { ask, learning: at(onSent.mock.calls, 0)[1] as boolean };
}

describe('learning from a page', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    const added = addSite(defaultSites(), location.href);
    if ('error' in added) throw new Error(added.error);
    await items.sites.setValue(added.state);
  });

  test('a tracked site in an ordinary window sends its blocks', async () => {
    const { ask, learning } = await offer(false);
    expect(learning).toBe(true);
    expect(ask).toHaveBeenCalledWith('learn', expect.objectContaining({ blocks: [expect.objectContaining({ text: 'Chelsea want Kobel. (Sun)' })] }));
  });

  test('never in a private window', async () => {
    const { ask, learning } = await offer(true);
    expect(learning).toBe(false);
    expect(ask).not.toHaveBeenCalled();
  });

  test('not where "learn here" is off', async () => {
    const site = (await items.sites.getValue() as { sites: Array<{ id: string; origin: string }> }).sites.find((s) => s.origin === 'added')!;
    await items.learn.setValue({ version: 1, sites: { [site.id]: false } });
    const { ask, learning } = await offer(false);
    expect(learning).toBe(false);
    expect(ask).not.toHaveBeenCalled();
  });
});

describe('blocks the background holds already', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    Object.defineProperty(fakeBrowser.extension, 'inIncognitoContext', { value: false, configurable: true });
    const added = addSite(defaultSites(), location.href);
    if ('error' in added) throw new Error(added.error);
    await items.sites.setValue(added.state);
  });

  async function learnWith(replies: unknown[]) {
    const ask = vi.fn(async () => replies.shift() ?? { entries: 1, sightings: 0 });
    const b = { ...block(), handle: 3 };
    await createLearner({ ask: ask as never, items, today: '2026-12-01' })({ blocks: () => [b], matchSession: () => 'page1' });
    return ask.mock.calls as unknown as Array<[string, { session?: string; blocks: Array<{ text?: string; handle?: number }> }]>;
  }

  test('go by handle into the page\u2019s match session, without their text', async () => {
    const calls = await learnWith([]);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.[1]).toMatchObject({ session: 'page1', blocks: [{ handle: 3 }] });
    expect(calls[0]?.[1].blocks[0]?.text).toBeUndefined();
  });

  test('a session that lacks them (the worker was stopped) is sent the run again as text', async () => {
    const calls = await learnWith([{ missing: [3] }]);
    expect(calls).toHaveLength(2);
    expect(calls[1]?.[1].session).toBeUndefined();
    expect(calls[1]?.[1].blocks).toEqual([expect.objectContaining({ text: 'Chelsea want Kobel. (Sun)' })]);
  });
});
