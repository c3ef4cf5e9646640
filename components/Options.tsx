import { useEffect, useState } from 'preact/hooks';
import type { DataStatus } from '../lib/protocol';
import type { SitesState } from '../lib/sites/sites';
import type { Prefs } from '../lib/prefs';
import { DataStatusView } from './DataStatusView';
import { SitesView, type SitesApi } from './SitesView';
import { PrefsView } from './PrefsView';
import { DataSourcesView, type DataSourcesApi } from './DataSourcesView';

export interface OptionsApi {
  status: () => Promise<DataStatus>;
  sites: () => Promise<SitesState>;
  sitesApi: SitesApi;
  prefs: () => Promise<Prefs>;
  savePrefs: (p: Prefs) => Promise<void>;
  sources: DataSourcesApi;
}

export function Options({ api, today }: { api: OptionsApi; today: string }) {
  const [status, setStatus] = useState<DataStatus>();
  const [sites, setSites] = useState<SitesState>();
  const [prefs, setPrefs] = useState<Prefs>();
  const [error, setError] = useState<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const poll = () =>
    api.status().then((s) => {
      setStatus(s);
      clearTimeout(timer);
      if (s.state === 'installing') timer = setTimeout(poll, 300);
    }, (e: Error) => setError(e.message));
  useEffect(() => {
    void poll();
    api.sites().then(setSites, (e: Error) => setError(e.message));
    api.prefs().then(setPrefs);
    return () => clearTimeout(timer);
  }, []);
  const changePrefs = (p: Prefs) => {
    setPrefs(p);
    void api.savePrefs(p);
  };
  return (
    <main class="options">
      <h1>Footnote</h1>
      {error && <p class="error" role="alert">Footnote cannot reach its data: {error}</p>}
      {sites && <SitesView state={sites} api={api.sitesApi} onChange={setSites} />}
      {prefs && <PrefsView prefs={prefs} onChange={changePrefs} />}
      <DataStatusView status={status} today={today} />
      <DataSourcesView api={api.sources} onChanged={() => void poll()} generation={status?.active?.gen} />
    </main>
  );
}
