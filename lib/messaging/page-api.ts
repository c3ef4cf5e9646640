/** The popup's view of one tab, over messaging: the background for the site, the tab itself for what it found. */
import type { TabStatus, EntitySummary } from '../protocol';
import { FOUND_PORT, parseFoundPush, type FoundEntity } from '../tab-protocol';
import { problemText } from '../page-problems';
import { askToAddSite, type AddSiteDeps } from './add-site';

export interface PageApi {
  status: () => Promise<TabStatus>;
  /** What the tab's content script found; [] when there is none (a browser page, a PDF...). */
  found: () => Promise<FoundEntity[]>;
  /** What went wrong on the page, as its content script said with the last found() (e.g. no badges: the data could not be read). */
  problem?: () => string | undefined;
  summaries: (ids: string[]) => Promise<EntitySummary[]>;
  /**
   * Calls `onChange` whenever the tab's content script says what it found has changed (it
   * pushes; nothing is polled). Returns the stop. Absent where the tab cannot be reached.
   */
  watchFound?: (onChange: (found: FoundEntity[], problem: string | undefined) => void) => () => void;
  /** Starts the permission request synchronously: browsers only allow it inside the click. */
  setTracked: (status: TabStatus, on: boolean) => Promise<TabStatus>;
  setPaused: (paused: boolean) => Promise<TabStatus>;
}

export interface PageApiDeps extends AddSiteDeps {
  /** A message to the tab's content script; rejects when there is none. */
  sendToTab: (tabId: number, message: unknown) => Promise<unknown>;
  /** Resolves after `ms`; the tab may never answer. */
  wait: (ms: number) => Promise<void>;
  /** Opens a port to the tab's content script (browser.tabs.connect). */
  connect?: (tabId: number, name: string) => PortLike;
}

/** The part of runtime.Port the popup uses. */
export interface PortLike {
  onMessage: { addListener: (listener: (message: unknown) => void) => void };
  disconnect: () => void;
}

const FOUND_TIMEOUT_MS = 1000;

export function pageApi(tabId: number, deps: PageApiDeps): PageApi {
  const { ask, connect } = deps;
  const status = () => ask('tab-status', { tabId });
  let problem: string | undefined;
  return {
    status,
    async found() {
      // No content script (a tab opened before install, a browser page, a PDF): no answer, not a hang.
      const reply = await Promise.race([deps.sendToTab(tabId, { type: 'popup-cs-found' }).catch(() => undefined), deps.wait(FOUND_TIMEOUT_MS)]);
      const found = (reply as { found?: unknown } | undefined)?.found;
      const said = (reply as { problem?: unknown } | undefined)?.problem;
      problem = problemText(said);
      return Array.isArray(found) ? (found as FoundEntity[]) : [];
    },
    problem: () => problem,
    ...(connect
      ? {
          watchFound(onChange: (found: FoundEntity[], problem: string | undefined) => void) {
            const port = connect(tabId, FOUND_PORT);
            port.onMessage.addListener((raw) => {
              const push = parseFoundPush(raw);
              if (!push) return;
              problem = problemText(push.problem);
              onChange(push.found, problem);
            });
            return () => port.disconnect();
          },
        }
      : {}),
    summaries: (ids) => ask('summaries', { ids }),
    setTracked(tab, on) {
      const id = tab.site?.id ?? tab.siteId;
      if (!id) return Promise.reject(new Error('Footnote cannot run on this page.'));
      if (!on || tab.site?.origin === 'default') return ask('site-enable', { id, enabled: on }).then(status);
      return askToAddSite(id, deps, tabId).then(status);
    },
    setPaused: (paused) => ask('sites-pause', { paused }).then(status),
  };
}
