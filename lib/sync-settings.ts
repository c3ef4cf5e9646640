/**
 * What the reader's synced settings are called in storage.sync, their budgets, and the
 * corrections' stored form: lib/storage-items.ts keeps them; the content script watches their
 * keys (lib/sync-keys.ts, entrypoints/content/prefs.ts).
 * Budgets keep every synced item together under the 100 kB total: sites 60 kB (about 2,400
 * added sites), corrections 36 kB (about 600).
 */
import { readCorrections, type Corrections } from './corrections';
import type { SyncCodec } from './sync-chunks';

export const SYNC_BUDGETS = { sites: 60_000, corrections: 36_000 } as const;

/** Corrections as stored: tuples, the labels last (about 60 bytes an entry instead of 120). */
type CompactCorrections = { n: Array<[string, string, string, string?, string?]>; m: Array<[string, string?]> };

function compactCorrections(c: Corrections): CompactCorrections {
  return {
    n: c.notThis.map((x): CompactCorrections['n'][number] => (x.label ? [x.site, x.form, x.entityId, x.label.form, x.label.name] : [x.site, x.form, x.entityId])),
    m: c.muted.map((x): CompactCorrections['m'][number] => (x.label ? [x.form, x.label] : [x.form])),
  };
}

function expandCorrections(raw: unknown, version: number | undefined): Corrections {
  if (version !== 1 || typeof raw !== 'object' || raw === null) return readCorrections(undefined);
  const r = raw as { n?: unknown; m?: unknown };
  const tuples = (x: unknown): unknown[][] => (Array.isArray(x) ? x.filter(Array.isArray) : []);
  return readCorrections({
    notThis: tuples(r.n).map(([site, form, entityId, labelForm, labelName]) => ({ site, form, entityId, label: { form: labelForm, name: labelName } })),
    muted: tuples(r.m).map(([form, label]) => ({ form, label })),
  });
}

/** The corrections' stored form in storage.sync. */
export const CORRECTIONS_CODEC: SyncCodec<Corrections> = {
  version: 1,
  encode: compactCorrections,
  decode: expandCorrections,
  maxBytes: SYNC_BUDGETS.corrections,
  fullMessage: 'Footnote cannot keep more corrections: its synced settings are full. Undo some in Options first.',
};
