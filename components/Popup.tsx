/**
 * The toolbar popup: search and full records. `api` is injected so component tests can drive
 * it without a background.
 */
import { useEffect, useState } from 'preact/hooks';
import type { DataStatus, FullRecord, SearchHit } from '../lib/protocol';
import { RecordView } from './RecordView';
import { SearchView } from './SearchView';
import { StaleNote } from './StaleNote';
import { PagePanel } from './PagePanel';
import type { PageApi } from '../lib/messaging/page-api';

export interface PopupApi {
  status: () => Promise<DataStatus>;
  search: (query: string) => Promise<SearchHit[]>;
  record: (id: string) => Promise<FullRecord | null>;
}

interface Props {
  api: PopupApi;
  today: string;
  initialRecord?: string;
  /** The page the popup was opened on, if any (not for extension pages). */
  page?: PageApi;
}

type View = { name: 'search' } | { name: 'record'; id: string };

export function Popup({ api, today, initialRecord, page }: Props) {
  const [status, setStatus] = useState<DataStatus>();
  const [statusError, setStatusError] = useState<string>();
  const [view, setView] = useState<View>(initialRecord ? { name: 'record', id: initialRecord } : { name: 'search' });
  const [query, setQuery] = useState('');

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = () =>
      api.status().then((s) => {
        setStatus(s);
        if (s.state === 'installing') timer = setTimeout(poll, 300);
      }, (e: Error) => setStatusError(e.message));
    void poll();
    return () => clearTimeout(timer);
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && view.name === 'record') {
        e.preventDefault();
        setView({ name: 'search' });
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [view]);

  if (statusError) return <Screen title="Footnote cannot reach its data" role="alert">{statusError}</Screen>;
  if (!status) return <Screen title="Loading…" role="status" />;
  if (!status.active) {
    if (status.state === 'error') return <Screen title="The dataset could not be installed" role="alert">{status.error}</Screen>;
    return <Screen title="Setting up the dataset…" role="status">Footnote is storing its player data in this browser. This takes a moment, once.</Screen>;
  }

  return (
    <main class="popup">
      <StaleNote meta={status.active} today={today} />
      {status.state === 'error' && <p class="error" role="alert">The last data update failed: {status.error}. The data below is still usable.</p>}
      {view.name === 'search' ? (
        <>
          {/* Search first, always: a page with many names must not push it below the fold. */}
          <SearchView search={api.search} onOpen={(id) => setView({ name: 'record', id })} query={query} onQuery={setQuery} />
          {page && <PagePanel api={page} today={today} onOpen={(id) => setView({ name: 'record', id })} />}
        </>
      ) : (
        <RecordScreen api={api} id={view.id} today={today} onBack={() => setView({ name: 'search' })} onOpen={(id) => setView({ name: 'record', id })} />
      )}
    </main>
  );
}

function RecordScreen({ api, id, today, onBack, onOpen }: { api: PopupApi; id: string; today: string; onBack: () => void; onOpen: (id: string) => void }) {
  const [record, setRecord] = useState<FullRecord | null>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    setRecord(undefined);
    api.record(id).then(setRecord, (e: Error) => setError(e.message));
  }, [id]);
  return (
    <div>
      <button type="button" class="back" onClick={onBack} aria-label="Back to search (Esc)">← Search</button>
      {error && <p class="error" role="alert">Could not load this record: {error}</p>}
      {!error && record === undefined && <p class="muted" role="status">Loading…</p>}
      {record === null && <p class="muted" role="status">No record “{id}” in the current data.</p>}
      {record && <RecordView record={record} today={today} onOpen={onOpen} />}
    </div>
  );
}

function Screen({ title, role, children }: { title: string; role: 'status' | 'alert'; children?: preact.ComponentChildren }) {
  return (
    <main class="popup screen">
      <div role={role}>
        <h1>{title}</h1>
        {children && <p>{children}</p>}
      </div>
    </main>
  );
}
