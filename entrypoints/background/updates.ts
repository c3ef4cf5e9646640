/** Dataset updates from the reader's URL: on a daily alarm and on demand. */
import { browser } from 'wxt/browser';
import { now } from '../../lib/clock';
import { fetchDatasetUpdate } from '../../lib/update';
import type { UpdateInfo } from '../../lib/protocol';
import { putLayer } from './store/layers';
import type { DB } from './store/db';
import { items } from './items';

export const UPDATE_ALARM = 'dataset-update';
const DAY_MINUTES = 24 * 60;

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
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    throw new Error(`“${trimmed}” is not a web address`);
  }
  if (!/^https?:$/.test(parsed.protocol)) throw new Error('The update address must start with https:// (or http://)');
  const info = await getUpdateInfo();
  const next: UpdateInfo = info.url === parsed.href ? info : { url: parsed.href };
  await browser.alarms.create(UPDATE_ALARM, { periodInMinutes: DAY_MINUTES, delayInMinutes: DAY_MINUTES });
  return saveUpdateInfo(next);
}

export async function runUpdate(db: DB, options: { force?: boolean; onProgress?: (f: number) => void } = {}): Promise<UpdateInfo> {
  const info = await getUpdateInfo();
  if (!info.url) throw new Error('No update address is set');
  const checkedAt = now();
  const stamp = checkedAt.toISOString();
  const installed = await db.get('layers', 'url');
  try {
    const result = await fetchDatasetUpdate({
      url: info.url,
      fetch: globalThis.fetch.bind(globalThis),
      etag: info.etag,
      lastModified: info.lastModified,
      installedAsOf: installed?.label === info.url ? installed.dataset.asOf : undefined,
      force: options.force,
    });
    if (result.kind === 'not-modified') {
      return saveUpdateInfo({ ...info, lastCheck: stamp, lastSuccess: stamp, lastError: undefined, lastWords: 'No change since the last update' });
    }
    const change = await putLayer(db, { id: 'url', kind: 'url', label: info.url, dataset: result.dataset }, { now: checkedAt, onProgress: options.onProgress });
    return saveUpdateInfo({ ...info, etag: result.etag, lastModified: result.lastModified, lastCheck: stamp, lastSuccess: stamp, lastError: undefined, lastWords: change.words });
  } catch (error) {
    // The installed data is untouched: only the error is recorded, to be shown in words.
    return saveUpdateInfo({ ...info, lastCheck: stamp, lastError: (error as Error).message });
  }
}
