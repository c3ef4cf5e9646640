/**
 * The options page's data sources: the layers merged into the data (with remove), "Import a
 * file", and the update address with "Update now". Long work shows a progress bar and ends with
 * a summary in words; problems are listed with their path or line. An update that would remove
 * much of the data waits here for the reader's yes or no; work the browser cut short is said in
 * words, with a button to run it again.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { LayerChange, LayerInfo, RecordCounts, UpdateInfo, WaitingUpdate } from '../lib/protocol';
import { formatDay, formatMoment } from './format';
import { IMPORT_MAX_BYTES, megabytes, tooLarge, type FileImport } from '../lib/import/from-file';
import { isInterrupted } from '../lib/messaging/interrupted';
import { UpstreamSourceView, type UpstreamApi } from './UpstreamSourceView';

export interface DataSourcesApi {
  layers: () => Promise<LayerInfo[]>;
  removeLayer: (id: string) => Promise<LayerChange>;
  readFile: (file: File) => Promise<FileImport>;
  addLayer: (label: string, dataset: unknown) => Promise<LayerChange>;
  progress: () => Promise<number | undefined>;
  update: () => Promise<UpdateInfo>;
  /** Must start the permission request synchronously, in the click. */
  setUpdateUrl: (url: string) => Promise<UpdateInfo>;
  updateNow: (force: boolean) => Promise<UpdateInfo>;
  /** The update waiting for the reader (UpdateInfo.waiting): install it, or keep the data. */
  confirmUpdate: () => Promise<UpdateInfo>;
  declineUpdate: () => Promise<UpdateInfo>;
  /** The one-click transfermarkt-datasets source (left out: not offered). */
  upstream?: UpstreamApi;
}

type Job = { label: string; fraction: number } | undefined;

export function DataSourcesView({ api, onChanged, generation }: { api: DataSourcesApi; onChanged: () => void; generation?: number }) {
  const [layers, setLayers] = useState<LayerInfo[]>([]);
  const [job, setJob] = useState<Job>();
  const [result, setResult] = useState<string>();
  const [problems, setProblems] = useState<{ title: string; list: string[]; again?: () => void }>();
  const [update, setUpdate] = useState<UpdateInfo>({});
  const [url, setUrl] = useState('');
  const [force, setForce] = useState(false);

  const refresh = () => api.layers().then(setLayers, failed('Could not list the data sources'));
  // The first load must not overwrite what the reader already typed or saved.
  const touched = useRef(false);
  // The installed data changed (the first install finished, an update landed): list the sources again.
  useEffect(() => void refresh(), [generation]);
  useEffect(() => {
    api.update().then((u) => {
      if (touched.current) return;
      setUpdate(u);
      setUrl(u.url ?? '');
    }, failed('Could not read the update settings'));
  }, []);

  /** Runs background work while polling its progress, so the bar moves and the page stays responsive. */
  const withProgress = async <T,>(label: string, from: number, work: Promise<T>): Promise<T> => {
    setJob({ label, fraction: from });
    const timer = setInterval(() => api.progress().then((f) => f !== undefined && setJob({ label, fraction: from + (1 - from) * f })), 150);
    try {
      return await work;
    } finally {
      clearInterval(timer);
      setJob(undefined);
    }
  };

  const importFile = async (file: File) => {
    setResult(undefined);
    setProblems(undefined);
    // Refused before a byte is read: a huge file would take the page's memory first.
    const big = tooLarge(file.name, file.size);
    if (big) return setProblems({ title: `${big}. Nothing was imported; your data is unchanged.`, list: [] });
    let read: FileImport;
    try {
      setJob({ label: `Reading ${file.name}`, fraction: 0.05 });
      // Let the bar paint before the conversion takes the thread.
      await new Promise((r) => setTimeout(r, 30));
      read = await api.readFile(file);
    } catch (error) {
      setJob(undefined);
      const e = error as Error & { problems?: string[] };
      return setProblems({ title: e.message, list: e.problems ?? [] });
    }
    await install(file.name, read);
  };

  const install = async (name: string, read: FileImport) => {
    setProblems(undefined);
    try {
      const change = await withProgress(`Installing ${name}`, 0.3, api.addLayer(name, read.dataset));
      setResult(`Imported ${name}: ${read.dataset.players.length} players, ${read.dataset.clubs.length} clubs. ${capital(change.words)}.`);
      const skipped = [...read.notes, ...(change.skipped ?? [])];
      if (skipped.length) setProblems({ title: `${skipped.length} skipped (each with its line or record, and why)`, list: skipped });
      await refresh();
      onChanged();
    } catch (error) {
      failed(`Could not import ${name}`, { doing: `Importing ${name}`, run: () => void install(name, read) })(error);
    }
  };

  /**
   * A failure is said where the reader looks; the data it was changing stays as it was. Work the
   * browser cut short (its worker stopped) is said so, and `again.run` is offered as a button.
   */
  const failed = (what: string, again?: { doing: string; run: () => void }) => (error: unknown) => {
    if (again && isInterrupted(error)) return setProblems({ title: `${again.doing} was interrupted; your data is unchanged.`, list: [], again: again.run });
    setProblems({ title: `${what}: ${error instanceof Error ? error.message : String(error)}. Your data is unchanged.`, list: [] });
  };

  const remove = async (layer: LayerInfo) => {
    setResult(undefined);
    setProblems(undefined);
    try {
      const change = await withProgress(`Removing ${layer.label}`, 0, api.removeLayer(layer.id));
      setResult(`Removed ${layer.label}. ${capital(change.words)}.`);
      await refresh();
      onChanged();
    } catch (error) {
      failed(`Could not remove ${layer.label}`, { doing: `Removing ${layer.label}`, run: () => void remove(layer) })(error);
    }
  };

  const saveUrl = (e: Event) => {
    e.preventDefault();
    touched.current = true;
    api.setUpdateUrl(url).then(setUpdate, (err: Error) => setUpdate({ ...update, lastError: err.message }));
  };
  const runUpdate = async () => {
    setProblems(undefined);
    try {
      const info = await withProgress('Updating', 0, api.updateNow(force));
      setUpdate(info);
      await refresh();
      onChanged();
    } catch (error) {
      failed('The update did not run', { doing: 'The update', run: () => void runUpdate() })(error);
    }
  };
  const answerWaiting = async (install: boolean) => {
    setProblems(undefined);
    try {
      const info = install ? await withProgress('Installing the update', 0, api.confirmUpdate()) : await api.declineUpdate();
      setUpdate(info);
      await refresh();
      onChanged();
    } catch (error) {
      failed('The update did not run', { doing: 'The update', run: () => void answerWaiting(install) })(error);
    }
  };

  return (
    <section aria-labelledby="sources-heading">
      <h2 id="sources-heading">Data sources</h2>
      <p class="muted small">Later sources update earlier ones: their facts replace older ones, and nicknames and rumours are kept.</p>
      <ul class="sites" aria-label="Data sources">
        {layers.map((l) => (
          <li key={l.id} data-layer={l.id}>
            <span class="grow">
              <bdi>{l.label}</bdi>
              <span class="muted small"> · {l.counts.players} players, {l.counts.clubs} clubs, {l.counts.rumours} rumours · as of {formatDay(l.asOf)}</span>
            </span>
            {l.kind !== 'bundled' && <button type="button" class="link" onClick={() => void remove(l)} aria-label={`Remove ${l.label}`}>Remove</button>}
          </li>
        ))}
      </ul>
      <label class="row">
        <span>Import a file (Footnote JSON, or a transfermarkt players.csv, optionally .gz; up to {megabytes(IMPORT_MAX_BYTES)})</span>
        <input type="file" accept=".json,.csv,.gz,application/json,text/csv" aria-label="Import a file" onChange={(e) => {
          const file = (e.target as HTMLInputElement).files?.[0];
          if (file) void importFile(file);
          (e.target as HTMLInputElement).value = '';
        }} />
      </label>
      {job && (
        <div role="status" class="row">
          <span>{job.label}…</span>
          <progress value={job.fraction} max={1} aria-label={job.label} />
        </div>
      )}
      {result && <p role="status" class="result">{result}</p>}
      {problems && (
        <div role="alert" class="error">
          <p>{problems.title}</p>
          {problems.list.length > 0 && <ul class="problems">{problems.list.slice(0, 30).map((p) => <li key={p}>{p}</li>)}</ul>}
          {problems.list.length > 30 && <p>… and {problems.list.length - 30} more</p>}
          {problems.again && <button type="button" class="action" onClick={problems.again}>Run it again</button>}
        </div>
      )}
      {update.waiting && <WaitingNotice waiting={update.waiting} onAnswer={(yes) => void answerWaiting(yes)} />}
      <h3>Updates</h3>
      {api.upstream && (
        <UpstreamSourceView
          api={api.upstream}
          generation={generation}
          run={async (label, work) => {
            setProblems(undefined);
            try {
              const info = await withProgress(label, 0, work());
              await refresh();
              onChanged();
              return info;
            } catch (error) {
              failed(label)(error);
              return undefined;
            }
          }}
        />
      )}
      {/* type="url" gives the right keyboard and autofill; noValidate leaves the messages to Footnote,
          which says what is wrong with an address (not https, has a password...) where the browser could not. */}
      <form class="row" onSubmit={saveUrl} noValidate>
        <input type="url" inputMode="url" autoComplete="url" aria-label="Dataset update address" placeholder="https://… (empty: no updates, no network use)" value={url} onInput={(e) => {
          touched.current = true;
          setUrl((e.target as HTMLInputElement).value);
        }} />
        <button type="submit" class="action">Save address</button>
      </form>
      {update.url && (
        <div class="row">
          <button type="button" class="action" onClick={() => void runUpdate()}>Update now</button>
          <label class="switch small"><input type="checkbox" checked={force} onChange={(e) => setForce((e.target as HTMLInputElement).checked)} /> <span>even if older</span></label>
        </div>
      )}
      <dl class="facts" data-testid="update-status">
        <div><dt>Checked daily from</dt><dd>{update.url ?? 'no address set'}</dd></div>
        {update.lastCheck && <div><dt>Last check</dt><dd>{formatMoment(update.lastCheck)}</dd></div>}
        {update.lastSuccess && <div><dt>Last success</dt><dd>{formatMoment(update.lastSuccess)}{update.lastWords ? `: ${update.lastWords}` : ''}</dd></div>}
        {update.lastError && <div><dt>Last error</dt><dd class="error" data-testid="update-error">{update.lastError}. The data you had is unchanged.</dd></div>}
      </dl>
    </section>
  );
}

/** An update that removes much of the data: the counts before and after, and the reader's choice. */
function WaitingNotice({ waiting, onAnswer }: { waiting: WaitingUpdate; onAnswer: (install: boolean) => void }) {
  const kinds: Array<keyof RecordCounts> = ['players', 'clubs', 'staff', 'rumours'];
  return (
    <div role="alert" class="waiting" data-testid="update-waiting">
      <p>
        The update from <bdi>{waiting.url}</bdi> (data as of {formatDay(waiting.asOf)}) would remove {waiting.removed} of the records it
        installed before{Object.values(waiting.after).every((n) => n === 0) ? ', leaving none' : ''}. It waits for you: nothing has changed yet.
      </p>
      <table class="counts">
        <thead><tr><th scope="col" /><th scope="col">Now</th><th scope="col">After the update</th></tr></thead>
        <tbody>
          {kinds.map((k) => <tr key={k}><th scope="row">{capital(k)}</th><td>{waiting.before[k]}</td><td>{waiting.after[k]}</td></tr>)}
        </tbody>
      </table>
      <div class="row">
        <button type="button" class="action" onClick={() => onAnswer(true)}>Install the smaller data</button>
        <button type="button" class="link" onClick={() => onAnswer(false)}>Keep my data</button>
      </div>
    </div>
  );
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
