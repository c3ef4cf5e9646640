/**
 * The background's data: the bundled layer kept installed, the reader's layers (imports, the
 * update address) changed one at a time, and the status the popup and options page show.
 */
import { browser } from 'wxt/browser';
import { now } from '../../lib/clock';
import { openFootnoteDB, type DB } from './store/db';
import { ensureBundled } from './store/bundled';
import { activeMeta } from './store/install';
import { listLayers, putLayer, removeLayer } from './store/layers';
import { validateRecords } from '../../lib/dataset/validate';
import type { DataStatus, LayerChange, LayerInfo, UpdateInfo, UpstreamInfo } from '../../lib/protocol';
import { serial } from '../../lib/serial';
import { confirmUpdate, declineUpdate, runUpdate } from './updates';
import { disableUpstream, enableUpstream, runUpstream } from './upstream';
import { UPSTREAM_LAYER } from '../../lib/upstream-source';
import { stripBidiControls } from '../../lib/dataset/text-safety';

export class DataService {
  readonly db: Promise<DB> = openFootnoteDB();
  private installing: Promise<void> | undefined;
  private lastError: string | undefined;
  /** A layer change in progress, from 0 to 1. */
  private progress: number | undefined;
  private readonly queue = serial();

  /** Installs the bundled file if this version's is not the one installed (or an install was cut short). */
  ensureBundled(): Promise<void> {
    this.installing ??= this.queue(async () => {
      const version = browser.runtime.getManifest().version;
      const load = async () => (await fetch(browser.runtime.getURL('/dataset.json'))).json();
      try {
        await ensureBundled(await this.db, version, load, now);
        this.lastError = undefined;
      } catch (error) {
        this.lastError = (error as Error).message;
        console.error('Footnote: could not install the bundled dataset', error);
      }
    }).finally(() => (this.installing = undefined));
    return this.installing;
  }

  /**
   * Settles when no first install is running. A page opened during the first install of the
   * bundled data (a few seconds on a fresh profile) waits for it instead of finding no data.
   */
  async whenInstalled(): Promise<void> {
    await this.installing?.catch(() => undefined);
  }

  async status(): Promise<DataStatus> {
    const active = await activeMeta(await this.db);
    if (this.installing || this.progress !== undefined) return { state: 'installing', active, progress: this.progress };
    if (this.lastError) return { state: 'error', error: this.lastError, active };
    if (!active) return { state: 'installing' };
    return { state: 'ready', active };
  }

  async layers(): Promise<LayerInfo[]> {
    return listLayers(await this.db);
  }

  /**
   * A dataset the reader imported: validated again here, whatever the page said; bad records are
   * left out and reported. The file's name is the layer's label: its bidi controls go, so
   * "x\u202Enosj.csv" cannot pass for another kind of file.
   */
  addFile(fileName: string, dataset: unknown): Promise<LayerChange> {
    const label = stripBidiControls(fileName).trim() || 'Imported file';
    const valid = validateRecords(dataset);
    if (!valid.ok) return Promise.reject(new Error(`The file is not a valid dataset: ${valid.problems.slice(0, 5).join('; ')}`));
    return this.change(async (db, onProgress) => {
      const change = await putLayer(db, { id: `file-${now().getTime()}`, kind: 'file', label, dataset: valid.dataset }, { now: now(), onProgress });
      return { ...change, skipped: [...valid.skipped.map((s) => `${label} ${s}`), ...change.skipped] };
    });
  }

  removeLayer(id: string): Promise<LayerChange> {
    return this.change(async (db, onProgress) => {
      const change = await removeLayer(db, id, { now: now(), onProgress });
      // Removing the one-click source's data switches the source off, or the daily check would bring it back.
      if (id === UPSTREAM_LAYER) await disableUpstream();
      return change;
    });
  }

  /** The one-click source: switched on (its origin granted in the options page's click), then fetched. */
  enableUpstream(): Promise<UpstreamInfo> {
    return this.change(async (db, onProgress) => {
      await enableUpstream();
      return runUpstream(db, { onProgress });
    });
  }

  upstream(force = false): Promise<UpstreamInfo> {
    return this.change((db, onProgress) => runUpstream(db, { force, onProgress }));
  }

  update(force = false): Promise<UpdateInfo> {
    return this.change((db, onProgress) => runUpdate(db, { force, onProgress }));
  }

  confirmUpdate(): Promise<UpdateInfo> {
    return this.change((db, onProgress) => confirmUpdate(db, { onProgress }));
  }

  declineUpdate(): Promise<UpdateInfo> {
    return this.queue(async () => declineUpdate(await this.db));
  }

  private change<T>(work: (db: DB, onProgress: (f: number) => void) => Promise<T>): Promise<T> {
    return this.queue(async () => {
      this.progress = 0;
      try {
        return await work(await this.db, (f) => (this.progress = f));
      } finally {
        this.progress = undefined;
      }
    });
  }
}
