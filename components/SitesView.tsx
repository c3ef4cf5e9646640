/** The options page's tracked-sites list: switches, add, remove, pause, reset. */
import { useState } from 'preact/hooks';
import type { SitesState } from '../lib/sites/sites';

export interface SitesApi {
  /** Must start the permission request synchronously, in the submit handler. */
  add: (input: string) => Promise<SitesState>;
  enable: (id: string, enabled: boolean) => Promise<SitesState>;
  remove: (id: string) => Promise<SitesState>;
  reset: () => Promise<SitesState>;
  pause: (paused: boolean) => Promise<SitesState>;
}

export function SitesView({ state, api, onChange }: { state: SitesState; api: SitesApi; onChange: (s: SitesState) => void }) {
  const [input, setInput] = useState('');
  const [error, setError] = useState<string>();
  /** Adding waits on the browser's permission prompt: say so, then say how it ended. */
  const [adding, setAdding] = useState<string>();
  const [added, setAdded] = useState<string>();
  const run = (p: Promise<SitesState>) => p.then(onChange, (e: Error) => setError(e.message));

  const submit = (e: Event) => {
    e.preventDefault();
    setError(undefined);
    setAdded(undefined);
    const site = input.trim();
    setAdding(site);
    // api.add asks for the permission at once, inside this handler (browsers require it).
    void run(
      api.add(site).then((s) => {
        setInput('');
        setAdded(`Footnote now runs on ${site}.`);
        return s;
      }),
    ).finally(() => setAdding(undefined));
  };

  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">Sites</h2>
      <p class="muted small">
        A default site is a news site's football section; it can be switched off. A site you add is its host and all
        its subdomains (example.com covers news.example.com); removing it gives its permission back.
      </p>
      <label class="switch">
        <input type="checkbox" role="switch" checked={state.paused} onChange={(e) => run(api.pause((e.target as HTMLInputElement).checked))} />
        <span>Pause Footnote everywhere</span>
      </label>
      <form class="row" onSubmit={submit}>
        <input type="text" aria-label="Site to add" placeholder="example.com" value={input} onInput={(e) => setInput((e.target as HTMLInputElement).value)} />
        <button type="submit" class="action" disabled={adding !== undefined}>Add site</button>
      </form>
      <p role="status" class="muted small">{adding !== undefined ? `Waiting for your browser’s permission to read ${adding}…` : added}</p>
      {error && <p class="error" role="alert">{error}</p>}
      <ul class="sites" aria-label="Tracked sites">
        {state.sites.map((site) => (
          <li key={site.id} data-site={site.id}>
            <label class="switch grow">
              <input type="checkbox" role="switch" aria-label={`Run on ${site.id}`} checked={site.enabled && !site.revoked} onChange={(e) => run(api.enable(site.id, (e.target as HTMLInputElement).checked))} />
              <span>{site.id}</span>
              {site.origin === 'default' && <span class="muted small">default</span>}
              {site.revoked && <span class="error small">permission removed in the browser</span>}
            </label>
            {site.origin === 'added' && <button type="button" class="link" onClick={() => run(api.remove(site.id))} aria-label={`Remove ${site.id}`}>Remove</button>}
          </li>
        ))}
      </ul>
      <button type="button" class="action" onClick={() => run(api.reset())}>Reset to the default sites</button>
    </section>
  );
}
