/**
 * Dataset updates from the reader's URL: on a daily alarm and on demand. An update that would
 * remove much of the data is not installed: it waits (in the database) until the reader confirms
 * or declines it in the options page, whoever started the check.
 */
import { browser } from 'wxt/browser';
import { now } from '../../lib/clock';
import { checkUpdateAddress, fetchDatasetUpdate, shrinkage } from '../../lib/update';
import type { UpdateInfo } from '../../lib/protocol';
import { putLayer } from './store/layers';
import { gunzipInBrowser } from '../../lib/import/from-file';
import type { DB, WaitingUpdateRow } from './store/db';
import { items } from './items';

export const UPDATE_ALARM = 'dataset-update';
const DAY_MINUTES = 24 * 60;
const WAITING_KEY = 'update-waiting';
/** Test and development builds also fetch from http://127.0.0.1 (their test servers); production never. */
const ALLOW_LOCAL_HTTP = import.meta.env.MODE !== 'production';

export async function getUpdateInfo(): Promise<UpdateInfo> {
  const info = await items.update.getValue();
  return typeof info === 'object' && info ? info : {};
}

async function saveUpdateInfo(info: UpdateInfo): Promise<UpdateInfo> {
  await items.update.setValue(info);
  return info;
}

/** Stores the URL (validated) and schedules daily checks; an empty URL switches updates off. */
export async function setUpdateUrl(url: string): Promise<UpdateInfo> {
  const trimmed = url.trim();
  if (!trimmed) {
    await browser.alarms.clear(UPDATE_ALARM);
    return saveUpdateInfo({});
  }
  const parsed = checkUpdateAddress(trimmed, { allowLocalHttp: ALLOW_LOCAL_HTTP });
  const info = await getUpdateInfo();
  // A new address starts afresh: its validators and anything waiting belonged to the old one.
  const next: UpdateInfo = info.url === parsed.href ? info : { url: parsed.href };
  await browser.alarms.create(UPDATE_ALARM, { periodInMinutes: DAY_MINUTES, delayInMinutes: DAY_MINUTES });
  return saveUpdateInfo(next);
}

export interface RunOptions {
  force?: boolean;
  onProgress?: (f: number) => void;
  /** The network; tests pass their own. */
  fetch?: typeof globalThis.fetch;
  allowLocalHttp?: boolean;
}

export async function runUpdate(db: DB, options: RunOptions = {}): Promise<UpdateInfo> {
  const info = await getUpdateInfo();
  if (!info.url) throw new Error('No update address is set');
  const checkedAt = now();
  const stamp = checkedAt.toISOString();
  // The update address has one layer, whatever address filled it: every fetch is compared with it.
  const installed = await db.get('layers', 'url');
  try {
    const result = await fetchDatasetUpdate({
      url: info.url,
      fetch: options.fetch ?? globalThis.fetch.bind(globalThis),
      etag: info.etag,
      lastModified: info.lastModified,
      installedAsOf: installed?.dataset.asOf,
      force: options.force,
      allowLocalHttp: options.allowLocalHttp ?? ALLOW_LOCAL_HTTP,
      // A published dataset.json.gz (npm run dataset:publish) is unpacked here.
      gunzip: gunzipInBrowser,
    });
    if (result.kind === 'not-modified') {
      return saveUpdateInfo({ ...info, lastCheck: stamp, lastSuccess: stamp, lastError: undefined, lastWords: 'No change since the last update' });
    }
    const shrink = installed ? shrinkage(installed.dataset, result.dataset) : undefined;
    if (shrink?.needsConfirmation) {
      const row: WaitingUpdateRow = { key: WAITING_KEY, url: info.url, dataset: result.dataset, etag: result.etag, lastModified: result.lastModified };
      await db.put('meta', row);
      const waiting = { url: info.url, asOf: result.dataset.asOf, fetchedAt: stamp, before: shrink.before, after: shrink.after, removed: shrink.removed };
      return saveUpdateInfo({
        ...info, lastCheck: stamp, lastError: undefined, waiting,
        lastWords: `The update would remove ${shrink.removed} of the ${total(shrink.before)} records from this address; it waits for your confirmation`,
      });
    }
    const change = await putLayer(db, { id: 'url', kind: 'url', label: info.url, dataset: result.dataset }, { now: checkedAt, onProgress: options.onProgress });
    await db.delete('meta', WAITING_KEY);
    return saveUpdateInfo({ ...info, etag: result.etag, lastModified: result.lastModified, lastCheck: stamp, lastSuccess: stamp, lastError: undefined, lastWords: change.words, waiting: undefined });
  } catch (error) {
    // The installed data is untouched: only the error is recorded, to be shown in words.
    return saveUpdateInfo({ ...info, lastCheck: stamp, lastError: (error as Error).message });
  }
}

/** The reader confirmed the waiting update: install it as the address's layer. */
export async function confirmUpdate(db: DB, options: { onProgress?: (f: number) => void } = {}): Promise<UpdateInfo> {
  const info = await getUpdateInfo();
  const row = await waitingRow(db, info);
  if (!row || !info.waiting) throw new Error('No update is waiting for confirmation');
  const at = now();
  const change = await putLayer(db, { id: 'url', kind: 'url', label: row.url, dataset: row.dataset }, { now: at, onProgress: options.onProgress });
  await db.delete('meta', WAITING_KEY);
  const stamp = at.toISOString();
  return saveUpdateInfo({ ...info, etag: row.etag, lastModified: row.lastModified, lastSuccess: stamp, lastError: undefined, lastWords: change.words, waiting: undefined });
}

/**
 * The reader declined it: the data stays, and the declined file's validators are kept, so the
 * daily check does not offer the same file again (a changed file is offered anew).
 */
export async function declineUpdate(db: DB): Promise<UpdateInfo> {
  const info = await getUpdateInfo();
  const row = await waitingRow(db, info);
  await db.delete('meta', WAITING_KEY);
  return saveUpdateInfo({
    ...info, etag: row?.etag ?? info.etag, lastModified: row?.lastModified ?? info.lastModified,
    waiting: undefined, lastWords: 'You declined the update; your data is unchanged',
  });
}

async function waitingRow(db: DB, info: UpdateInfo): Promise<WaitingUpdateRow | undefined> {
  const row = await db.get('meta', WAITING_KEY);
  // Only the current address's download may be installed under its name.
  return row && row.key === WAITING_KEY && row.url === info.url ? row : undefined;
}

const total = (c: { players: number; clubs: number; staff: number; rumours: number }) => c.players + c.clubs + c.staff + c.rumours;
