/**
 * Badge preferences apply live: the options page stores them, and a page already annotated
 * redraws its badges at once, with no reload. The content script runs here as in a tab, with
 * WXT's fake browser standing in for the extension APIs and for the background's answers.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { compileWithWordLists } from '../../lib/engine/compile';
import { MatchSessions } from '../../lib/engine/match-sessions';
import type { MatchRequest } from '../../lib/engine/match-wire';
import type { EntitySummary } from '../../lib/protocol';
import { runFootnote } from '../../entrypoints/content/main';
import { engineDataset } from '../fixtures/engine-dataset';
import { keepBadgeShadows, seenBadges } from './seen-badges';
import { storage } from 'wxt/utils/storage';
import { storageItems } from '../../lib/storage-items';
import { addMuted, addNotThis, NO_CORRECTIONS } from '../../lib/corrections';
import { siteIdForUrl } from '../../lib/sites/sites';
import { FOUND_PORT, parseFoundPush } from '../../lib/tab-protocol';
import { PageSettingsService } from '../../entrypoints/background/page-settings';
import { registerPart } from '../../entrypoints/content/parts';
import { BlockWriter } from '../../entrypoints/write/block-writer';

const index = compileWithWordLists(engineDataset());
const konate: EntitySummary = {
  id: 'ibrahima-konate', kind: 'player', name: 'Ibrahima Konaté', asOf: '2026-02-05', clubName: 'Liverpool',
  // An end years away, so the badges read the same on any date the test runs.
  player: { id: 'ibrahima-konate', name: 'Ibrahima Konaté', clubId: 'liverpool', contract: { until: '2099-06-30' } },
  rumourCount: 2,
  latestRumours: [{ id: 'r1', playerId: 'ibrahima-konate', date: '2026-02-05', status: 'interest', source: { outlet: 'ESPN' } }],
};

/**
 * The background's side of what a content script asks here: its settings (read from the fake
 * storage by the background's own service, for this page's URL), matches, summaries, and the
 * write part (registered in this world, where the background would inject its file).
 */
function answerAsBackground() {
  const sessions = new MatchSessions();
  const settings = new PageSettingsService(storageItems(storage));
  fakeBrowser.runtime.onMessage.addListener((raw: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => {
    const message = raw as { type: string; ids?: string[]; part?: string };
    if (message.type === 'match') void sessions.handle('1:0', JSON.parse(JSON.stringify(message)) as MatchRequest, index).then((value) => sendResponse({ ok: true, value }));
    else if (message.type === 'summaries') sendResponse({ ok: true, value: message.ids!.includes(konate.id) ? [konate] : [] });
    else if (message.type === 'page-settings') void settings.forPage(location.href).then((value) => sendResponse({ ok: true, value }));
    else if (message.type === 'content-part' && message.part === 'write') {
      registerPart('write', { BlockWriter });
      sendResponse({ ok: true, value: true });
    } else return undefined;
    return true;
  });
}

/** Stores new preferences and waits for the batch that follows (test builds mark it on <html>). */
async function store(prefs: object) {
  document.documentElement.removeAttribute('data-footnote-test');
  await fakeBrowser.storage.sync.set({ prefs });
  await vi.waitFor(() => expect(document.documentElement.getAttribute('data-footnote-test')).toMatch(/^settled:/), { timeout: 10_000, interval: 10 });
}

/** happy-dom lays nothing out: here every block the page observes is on screen at once. */
class EverythingVisible {
  constructor(private readonly report: (entries: Array<{ target: Element; isIntersecting: boolean }>, observer: unknown) => void) {}
  observe(target: Element) {
    queueMicrotask(() => this.report([{ target, isIntersecting: true }], this));
  }
  unobserve() {}
  disconnect() {}
  takeRecords() {
    return [];
  }
}

/** WXT's fake browser has no runtime.onConnect: a small one, so a test can open a popup's port. */
type FakePort = { name: string; sender: { id: string }; posted: unknown[]; postMessage: (m: unknown) => void; onDisconnect: { addListener: (l: () => void) => void }; disconnect: () => void };
let connectListeners: Array<(port: FakePort) => void> = [];
function stubOnConnect() {
  connectListeners = [];
  vi.spyOn(fakeBrowser.runtime, 'onConnect', 'get').mockReturnValue({
    addListener: (l: (port: FakePort) => void) => void connectListeners.push(l),
    removeListener: (l: (port: FakePort) => void) => void (connectListeners = connectListeners.filter((x) => x !== l)),
    hasListener: () => false,
  } as never);
}
function openPopupPort(): FakePort {
  const port: FakePort = {
    name: FOUND_PORT, sender: { id: fakeBrowser.runtime.id }, posted: [],
    postMessage: (m) => void port.posted.push(m),
    onDisconnect: { addListener: () => undefined },
    disconnect: () => undefined,
  };
  for (const l of connectListeners) l(port);
  return port;
}

let ctx: ContentScriptContext;
beforeEach(() => {
  stubOnConnect();
  vi.spyOn(document.defaultView!, 'IntersectionObserver', 'get').mockReturnValue(EverythingVisible as never);
  fakeBrowser.reset();
  keepBadgeShadows();
  document.documentElement.removeAttribute('data-footnote-test');
  document.body.replaceChildren();
  const p = document.createElement('p');
  p.textContent = 'Liverpool defender Ibrahima Konaté talks with Real Madrid before the transfer window.';
  document.body.append(p);
  answerAsBackground();
  ctx = new ContentScriptContext('content');
});
afterEach(() => {
  ctx.abort();
  vi.restoreAllMocks();
});

const drawn = () => seenBadges(document.body).map((b) => `${b.kind}${b.flags.includes('compact') ? ' (dot)' : ''}`);

describe('badge preferences', { timeout: 30_000 }, () => {
  test('stored ones are used from the start', async () => {
    await fakeBrowser.storage.sync.set({ prefs: { badges: { contract: false, rumours: true }, compact: false, hoverDelay: 350 } });
    await runFootnote(ctx);
    // Badges are written in the frames after the page is read (the blocks near the reader first).
    await vi.waitFor(() => expect(drawn()).toEqual(['rumours']), { timeout: 10_000, interval: 20 });
  });

  test('a change redraws the page at once: which badges, and compact dots', async () => {
    await runFootnote(ctx);
    await vi.waitFor(() => expect(drawn()).toEqual(['contract', 'rumours']), { timeout: 10_000, interval: 20 });

    await store({ badges: { contract: true, rumours: false }, compact: true, hoverDelay: 350 });
    await vi.waitFor(() => expect(drawn()).toEqual(['contract (dot)']), { timeout: 10_000, interval: 20 });
    // Redrawn, not added to: the name is marked once.
    expect(document.querySelectorAll('footnote-mention[data-footnote-kind="player"]')).toHaveLength(1);

    await store({ badges: { contract: true, rumours: true }, compact: false, hoverDelay: 350 });
    await vi.waitFor(() => expect(drawn()).toEqual(['contract', 'rumours']), { timeout: 10_000, interval: 20 });
  });
});

describe('corrections', { timeout: 30_000 }, () => {
  const marked = () => [...document.querySelectorAll('footnote-mention[data-footnote-kind="player"]')].map((m) => m.textContent);
  const settledAgain = () => vi.waitFor(() => expect(document.documentElement.getAttribute('data-footnote-test')).toMatch(/^settled:/), { timeout: 10_000, interval: 10 });

  test('a stored "Not this person" for this site is never marked; one for another site changes nothing here', async () => {
    const items = storageItems(storage);
    await items.corrections.setValue(addNotThis(NO_CORRECTIONS, { site: 'elsewhere.example', form: 'Ibrahima Konaté', entityId: 'ibrahima-konate' }));
    await runFootnote(ctx);
    await vi.waitFor(() => expect(marked()).toEqual(['Ibrahima Konaté']), { timeout: 10_000, interval: 20 });

    // Made in another tab (or another browser): this page re-annotates without the match at once.
    document.documentElement.removeAttribute('data-footnote-test');
    await items.corrections.setValue(addNotThis(NO_CORRECTIONS, { site: siteIdForUrl(location.href) ?? '', form: 'IBRAHIMA KONATE', entityId: 'ibrahima-konate' }));
    await settledAgain();
    await vi.waitFor(() => expect(marked()).toEqual([]), { timeout: 10_000, interval: 20 });
    expect(document.body.textContent).toContain('Liverpool defender Ibrahima Konaté talks');

    // Undone in options: marked again.
    document.documentElement.removeAttribute('data-footnote-test');
    await items.corrections.setValue(NO_CORRECTIONS);
    await settledAgain();
    await vi.waitFor(() => expect(marked()).toEqual(['Ibrahima Konaté']), { timeout: 10_000, interval: 20 });
  });

  test('a muted name is not marked, and the rest of the page is', async () => {
    const items = storageItems(storage);
    await items.corrections.setValue(addMuted(NO_CORRECTIONS, 'Ibrahima Konaté'));
    await runFootnote(ctx);
    await vi.waitFor(() => expect(document.querySelectorAll('footnote-mention[data-footnote-kind="club"]').length).toBeGreaterThan(0), { timeout: 10_000, interval: 20 });
    expect(marked()).toEqual([]);
  });
});

describe('the popup\'s port', { timeout: 30_000 }, () => {
  test('a popup that connects hears what the page found at once, and again when it changes', async () => {
    await runFootnote(ctx);
    await vi.waitFor(() => expect(drawn()).toEqual(['contract', 'rumours']), { timeout: 10_000, interval: 20 });
    const port = openPopupPort();
    const ids = () => port.posted.map((m) => parseFoundPush(m)?.found.map((f) => f.id).sort().join(','));
    expect(ids()).toHaveLength(1);
    expect(ids()[0]).toContain('ibrahima-konate');
    // The reader mutes him: the page re-annotates and the popup is told, unasked.
    await storageItems(storage).corrections.setValue(addMuted(NO_CORRECTIONS, 'Ibrahima Konaté'));
    await vi.waitFor(() => expect(ids().at(-1)).not.toContain('ibrahima-konate'), { timeout: 10_000, interval: 20 });
    expect(ids().length).toBeGreaterThan(1);
  });
});
