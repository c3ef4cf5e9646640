/**
 * "What Footnote learned": the rumours read on the reader's own pages. What is stored, forgetting
 * it (all at once, or one site's), a "learn here" switch per site, export and import.
 */
import { useEffect, useState } from 'preact/hooks';
import { formatDay } from './format';
import type { LearnedSummary } from '../lib/rumours/history';
import type { LearnedFile } from '../lib/rumours/learned-file';
import type { LearnSite } from '../lib/protocol';

export interface LearnedApi {
  summary: () => Promise<LearnedSummary>;
  forget: (site?: string) => Promise<{ forgot: number }>;
  sites: () => Promise<LearnSite[]>;
  setSite: (id: string, learn: boolean | null) => Promise<LearnSite[]>;
  exportFile: (addresses: boolean) => Promise<LearnedFile>;
  /** Hands the file to the reader (a download). */
  save: (file: LearnedFile, name: string) => void;
  importFile: (json: unknown) => Promise<{ entries: number; sightings: number }>;
}

export const LEARNING_SENTENCE =
  'On the sites it runs on, Footnote keeps the transfer rumours it reads (who, which club, the outlet, the sentence and the page), in this browser only and never in private windows.';

export function LearnedView({ api, today }: { api: LearnedApi; today: string }) {
  const [summary, setSummary] = useState<LearnedSummary>();
  const [sites, setSites] = useState<LearnSite[]>([]);
  const [addresses, setAddresses] = useState(true);
  const [said, setSaid] = useState<string>();
  const [error, setError] = useState<string>();
  const refresh = () => api.summary().then(setSummary, (e: Error) => setError(e.message));
  useEffect(() => {
    void refresh();
    api.sites().then(setSites, (e: Error) => setError(e.message));
  }, []);
  const act = (work: () => Promise<string>) => {
    setError(undefined);
    work().then((words) => {
      setSaid(words);
      void refresh();
    }, (e: Error) => setError(e.message));
  };
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const onImport = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    act(async () => {
      let json: unknown;
      try {
        json = JSON.parse(await file.text());
      } catch {
        throw new Error(`${file.name} is not a JSON file`);
      }
      const added = await api.importFile(json);
      return `Imported ${plural(added.entries, 'rumour')} and ${plural(added.sightings, 'more sighting')} from ${file.name}.`;
    });
  };
  return (
    <section aria-labelledby="learned-heading">
      <h2 id="learned-heading">What Footnote learned</h2>
      <p>{LEARNING_SENTENCE}</p>
      {error && <p class="error" role="alert">{error}</p>}
      {said && <p role="status">{said}</p>}
      {summary && (
        <dl class="facts" data-testid="learned-summary">
          <div><dt>Rumours</dt><dd data-count="entries">{summary.entries}</dd></div>
          <div><dt>Sightings</dt><dd data-count="sightings">{summary.sightings}</dd></div>
          <div><dt>Oldest</dt><dd>{summary.oldest ? formatDay(summary.oldest) : '—'}</dd></div>
        </dl>
      )}
      <p>
        <button type="button" disabled={!summary?.entries} onClick={() => act(async () => `Forgot ${plural((await api.forget()).forgot, 'rumour')}.`)}>
          Forget what Footnote learned
        </button>
      </p>
      {!!summary?.sites.length && (
        <ul class="learned-list" aria-label="Sites rumours were read on">
          {summary.sites.map((s) => (
            <li key={s.site} data-learned-site={s.site}>
              {s.site} <span class="muted">({plural(s.sightings, 'sighting')})</span>{' '}
              <button type="button" class="link" aria-label={`Forget what was read on ${s.site}`}
                onClick={() => act(async () => `Forgot ${plural((await api.forget(s.site)).forgot, 'rumour')} read only on ${s.site}.`)}>
                Forget
              </button>
            </li>
          ))}
        </ul>
      )}
      <h3>Learn here</h3>
      <ul class="learned-list">
        {sites.map((s) => (
          <li key={s.id}>
            <label>
              <input type="checkbox" role="switch" checked={s.learn} disabled={!s.tracked} aria-label={`Learn on ${s.id}`}
                onChange={(e) => api.setSite(s.id, (e.currentTarget as HTMLInputElement).checked).then(setSites, (err: Error) => setError(err.message))} />
              {' '}{s.id}
            </label>
            {!s.tracked && <span class="muted small"> (Footnote is off there)</span>}
            {s.chosen && (
              <button type="button" class="link" onClick={() => api.setSite(s.id, null).then(setSites, (err: Error) => setError(err.message))}>
                follow the site's switch
              </button>
            )}
          </li>
        ))}
      </ul>
      <h3>Export and import</h3>
      <p class="muted small">
        The export is a Footnote rumours file. With addresses, it lists the pages you read; leave them out to share it.
      </p>
      <label>
        <input type="checkbox" checked={!addresses} onChange={(e) => setAddresses(!(e.currentTarget as HTMLInputElement).checked)} /> Leave the page addresses out
      </label>
      <p>
        <button type="button" disabled={!summary?.entries}
          onClick={() => act(async () => {
            api.save(await api.exportFile(addresses), `footnote-rumours-${today}.json`);
            return addresses ? 'Exported, with the addresses of the pages you read.' : 'Exported, without page addresses.';
          })}>
          Export learned rumours
        </button>{' '}
        <label class="button">
          Import a rumours file <input type="file" accept=".json,application/json" onChange={(e) => onImport(e.currentTarget as HTMLInputElement)} />
        </label>
      </p>
    </section>
  );
}
