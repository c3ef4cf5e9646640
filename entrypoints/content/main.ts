/** The content script's life: wait for an idle page, annotate (matched by the background), obey the off switch. */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { today as clockToday } from '../../lib/clock';
import { createAsk } from '../../lib/messaging/client';
import { PageAnnotator } from './annotator';
import type { HoverCards } from '../card/hover-card';
import { cardsOnFirstUse } from './card-trigger';
import { ownPiece } from './own-piece';
import { browserViewport } from './viewport';
import { FOUND_PORT, parseTabMessage, type FoundPush } from '../../lib/tab-protocol';
import type { Browser } from 'wxt/browser';
import { loadSettings, watchSettings } from './prefs';
import { learnWhileReading } from './learn';
import { partLoader, type PartName, type Parts } from './parts';
import { RemoteMatching } from '../../lib/page/remote-matching';
import type { MatchRequest } from '../../lib/engine/match-wire';

const TEST_BUILD = import.meta.env.MODE !== 'production';

function whenIdle(ctx: ContentScriptContext): Promise<void> {
  return new Promise((resolve) => {
    const go = () => ('requestIdleCallback' in window ? ctx.requestIdleCallback(() => resolve(), { timeout: 2000 }) : ctx.setTimeout(resolve, 200));
    if (document.readyState === 'complete') go();
    else ctx.addEventListener(window, 'load', go, { once: true });
  });
}

/** Test and development builds say on <html> when a batch has settled, so tests wait on facts, not sleeps. */
function mark(state: string) {
  if (TEST_BUILD) document.documentElement.setAttribute('data-footnote-test', state);
}

const ask = createAsk((message) => browser.runtime.sendMessage(message));
const inject = (part: PartName) => ask('content-part', { part });
const loadCard = partLoader('card', inject);
const loadLearner = partLoader('learn', inject);
const loadWriter = partLoader('write', inject);

export async function runFootnote(ctx: ContentScriptContext): Promise<void> {
  // The reader's settings are asked for while the page finishes loading, not after (and the background wakes meanwhile).
  const asking = loadSettings(ask);
  await whenIdle(ctx);
  if (ctx.isInvalid || !document.body) return;
  const asked = performance.now();
  let answered = false;
  // Test builds say how long the first match took to come back (npm run bench:data reads it).
  const match = async (request: MatchRequest) => {
    const reply = await ask('match', request);
    if (TEST_BUILD && !answered) document.documentElement.setAttribute('data-footnote-index-ms', String(Math.round(performance.now() - asked)));
    answered = true;
    return reply;
  };
  const today = clockToday();
  let { prefs, corrections } = await asking;
  const viewport = browserViewport(document);
  // Test builds say on <html> how many times the page was offered for learning, and whether it was read.
  const learn = learnWhileReading(ctx, {
    load: async () => (await loadLearner()).createLearner({ ask, today }),
    onSent: (n, on) => TEST_BUILD && document.documentElement.setAttribute('data-footnote-learned', `${n}:${on ? 'on' : 'off'}`),
  });
  const makeAnnotator = () =>
    new PageAnnotator(document.body, {
      matching: (options, heard) => new RemoteMatching(match, options, heard),
      summaries: (ids) => ask('summaries', { ids }),
      writer: async (options) => new (await loadWriter()).BlockWriter(document, options),
      today,
      // The underline is a hover affordance: on touch-only screens a tap opens the card and nothing is drawn.
      prefs: { ...prefs.badges, compact: prefs.compact, markNames: prefs.markNames && window.matchMedia('(hover: hover)').matches },
      corrections,
      viewport,
      onSettled: (a) => {
        mark(`settled:${a.found().length}`);
        learn(a);
        pushFound();
      },
    });
  // Open popups hold a port each (FOUND_PORT); they hear what this page found when it changes.
  const popups = new Set<Browser.runtime.Port>();
  let lastPushed = '';
  const foundPush = (): FoundPush => ({ type: 'cs-popup-found', found: annotator.found(), problem: annotator.currentProblem() });
  function pushFound(port?: Browser.runtime.Port) {
    const push = foundPush();
    const text = JSON.stringify(push);
    if (!port && text === lastPushed) return;
    if (!port) lastPushed = text;
    for (const p of port ? [port] : popups) {
      try {
        p.postMessage(push);
      } catch {
        popups.delete(p);
      }
    }
  }
  const onConnect = (port: Browser.runtime.Port) => {
    if (port.name !== FOUND_PORT || port.sender?.id !== browser.runtime.id) return;
    popups.add(port);
    port.onDisconnect.addListener(() => popups.delete(port));
    pushFound(port);
  };
  browser.runtime.onConnect.addListener(onConnect);
  let annotator = makeAnnotator();
  let cards: AbortController | undefined;
  let cardView: HoverCards | undefined;
  // Single-page navigation: WXT watches the location only for listeners added through ctx.
  ctx.addEventListener(window, 'wxt:locationchange', () => cardView?.close());
  const on = () => {
    if (!cards) {
      const signal = (cards = new AbortController()).signal;
      const ours = (element: Element) => !!ownPiece(element, (piece) => annotator.mentionAt(piece));
      cardsOnFirstUse(document, {
        ours,
        anyOnPage: () => annotator.found().length > 0,
        signal,
        start: async () => {
          const part = await loadCard();
          cardView = startCards(part.HoverCards, part.view, signal);
          return cardView;
        },
      });
    }
    return annotator.start();
  };
  // The card's controller, from the card part, once the reader first reaches a name (card-trigger.ts).
  const startCards = (Cards: typeof HoverCards, view: Parts['card']['view'], signal: AbortSignal) =>
    new Cards(document, {
      summary: (id) => annotator.summaryFor(id),
      mentionAt: (wrapper) => annotator.mentionAt(wrapper),
      today,
      dwellMs: prefs.hoverDelay,
      openRecord: (id) => void ask('open-record', { id }),
      loadView: () => Promise.resolve(view),
      // The background stores it with the reader's settings (for this page's site); every open tab (this one too) re-annotates from the change.
      correct: (kind, mention, summary) => {
        ask('correct', { kind, form: mention.text, entityId: mention.entityId, name: summary.name }).catch((error: Error) => console.error('Footnote: the correction was not saved:', error.message));
      },
      // The popup's "Run on this site" switch, from the card: the background switches this page's site off.
      siteOff: () => void ask('site-off-here', {}),
      site: location.hostname,
      signal,
    });
  const off = () => {
    cards?.abort();
    cards = undefined;
    annotator.stop();
  };

  const onMessage = (raw: unknown, sender: { id?: string }, sendResponse: (reply: unknown) => void) => {
    const message = parseTabMessage(raw);
    if (!message || sender.id !== browser.runtime.id) return undefined;
    if (message.type === 'bg-cs-enabled') {
      if (message.enabled) {
        mark('busy');
        void on();
      } else {
        off();
        // The background held this page's text for matching: it goes now.
        ask('match-end', {}).catch(() => undefined);
        mark('off');
        pushFound();
      }
      sendResponse({ ok: true });
    } else if (message.type === 'popup-cs-found') {
      // `keys` ties the page's opaque data-footnote-key values to entities, for extension pages and tests only.
      const found = annotator.found();
      const keys = Object.fromEntries(found.flatMap((f) => (annotator.keyOf(f.id) ? [[f.id, annotator.keyOf(f.id)]] : [])));
      sendResponse({ ok: true, found, keys, problem: annotator.currentProblem() });
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  // New badge preferences and corrections apply at once: the page is annotated again with them.
  const reannotate = () => {
    const wasOn = !!cards;
    off();
    annotator = makeAnnotator();
    if (wasOn) void on();
  };
  // Asked again in order: a later change's answer is never overtaken by an earlier one.
  let rereading = Promise.resolve();
  const unwatchSettings = watchSettings(() => {
    rereading = rereading.then(async () => {
      ({ prefs, corrections } = await loadSettings(ask, { prefs, corrections }));
      reannotate();
    });
  });
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    browser.runtime.onConnect.removeListener(onConnect);
    for (const port of popups) port.disconnect();
    unwatchSettings();
    off();
    viewport.disconnect();
  });
  mark('busy');
  await on();
}
