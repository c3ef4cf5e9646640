import { describe, expect, test, vi } from 'vitest';
import { allowed, dispatch, MESSAGES, senderOrigin, type Services } from '../../entrypoints/background/messages';
import type { RequestType } from '../../lib/protocol';
import { LEARN_LIMITS } from '../../lib/rumours/learn-message';
import { MatchSessions } from '../../lib/engine/match-sessions';
import { compileWithWordLists } from '../../lib/engine/compile';
import { engineDataset } from '../fixtures/engine-dataset';

const ORIGIN = 'chrome-extension://abc';
const LEARN_FACTS = { siteName: 'Gossip', url: null, date: '2026-11-28', author: null };
const LEARN_BLOCK = { text: 'Chelsea want Kobel. (Sun)', mentions: [{ start: 0, end: 7, entityId: 'chelsea', kind: 'club' }, { start: 13, end: 18, entityId: 'gregor-kobel', kind: 'player' }] };
const optionsPage = { id: 'abc', origin: ORIGIN, url: `${ORIGIN}/options.html` };
const popupInTab = { id: 'abc', url: `${ORIGIN}/popup.html?record=x`, tab: { index: 3 } };
const contentScript = { id: 'abc', origin: 'https://www.bbc.co.uk', url: 'https://www.bbc.co.uk/sport/x', tab: { index: 1 } };
// A page whose URL merely starts with the extension's origin string is not the extension.
const lookalike = { id: 'abc', url: 'chrome-extension://abcdef/options.html', tab: { index: 0 } };

/** Services whose every method records its call and answers with its own name. */
function fakeServices(): Services & { calls: string[] } {
  const calls: string[] = [];
  const service = (name: string) =>
    new Proxy({}, { get: (_, key) => (key === 'db' ? Promise.resolve({}) : (...args: unknown[]) => (calls.push(`${name}.${String(key)}`), Promise.resolve({ from: `${name}.${String(key)}`, args }))) });
  return { data: service('data'), sites: service('sites'), learned: service('learned'), matching: service('matching'), settings: service('settings'), calls } as unknown as Services & { calls: string[] };
}

describe('who may ask what', () => {
  const CONTENT_MAY = ['match', 'match-end', 'summaries', 'open-record', 'learn', 'site-off-here', 'content-part', 'page-settings', 'correct'];
  const CONTENT_ONLY = ['match', 'match-end', 'open-record', 'learn', 'site-off-here', 'content-part', 'page-settings', 'correct'];
  test.each(Object.keys(MESSAGES) as RequestType[])('%s', (type) => {
    const from = MESSAGES[type].from;
    expect(allowed(from, contentScript, ORIGIN)).toBe(CONTENT_MAY.includes(type));
    expect(allowed(from, optionsPage, ORIGIN)).toBe(!CONTENT_ONLY.includes(type));
    expect(allowed(from, lookalike, ORIGIN)).toBe(CONTENT_MAY.includes(type));
  });
  test('an extension page opened in a tab is still ours; the origin decides, not a URL prefix', () => {
    expect(senderOrigin(popupInTab)).toBe(ORIGIN);
    expect(allowed('extension-pages', popupInTab, ORIGIN)).toBe(true);
    expect(senderOrigin(lookalike)).toBe('chrome-extension://abcdef');
    expect(allowed('extension-pages', { url: 'https://evil.example/', tab: { index: 0 } }, ORIGIN)).toBe(false);
    expect(allowed('extension-pages', {}, ORIGIN)).toBe(false);
  });
});

describe('dispatch', () => {
  test.each([
    [{ type: 'search', query: 'kona' }, optionsPage, 'search'],
    [{ type: 'search', query: 5 }, optionsPage, /malformed “search” message \(query\)/],
    [{ type: 'record', id: 'ibrahima-konate' }, optionsPage, 'record'],
    [{ type: 'record', id: '../../etc' }, optionsPage, /malformed “record” message \(id\)/],
    [{ type: 'summaries', ids: Array(3000).fill('x') }, contentScript, /malformed “summaries” message/],
    [{ type: 'site-enable', id: 'x', enabled: 'yes' }, optionsPage, /malformed “site-enable” message \(enabled\)/],
    [{ type: 'layer-add', label: 'x', dataset: null }, optionsPage, /a dataset is an object/],
    [{ type: 'update-now' }, optionsPage, 'data.update'],
    [{ type: 'update-now' }, contentScript, /not accepted from this page/],
    [{ type: 'site-off-here' }, contentScript, 'sites.offForUrl'],
    [{ type: 'match-end' }, contentScript, 'matching.end'],
    [{ type: 'page-settings' }, contentScript, 'settings.forPage'],
    [{ type: 'page-settings' }, optionsPage, /not accepted from this page/],
    [{ type: 'correct', kind: 'mute', form: 'Real', entityId: 'real-madrid', name: 'Real Madrid' }, contentScript, 'settings.correct'],
    [{ type: 'correct', kind: 'forget', form: 'Real', entityId: 'real-madrid', name: 'Real Madrid' }, contentScript, /malformed “correct” message \(kind\)/],
    [{ type: 'correct', kind: 'not-this', form: '', entityId: 'real-madrid', name: 'Real Madrid' }, contentScript, /malformed “correct” message \(form\)/],
    [{ type: 'correct', kind: 'mute', form: 'Real', entityId: 'real-madrid', name: 'Real Madrid' }, optionsPage, /not accepted from this page/],
    [{ type: 'content-part', part: 'write' }, contentScript, 'content-part'],
    [{ type: 'content-part', part: 'engine' }, contentScript, /malformed “content-part” message \(part\)/],
    [{ type: 'match-end' }, optionsPage, /not accepted from this page/],
    [{ type: 'site-off-here' }, optionsPage, /not accepted from this page/],
    [{ type: 'search', query: 'kona' }, contentScript, /not accepted from this page/],
    [{ type: 'learn', facts: LEARN_FACTS, blocks: [LEARN_BLOCK] }, contentScript, 'learned.learn'],
    [{ type: 'learn', facts: LEARN_FACTS, blocks: [LEARN_BLOCK] }, optionsPage, /not accepted from this page/],
    [{ type: 'learn', facts: LEARN_FACTS, blocks: Array(LEARN_LIMITS.blocks + 1).fill(LEARN_BLOCK) }, contentScript, /malformed “learn” message \(blocks\)/],
    [{ type: 'learn', facts: LEARN_FACTS, blocks: [{ ...LEARN_BLOCK, text: 'x'.repeat(LEARN_LIMITS.blockChars + 1) }] }, contentScript, /malformed “learn” message \(blocks\.0\.text\)/],
    [{ type: 'learn', facts: { ...LEARN_FACTS, date: 'soon' }, blocks: [] }, contentScript, /malformed “learn” message \(facts\.date\)/],
    [{ type: 'learned-forget', site: 'a.example' }, optionsPage, 'learned.forget'],
    [{ type: 'learned-forget' }, contentScript, /not accepted from this page/],
    [{ type: 'learned-export', addresses: false }, optionsPage, 'learned.export'],
    [{ type: 'learn-site-set', id: 'a.example', learn: 'on' }, optionsPage, /malformed “learn-site-set” message \(learn\)/],
    [{ type: 'nope' }, optionsPage, /does not know this message/],
    [{ type: 'toString' }, optionsPage, /does not know this message/],
    [null, optionsPage, /does not know this message/],
  ])('%j from %o', async (raw, sender, expected) => {
    const services = fakeServices();
    const reply = await dispatch(raw, sender, services, ORIGIN);
    if (typeof expected === 'string') {
      // Accepted: it reached its handler (the store's queries fail on this empty fake database).
      if (!reply.ok) expect(reply.error).not.toMatch(/malformed|not accepted|does not know/);
      if (expected.includes('.')) expect(services.calls).toEqual([expected]);
    } else {
      expect(reply).toEqual({ ok: false, error: expect.stringMatching(expected) });
      expect(services.calls).toEqual([]);
    }
  });

  test('handlers get the validated request, with limits applied', async () => {
    const services = fakeServices();
    const reply = await dispatch({ type: 'layer-add', label: 'x'.repeat(500), dataset: { players: [] }, extra: 1 }, optionsPage, services, ORIGIN);
    expect(reply).toEqual({ ok: true, value: { from: 'data.addFile', args: ['x'.repeat(200), { players: [] }] } });
  });

  test('a failing handler is a reply in words, never a throw', async () => {
    const sites = { pause: vi.fn().mockRejectedValue(new Error('storage is full')) };
    const services = { ...fakeServices(), sites } as unknown as Services;
    expect(await dispatch({ type: 'sites-pause', paused: true }, optionsPage, services, ORIGIN)).toEqual({ ok: false, error: 'storage is full' });
    expect(sites.pause).toHaveBeenCalledWith(true);
  });
});

describe('learning from the blocks the sender\u2019s match session holds', () => {
  // A frame's session as the match message builds it: tab 7, frame 0, two blocks by handle.
  const tab = { ...contentScript, tab: { id: 7, index: 1 }, frameId: 0 };
  const TEXT = 'Chelsea want Kobel. (Sun)';
  async function withSession() {
    const matching = new MatchSessions({ pause: () => Promise.resolve() });
    await matching.handle('7:0', { session: 'page1', fresh: true, page: {}, added: [[0, TEXT], [1, 'Weather.']], removed: [], resolve: false }, compileWithWordLists(engineDataset()));
    const learn = vi.fn(async () => ({ entries: 1, sightings: 0 }));
    return { services: { ...fakeServices(), matching, learned: { learn } } as unknown as Services, learn };
  }
  const message = (session: string, handle: number) => ({ type: 'learn', facts: LEARN_FACTS, session, blocks: [{ handle, mentions: LEARN_BLOCK.mentions }] });

  test('a handle is read as the text the session holds, and learned from', async () => {
    const { services, learn } = await withSession();
    expect(await dispatch(message('page1', 0), tab, services, ORIGIN)).toEqual({ ok: true, value: { entries: 1, sightings: 0 } });
    expect(learn).toHaveBeenCalledWith({ facts: LEARN_FACTS, blocks: [{ text: TEXT, mentions: LEARN_BLOCK.mentions }] }, expect.objectContaining({ url: tab.url }));
  });

  test('a handle it lacks, another page\u2019s token, another frame: nothing learned, the page is told which handles to send as text', async () => {
    const { services, learn } = await withSession();
    expect(await dispatch(message('page1', 5), tab, services, ORIGIN)).toEqual({ ok: true, value: { missing: [5] } });
    expect(await dispatch(message('page0', 0), tab, services, ORIGIN)).toEqual({ ok: true, value: { missing: [0] } });
    expect(await dispatch(message('page1', 0), { ...tab, frameId: 3 }, services, ORIGIN)).toEqual({ ok: true, value: { missing: [0] } });
    expect(learn).not.toHaveBeenCalled();
  });

  test('a block is its text or its handle, never both or neither', async () => {
    const { services } = await withSession();
    const both = { type: 'learn', facts: LEARN_FACTS, session: 'page1', blocks: [{ ...LEARN_BLOCK, handle: 0 }] };
    const neither = { type: 'learn', facts: LEARN_FACTS, session: 'page1', blocks: [{ mentions: [] }] };
    for (const raw of [both, neither]) expect(await dispatch(raw, tab, services, ORIGIN)).toEqual({ ok: false, error: expect.stringMatching(/its text or its handle/) });
  });
});
