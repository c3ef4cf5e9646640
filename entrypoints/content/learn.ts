/**
 * Learning while reading, the page's side: after a batch settles, the blocks not sent yet that
 * name a player and a club go to the background in one "learn" message (lib/rumours/learn-message.ts).
 * Nothing runs in private windows, nor where the site's "learn here" switch is off.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Ask } from '../../lib/messaging/client';
import { buildLearnMessage, learnBatches, learnsHere, mayLearn } from '../../lib/rumours/learn-message';
import { entryDays, readPageFacts } from '../../lib/rumours/page-facts';
import { isTracked, siteFor } from '../../lib/sites/sites';
import { loadLearnSettings, loadSitesState, type StorageItems } from '../../lib/storage-items';
import type { PageAnnotator } from './annotator';

const QUIET_MS = 1500;

export function learnWhileReading(ctx: ContentScriptContext, deps: { ask: Ask; items: StorageItems; today: string; onSent?: (times: number, learning: boolean) => void }) {
  const sent = new WeakMap<Element, string>();
  let timer: number | undefined;
  let count = 0;
  const send = async (annotator: PageAnnotator) => {
    const [sites, settings] = await Promise.all([loadSitesState(deps.items), loadLearnSettings(deps.items)]);
    const url = location.href;
    if (!mayLearn({ incognito: browser.extension.inIncognitoContext, tracked: isTracked(sites, url), learnHere: learnsHere(settings, siteFor(sites, url)?.id) })) {
      deps.onSent?.(++count, false);
      return;
    }
    const dayOf = entryDays(document.body);
    const fresh = annotator.blocks().filter((b) => sent.get(b.element) !== b.text);
    const facts = readPageFacts(document, deps.today);
    const candidates = fresh.filter((b) => b.mentions.some((m) => m.kind === 'player') && b.mentions.some((m) => m.kind === 'club'));
    for (const b of fresh) sent.set(b.element, b.text);
    // One message per run that fits, one after another: the background reads each as it comes.
    for (const run of learnBatches(candidates.map((b) => ({ ...b, date: dayOf(b.element) })))) {
      const message = buildLearnMessage(run, facts);
      if (message) await deps.ask('learn', message);
    }
    deps.onSent?.(++count, true);
  };
  // The page settles in batches (a live blog keeps growing): send once it has been quiet a moment.
  return (annotator: PageAnnotator) => {
    if (timer !== undefined) clearTimeout(timer);
    timer = ctx.setTimeout(() => void send(annotator).catch((e) => console.error('Footnote: could not learn from this page', e)), QUIET_MS);
  };
}
