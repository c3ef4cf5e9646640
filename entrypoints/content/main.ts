/** The content script's life: wait for an idle page, fetch the index, annotate, obey the off switch. */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { deserialiseNameIndex } from '../../lib/engine/name-index';
import { today as clockToday } from '../../lib/clock';
import { createAsk } from '../../lib/messaging/client';
import { PageAnnotator } from './annotator';
import { HoverCards } from './hover-card';
import { browserViewport } from './viewport';
import { parseTabMessage } from '../../lib/tab-protocol';
import type { Prefs } from '../../lib/prefs';
import { loadPrefs, watchPrefs } from './prefs';
import { learnWhileReading } from './learn';
import { partLoader, type PartName } from './parts';

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
const loadCardView = partLoader('card', inject);
const loadLearner = partLoader('learn', inject);

export async function runFootnote(ctx: ContentScriptContext): Promise<void> {
  await whenIdle(ctx);
  if (ctx.isInvalid || !document.body) return;
  const serialised = await ask('name-index');
  if (!serialised) return;
  const today = clockToday();
  let prefs: Prefs = await loadPrefs();
  const index = deserialiseNameIndex(serialised);
  const viewport = browserViewport(document);
  // Test builds say on <html> how many times the page was offered for learning, and whether it was read.
  const learn = learnWhileReading(ctx, {
    load: async () => (await loadLearner()).createLearner({ ask, today }),
    onSent: (n, on) => TEST_BUILD && document.documentElement.setAttribute('data-footnote-learned', `${n}:${on ? 'on' : 'off'}`),
  });
  const makeAnnotator = () =>
    new PageAnnotator(document.body, {
      index,
      summaries: (ids) => ask('summaries', { ids }),
      today,
      prefs: { ...prefs.badges, compact: prefs.compact },
      viewport,
      onSettled: (a) => {
        mark(`settled:${a.found().length}`);
        learn(a);
      },
    });
  let annotator = makeAnnotator();
  let cards: AbortController | undefined;
  let cardView: HoverCards | undefined;
  // Single-page navigation: WXT watches the location only for listeners added through ctx.
  ctx.addEventListener(window, 'wxt:locationchange', () => cardView?.close());
  const on = () => {
    if (!cards) {
      cards = new AbortController();
      cardView = new HoverCards(document, {
        summary: (id) => annotator.summaryFor(id),
        mentionAt: (wrapper) => annotator.mentionAt(wrapper),
        today,
        dwellMs: prefs.hoverDelay,
        openRecord: (id) => void ask('open-record', { id }),
        loadView: loadCardView,
        signal: cards.signal,
      });
    }
    return annotator.start();
  };
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
        mark('off');
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
  // New badge preferences apply at once: the page is annotated again with them.
  const unwatchPrefs = watchPrefs((value) => {
    prefs = value;
    const wasOn = !!cards;
    off();
    annotator = makeAnnotator();
    if (wasOn) void on();
  });
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    unwatchPrefs();
    off();
    viewport.disconnect();
  });
  mark('busy');
  await on();
}
