/**
 * Learning while reading, the page's side: the blocks not sent yet that name a player and a club
 * go to the background in "learn" messages (lib/rumours/learn-message.ts). Nothing is sent from
 * private windows, nor where the site's "learn here" switch is off. Loaded once a page has settled
 * (entrypoints/content/learn.ts), not with the content script: no page needs it to show badges.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { Ask } from '../../lib/messaging/client';
import type { Mention } from '../../lib/engine/page-matcher';
import { buildLearnMessage, learnBatches, learnsHere, mayLearn } from '../../lib/rumours/learn-message';
import { entryDays, readPageFacts } from '../../lib/rumours/page-facts';
import { isTracked, siteFor } from '../../lib/sites/sites';
import { loadLearnSettings, loadSitesState, storageItems, type StorageItems } from '../../lib/storage-items';

/** What learning reads of the page: the annotator's blocks with their mentions. */
export interface LearnSource {
  /** `handle`: the block's in the page's match session, when there is one. */
  blocks: () => Array<{ element: Element; text: string; mentions: Mention[]; handle?: number }>;
  /** The page's match session in the background, which holds the blocks' text already (none for a matcher of its own). */
  matchSession?: () => string | undefined;
}

/** Sends what is new on the page; resolves to whether this page may be learned from at all. */
export type Learner = (source: LearnSource) => Promise<boolean>;

export function createLearner(deps: { ask: Ask; today: string; items?: StorageItems }): Learner {
  const items = deps.items ?? storageItems(storage);
  const sent = new WeakMap<Element, string>();
  return async (source) => {
    const [sites, settings] = await Promise.all([loadSitesState(items), loadLearnSettings(items)]);
    const url = location.href;
    if (!mayLearn({ incognito: browser.extension.inIncognitoContext, tracked: isTracked(sites, url), learnHere: learnsHere(settings, siteFor(sites, url)?.id) })) return false;
    const dayOf = entryDays(document.body);
    const fresh = source.blocks().filter((b) => sent.get(b.element) !== b.text);
    const facts = readPageFacts(document, deps.today);
    const candidates = fresh.filter((b) => b.mentions.some((m) => m.kind === 'player') && b.mentions.some((m) => m.kind === 'club'));
    for (const b of fresh) sent.set(b.element, b.text);
    // One message per run that fits, one after another: the background reads each as it comes.
    // Blocks go as handles into the match session. A session that lacks one learned nothing from
    // the message (the worker was stopped, say): the run goes again as text.
    const session = source.matchSession?.();
    for (const run of learnBatches(candidates.map((b) => ({ ...b, date: dayOf(b.element) })))) {
      const message = buildLearnMessage(run, facts, session);
      if (!message) continue;
      const reply = await deps.ask('learn', message);
      const again = 'missing' in reply ? buildLearnMessage(run, facts) : null;
      if (again) await deps.ask('learn', again);
    }
    return true;
  };
}
