/**
 * Dataset layers: the bundled file, imported files and the update URL, stored apart and merged
 * (lib/dataset/merge.ts) into the generation readers use. Adding, replacing or removing a layer
 * installs the new merge first and records the layer change in the same final transaction: a
 * failure anywhere leaves the previous layers and data in use.
 */
import { mergeLayers, summarise, summaryWords, type MergeSummary } from '../../../lib/dataset/merge';
import { activeMeta, installDataset } from './install';
import type { DB, LayerRecord } from './db';
import type { LayerChange, LayerInfo } from '../../../lib/protocol';

/** A layer change as the protocol reports it (in words), with the merge's counts behind the words. */
export interface LayerChangeSummary extends LayerChange {
  summary: MergeSummary;
  /** Merged records left out as invalid, each with the layers it came from and why. */
  skipped: string[];
}

export async function listLayers(db: DB): Promise<LayerInfo[]> {
  return (await db.getAll('layers'))
    .sort((a, b) => a.order - b.order)
    .map((l) => ({
      id: l.id, kind: l.kind, label: l.label, addedAt: l.addedAt, asOf: l.dataset.asOf,
      counts: { players: l.dataset.players.length, clubs: l.dataset.clubs.length, rumours: l.dataset.rumours?.length ?? 0 },
    }));
}

interface ChangeOptions {
  now: Date;
  bundled?: string;
  onProgress?: (fraction: number) => void;
}

/** Adds a layer, or replaces the one with the same id (keeping its place in the order). */
export async function putLayer(db: DB, layer: Omit<LayerRecord, 'order' | 'addedAt'> & { order?: number }, options: ChangeOptions): Promise<LayerChangeSummary> {
  const layers = await sortedLayers(db);
  const existing = layers.find((l) => l.id === layer.id);
  const order = layer.order ?? existing?.order ?? Math.max(0, ...layers.map((l) => l.order)) + 1;
  const record: LayerRecord = { ...layer, order, addedAt: options.now.toISOString() };
  const next = [...layers.filter((l) => l.id !== layer.id), record].sort((a, b) => a.order - b.order);
  return install(db, layers, next, { put: record }, options);
}

export async function removeLayer(db: DB, id: string, options: ChangeOptions): Promise<LayerChangeSummary> {
  const layers = await sortedLayers(db);
  const layer = layers.find((l) => l.id === id);
  if (!layer) throw new Error(`No layer "${id}"`);
  if (layer.kind === 'bundled') throw new Error('The bundled data cannot be removed; it is replaced when Footnote updates');
  return install(db, layers, layers.filter((l) => l.id !== id), { remove: id }, options);
}

async function sortedLayers(db: DB): Promise<LayerRecord[]> {
  return (await db.getAll('layers')).sort((a, b) => a.order - b.order);
}

async function install(db: DB, before: LayerRecord[], after: LayerRecord[], change: { put?: LayerRecord; remove?: string }, options: ChangeOptions): Promise<LayerChangeSummary> {
  const merge = (layers: LayerRecord[]) => mergeLayers(layers.map((l) => l.dataset), { labels: layers.map((l) => l.label) });
  // A record still invalid after merging is left out and reported; it never refuses the file.
  const merged = merge(after);
  const bundled = options.bundled ?? (await activeMeta(db))?.bundled ?? 'none';
  // The install diffs against the installed data's digest and says what changed; only data
  // installed before digests were kept needs the old layers merged again to say it.
  let summary: MergeSummary | undefined;
  await installDataset(db, merged.dataset, { bundled, now: options.now, layers: change, onProgress: options.onProgress, onSummary: (s) => (summary = s) });
  summary ??= summarise(before.length ? merge(before).dataset : undefined, merged.dataset);
  return { summary, words: summaryWords(summary), skipped: merged.skipped };
}
