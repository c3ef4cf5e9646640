/**
 * The one-click transfermarkt-datasets source: switched on from the options page (its origin
 * granted in that click), checked daily like the update address, installed as one layer with
 * the same atomic swap (store/layers.ts `putLayer`). The last check's outcome is kept in
 * storage, in words, for the options page.
 */
import { browser } from 'wxt/browser';
import { now, today } from '../../lib/clock';
import { fetchUpstream, staleWords } from '../../lib/upstream-update';
import { upstreamBase, UPSTREAM_LABEL, UPSTREAM_LAYER } from '../../lib/upstream-source';
import { gunzipInBrowser } from '../../lib/import/from-file';
import type { UpstreamInfo } from '../../lib/protocol';
import { putLayer } from './store/layers';
import type { DB } from './store/db';
import { items } from './items';

export const UPSTREAM_ALARM = 'upstream-update';
const DAY_MINUTES = 24 * 60;
/** Test and development builds also fetch from http://127.0.0.1 (their fixture servers); production never. */
const ALLOW_LOCAL_HTTP = import.meta.env.MODE !== 'production';
const MAX_NOTES = 50;

export async function getUpstreamInfo(): Promise<UpstreamInfo> {
  const info = await items.upstream.getValue();
  return typeof info === 'object' && info ? info : {};
}

async function save(info: UpstreamInfo): Promise<UpstreamInfo> {
  await items.upstream.setValue(info);
  return info;
}

/** Switches the source on and schedules its daily check; the first check is the caller's. */
export async function enableUpstream(): Promise<UpstreamInfo> {
  await browser.alarms.create(UPSTREAM_ALARM, { periodInMinutes: DAY_MINUTES, delayInMinutes: DAY_MINUTES });
  return save({ ...(await getUpstreamInfo()), enabled: true });
}

/** The reader removed the source's layer: no more checks. */
export async function disableUpstream(): Promise<void> {
  await browser.alarms.clear(UPSTREAM_ALARM);
  await save({});
}

export interface UpstreamRunOptions {
  force?: boolean;
  onProgress?: (f: number) => void;
  fetch?: typeof globalThis.fetch;
  /** Tests: their fixture server (builds set it with FOOTNOTE_UPSTREAM_BASE). */
  base?: string;
  /** Tests: the day staleness is judged on (else lib/clock's). */
  today?: string;
}

export async function runUpstream(db: DB, options: UpstreamRunOptions = {}): Promise<UpstreamInfo> {
  const info = await getUpstreamInfo();
  if (!info.enabled) throw new Error('The transfermarkt-datasets source is not switched on');
  const checkedAt = now();
  const stamp = checkedAt.toISOString();
  const installed = await db.get('layers', UPSTREAM_LAYER);
  const day = options.today ?? today();
  try {
    const result = await fetchUpstream({
      base: options.base ?? upstreamBase(),
      fetch: options.fetch ?? globalThis.fetch.bind(globalThis),
      gunzip: gunzipInBrowser,
      today: day,
      validators: { etag: info.etag, lastModified: info.lastModified },
      installedSnapshot: installed?.dataset.asOf,
      force: options.force,
      allowLocalHttp: ALLOW_LOCAL_HTTP,
    });
    if (result.kind === 'not-modified') {
      const snapshot = installed?.dataset.asOf ?? info.snapshot;
      return save({
        ...info, ...result.validators, lastCheck: stamp, lastSuccess: stamp, lastError: undefined, lastWords: result.words,
        snapshot, stale: snapshot ? staleWords(snapshot, day) : undefined,
      });
    }
    const change = await putLayer(db, { id: UPSTREAM_LAYER, kind: 'upstream', label: UPSTREAM_LABEL, dataset: result.dataset }, { now: checkedAt, onProgress: options.onProgress });
    const notes = [...result.notes, ...change.skipped];
    return save({
      ...info, ...result.validators, snapshot: result.snapshot, stale: result.stale, lastCheck: stamp, lastSuccess: stamp, lastError: undefined,
      lastWords: change.words, notes: notes.slice(0, MAX_NOTES), noteCount: notes.length,
    });
  } catch (error) {
    // The installed data is untouched: only the error is recorded, to be shown in words.
    return save({ ...info, lastCheck: stamp, lastError: (error as Error).message });
  }
}
