import { useEffect, useRef, useState } from 'preact/hooks';
import type { DataStatus } from '../lib/protocol';
import type { SitesState } from '../lib/sites/sites';
import type { Prefs } from '../lib/prefs';
import { DataStatusView } from './DataStatusView';
import { SitesView, type SitesApi } from './SitesView';
import { PrefsView } from './PrefsView';
import { DataSourcesView, type DataSourcesApi } from './DataSourcesView';
import { LearnedView, type LearnedApi } from './LearnedView';
import { CorrectionsView, type CorrectionsApi } from './CorrectionsView';

export interface OptionsApi {
  status: () => Promise<DataStatus>;
  sites: () => Promise<SitesState>;
  sitesApi: SitesApi;
  prefs: () => Promise<Prefs>;
  savePrefs: (p: Prefs) => Promise<void>;
  sources: DataSourcesApi;
  /** Optional so pages and tests without learning still render. */
  learned?: LearnedApi;
  /** Optional so pages and tests without corrections still render. */
  corrections?: CorrectionsApi;
}

/** The page's sections, in order: each view's section carries the id its heading is named by. */
const SECTIONS = [
  ['sites-heading', 'Sites'],
  ['prefs-heading', 'Badges'],
  ['corrections-heading', 'Corrections'],
  ['data-heading', 'Data'],
  ['sources-heading', 'Sources'],
  ['learned-heading', 'Learned'],
] as const;

export function Options({ api, today }: { api: OptionsApi; today: string }) {
  const [status, setStatus] = useState<DataStatus>();
  const [sites, setSites] = useState<SitesState>();
  const [prefs, setPrefs] = useState<Prefs>();
  const [error, setError] = useState<string>();
  // One status poll at a time, across renders: a poll started by a later render (a change in
  // the sources) replaces the running one, and leaving the page stops it.
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const alive = useRef(true);
  const poll = () => {
    clearTimeout(timer.current);
    return api.status().then((s) => {
      if (!alive.current) return;
      setStatus(s);
      clearTimeout(timer.current);
      if (s.state === 'installing') timer.current = setTimeout(poll, 300);
    }, (e: Error) => setError(e.message));
  };
  useEffect(() => {
    alive.current = true;
    void poll();
    api.sites().then(setSites, (e: Error) => setError(e.message));
    api.prefs().then(setPrefs, (e: Error) => setError(e.message));
    return () => {
      alive.current = false;
      clearTimeout(timer.current);
    };
  }, []);
  const changePrefs = (p: Prefs) => {
    setPrefs(p);
    api.savePrefs(p).catch((e: Error) => setError(`Your preferences were not saved: ${e.message}`));
  };
  return (
    <main class="options">
      <header class="options__header">
        <img src="/icon/48.png" alt="" width={32} height={32} />
        <h1>Footnote</h1>
      </header>
      <nav aria-label="Settings sections" class="options__nav">
        {SECTIONS.filter(([id]) => (id !== 'learned-heading' || api.learned) && (id !== 'corrections-heading' || api.corrections)).map(([id, label]) => (
          <a key={id} href={`#${id}`}>{label}</a>
        ))}
      </nav>
      {error && <p class="error" role="alert">Footnote cannot reach its data: {error}</p>}
      {sites && <SitesView state={sites} api={api.sitesApi} onChange={setSites} />}
      {prefs && <PrefsView prefs={prefs} onChange={changePrefs} />}
      {api.corrections && <CorrectionsView api={api.corrections} />}
      <DataStatusView status={status} today={today} />
      <DataSourcesView api={api.sources} onChanged={() => void poll()} generation={status?.active?.gen} />
      {api.learned && <LearnedView api={api.learned} today={today} />}
    </main>
  );
}
