/**
 * The popup's view of the page it was opened on: the site switch, and the players and clubs
 * found there, most mentioned first. Keeps itself up to date while open: the tab's content
 * script pushes what changes (PageApi.watchFound); nothing here asks again on a timer.
 */
import { useEffect, useState } from 'preact/hooks';
import type { EntitySummary, TabStatus } from '../lib/protocol';
import type { FoundEntity } from '../lib/tab-protocol';
import { Badges } from './Badges';
import { KIND_WORDS } from './format';
import type { PageApi } from '../lib/messaging/page-api';

export function PagePanel({ api, today, onOpen }: { api: PageApi; today: string; onOpen: (id: string) => void }) {
  const [status, setStatus] = useState<TabStatus>();
  const [found, setFound] = useState<Array<FoundEntity & { summary?: EntitySummary }>>();
  const [error, setError] = useState<string>();
  const [pageProblem, setPageProblem] = useState<string>();

  useEffect(() => {
    api.status().then(setStatus, (e: Error) => setError(e.message));
  }, []);

  useEffect(() => {
    if (!status?.tracked) {
      setFound(undefined);
      return;
    }
    let alive = true;
    const cache = new Map<string, EntitySummary>();
    // Lists arrive in order; a slower summaries call must not let an older list overwrite a newer one.
    let latest = 0;
    const show = async (list: FoundEntity[], problem: string | undefined) => {
      const n = ++latest;
      const missing = list.map((f) => f.id).filter((id) => !cache.has(id));
      if (missing.length) for (const s of await api.summaries(missing)) cache.set(s.id, s);
      if (!alive || n !== latest) return;
      setFound(list.map((f) => ({ ...f, summary: cache.get(f.id) })));
      setPageProblem(problem);
    };
    const fail = (e: Error) => alive && setError(e.message);
    // The first answer, unless a push was quicker (a push is always the newer).
    let pushed = false;
    api.found().then((list) => (pushed ? undefined : show(list, api.problem?.()))).catch(fail);
    const unwatch = api.watchFound?.((list, problem) => {
      pushed = true;
      void show(list, problem).catch(fail);
    });
    return () => {
      alive = false;
      unwatch?.();
    };
  }, [status?.tracked, status?.url]);

  if (!status) return error ? <p class="error" role="alert">{error}</p> : null;
  if (!status.siteId) return <p class="muted small page-note">Footnote does not run on this kind of page.</p>;

  const toggle = (on: boolean) => {
    setError(undefined);
    api.setTracked(status, on).then(setStatus, (e: Error) => {
      setError(e.message);
      setStatus({ ...status });
    });
  };
  // A refused pause puts the switch back and says why (the promise must never reject unheard).
  const pause = (paused: boolean) => {
    setError(undefined);
    api.setPaused(paused).then(setStatus, (e: Error) => {
      setError(e.message);
      setStatus({ ...status });
    });
  };
  const site = status.site?.id ?? status.siteId;
  return (
    <section class="page-panel" aria-label="This page">
      <div class="site-row">
        <label class="switch">
          <input type="checkbox" role="switch" checked={!!status.site?.enabled && !status.site?.revoked} onChange={(e) => toggle((e.target as HTMLInputElement).checked)} />
          <span>Run on this site <span class="muted">({site})</span></span>
        </label>
        <label class="switch small">
          <input type="checkbox" role="switch" checked={status.paused} onChange={(e) => pause((e.target as HTMLInputElement).checked)} />
          <span>Pause everywhere</span>
        </label>
      </div>
      {error && <p class="error" role="alert">{error}</p>}
      {status.site?.revoked && <p class="stale">The browser no longer lets Footnote read {site}. Switch it on to grant that again.</p>}
      {status.tracked && (
        <div>
          <h3>On this page</h3>
          {pageProblem && <p class="error" role="alert">{pageProblem}</p>}
          {found === undefined && <p class="muted" role="status">Looking…</p>}
          {found?.length === 0 && <p class="muted" role="status">No players or clubs from the dataset on this page.</p>}
          {!!found?.length && (
            <ul class="found" aria-label="Players and clubs on this page">
              {found.map((f) => (
                <li key={f.id} data-id={f.id}>
                  <button type="button" class="link" onClick={() => onOpen(f.id)}>{f.summary?.name ?? f.id}</button>
                  <span class="muted small"> {KIND_WORDS[f.kind]}{f.count > 1 ? ` · ${f.count}×` : ''}</span>
                  {f.summary && <Badges summary={f.summary} today={today} />}
                </li>
              ))}
            </ul>
          )}
          <p class="muted small">Tip: on the page, Alt+Shift+↓ steps through the names.</p>
        </div>
      )}
    </section>
  );
}
