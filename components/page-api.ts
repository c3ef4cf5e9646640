/** The popup's PageApi over the extension's messaging: the background for sites, the tab for what it found. */
import { browser } from 'wxt/browser';
import { normaliseSite } from '../lib/sites/sites';
import type { TabStatus } from '../lib/protocol';
import type { FoundEntity } from '../lib/tab-protocol';
import type { PageApi } from './PagePanel';
import { ask } from './ask';

const FOUND_TIMEOUT_MS = 1000;

export function pageApi(tabId: number): PageApi {
  let problem: string | undefined;
  return {
    status: () => ask('tab-status', { tabId }),
    async found() {
      // No content script (a tab opened before install, a browser page, a PDF): no answer, not a hang.
      const reply = await Promise.race([
        browser.tabs.sendMessage(tabId, { type: 'popup-cs-found' }).catch(() => undefined),
        new Promise((resolve) => setTimeout(resolve, FOUND_TIMEOUT_MS)),
      ]);
      problem = (reply as { problem?: string } | undefined)?.problem;
      return ((reply as { found?: FoundEntity[] } | undefined)?.found ?? []) as FoundEntity[];
    },
    problem: () => problem,
    summaries: (ids) => ask('summaries', { ids }),
    setTracked(status: TabStatus, on: boolean) {
      const site = status.site;
      if (!on) return ask('site-enable', { id: site?.id ?? status.siteId!, enabled: false }).then(() => ask('tab-status', { tabId }));
      if (site?.origin === 'default') return ask('site-enable', { id: site.id, enabled: true }).then(() => ask('tab-status', { tabId }));
      const n = normaliseSite(status.siteId!);
      if (!n.ok) return Promise.reject(new Error(n.error));
      // Noted for the background (Firefox may close this popup during the prompt), without awaiting:
      // the permission request must start in the click, before any await.
      void browser.storage.session.set({ pendingSite: n.id });
      return browser.permissions
        .request({ origins: n.patterns })
        .then(async (granted) => {
          if (!granted) throw new Error(`Footnote needs your permission to read ${n.id}.`);
          const { error } = await ask('site-add', { input: n.id, tabId });
          if (error) throw new Error(error);
          return ask('tab-status', { tabId });
        });
    },
    setPaused: (paused) => ask('sites-pause', { paused }).then(() => ask('tab-status', { tabId })),
  };
}
