/**
 * Options → Data sources: the one-click transfermarkt-datasets source, beside the update
 * address. The click asks for the source's origin (in the click itself: browsers grant only
 * there), then the background fetches and installs it. Shown: the snapshot's own date, whether
 * the source is stale, the last check's words or error, and rows left out with their lines.
 */
import { useEffect, useState } from 'preact/hooks';
import type { UpstreamInfo } from '../lib/protocol';
import { formatDay, formatMoment } from './format';
import { UPSTREAM_LABEL } from '../lib/upstream-source';

export interface UpstreamApi {
  get: () => Promise<UpstreamInfo>;
  /** Must start the permission request synchronously, in the click. */
  enable: () => Promise<UpstreamInfo>;
  now: (force: boolean) => Promise<UpstreamInfo>;
}

export function UpstreamSourceView({ api, run, generation }: {
  api: UpstreamApi;
  /** Runs background work with the data sources' progress bar, and tells them the data changed. */
  run: (label: string, work: () => Promise<UpstreamInfo>) => Promise<UpstreamInfo | undefined>;
  generation?: number;
}) {
  const [info, setInfo] = useState<UpstreamInfo>({});
  const [error, setError] = useState<string>();
  const [force, setForce] = useState(false);
  useEffect(() => void api.get().then(setInfo, (e: Error) => setError(e.message)), [generation]);

  const go = (label: string, work: () => Promise<UpstreamInfo>) => {
    setError(undefined);
    void run(label, work).then((next) => next && setInfo(next), (e: Error) => setError(e.message));
  };

  return (
    <div class="upstream" data-testid="upstream">
      <div class="row">
        {info.enabled ? (
          <>
            <span class="grow">Using <bdi>{UPSTREAM_LABEL}</bdi></span>
            <button type="button" class="action" onClick={() => go('Checking transfermarkt-datasets', () => api.now(force))}>Check now</button>
            <label class="switch small"><input type="checkbox" checked={force} onChange={(e) => setForce((e.target as HTMLInputElement).checked)} /> <span>even if older</span></label>
          </>
        ) : (
          <button type="button" class="action" onClick={() => go('Fetching transfermarkt-datasets', api.enable)}>Use {UPSTREAM_LABEL}</button>
        )}
      </div>
      <dl class="facts" data-testid="upstream-status">
        {info.snapshot && <div><dt>Snapshot of</dt><dd data-testid="upstream-snapshot">{formatDay(info.snapshot)}</dd></div>}
        {info.stale && <div><dt>Stale</dt><dd class="warning" data-testid="upstream-stale">{info.stale}: transfermarkt-datasets publishes weekly when its scraper runs</dd></div>}
        {info.lastSuccess && <div><dt>Last success</dt><dd>{formatMoment(info.lastSuccess)}{info.lastWords ? `: ${info.lastWords}` : ''}</dd></div>}
        {(info.lastError || error) && <div><dt>Last error</dt><dd class="error" data-testid="upstream-error">{info.lastError ?? error}. The data you had is unchanged.</dd></div>}
      </dl>
      {info.notes && info.notes.length > 0 && (
        <details class="problems">
          <summary>{rowsWords(info.noteCount ?? info.notes.length)} left out (each with its file and line, and why)</summary>
          <ul>{info.notes.map((n) => <li key={n}>{n}</li>)}</ul>
        </details>
      )}
    </div>
  );
}

const rowsWords = (n: number) => `${n} ${n === 1 ? 'row' : 'rows'}`;
