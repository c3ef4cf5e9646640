import { beforeEach, describe, expect, test } from 'vitest';
import { openFootnoteDB, type DB } from '../../entrypoints/background/store/db';
import { activeMeta, installDataset } from '../../entrypoints/background/store/install';
import { ensureBundled } from '../../entrypoints/background/store/bundled';
import { nameIndex, record, search, summaries } from '../../entrypoints/background/store/queries';
import { listLayers, putLayer, removeLayer } from '../../entrypoints/background/store/layers';
import { tinyDataset } from './fixtures';
import { at } from '../../lib/indexing';

let db: DB;
let n = 0;
beforeEach(async () => {
  db = await openFootnoteDB(`test-${n++}`);
});
const now = new Date('2026-11-25T10:00:00Z');

describe('the dataset store', () => {
  test('installs a dataset and answers searches and records', async () => {
    const meta = await installDataset(db, tinyDataset(), { bundled: '0.1.0', now });
    expect(meta.counts).toEqual({ players: 2, clubs: 2, staff: 1, rumours: 2 });
    const hits = await search(db, 'KONA');
    expect(hits.map((h) => h.id)).toEqual(['ibrahima-konate']);
    expect(at(hits, 0).detail).toBe('Liverpool · Centre-Back');
    expect(at((await search(db, 'rudiger')), 0).id).toBe('antonio-rudiger');
    expect(at((await search(db, 'los bla')), 0).id).toBe('real-madrid');
    expect(await search(db, 'zzz')).toEqual([]);
    const konate = await record(db, 'ibrahima-konate');
    expect(konate?.rumours.map((r) => r.id)).toEqual(['r1', 'r2']);
    expect(at(konate?.rumours ?? [], 0).clubName).toBe('Real Madrid');
    expect(konate?.clubName).toBe('Liverpool');
    const club = await record(db, 'real-madrid', '2026-02-05');
    expect(club?.expiring?.map((p) => p.id)).toEqual(['antonio-rudiger']);
    expect(club?.rumours.map((r) => r.playerName)).toEqual(['Ibrahima Konaté', 'Ibrahima Konaté']);
    // Read after his contract's end: no longer "ending", listed as ended instead.
    const later = await record(db, 'real-madrid', '2026-12-01');
    expect(later?.expiring).toEqual([]);
    expect(later?.ended?.map((p) => p.id)).toEqual(['antonio-rudiger']);
    expect(await record(db, 'nobody')).toBeNull();
    expect((await summaries(db, ['ibrahima-konate', 'ibrahima-konate'])).length).toBe(1);
    expect((await nameIndex(db))?.version).toBe('1:2026-02-05');
  });

  test('a second install replaces the first and removes its rows', async () => {
    await installDataset(db, tinyDataset(), { bundled: '0.1.0', now });
    const next = tinyDataset();
    next.players = next.players.filter((p) => p.id !== 'antonio-rudiger');
    next.asOf = '2026-03-01';
    const meta = await installDataset(db, next, { bundled: '0.2.0', now });
    // One player fewer is a small change: written into the generation in use, no new one.
    expect(meta.gen).toBe(1);
    expect(meta.counts.players).toBe(1);
    expect(await search(db, 'rudiger')).toEqual([]);
    expect(await db.count('players')).toBe(1);
    expect(await db.count('nameIndex')).toBe(1);
  });

  test('an install that fails midway leaves the old data readable, and the next start cleans up', async () => {
    await installDataset(db, tinyDataset(), { bundled: '0.1.0', now });
    const bigger = tinyDataset();
    bigger.players.push({ id: 'new-player', name: 'New Player', clubId: 'liverpool' });
    await expect(installDataset(db, bigger, { bundled: '0.2.0', now, failAfterChunks: 2 })).rejects.toThrow('interrupted');
    expect((await activeMeta(db))?.gen).toBe(1);
    expect(at((await search(db, 'kona')), 0).id).toBe('ibrahima-konate');
    expect(await search(db, 'new player')).toEqual([]);
    // The restart: the bundled version is not installed, so it is installed now.
    const meta = await ensureBundled(db, '0.2.0', async () => bigger, () => now);
    expect(meta.bundled).toBe('0.2.0');
    expect(at((await search(db, 'new player')), 0).id).toBe('new-player');
    expect(await db.count('players')).toBe(3);
  });

  test('ensureBundled does nothing when the bundled version is installed, and refuses an invalid file', async () => {
    await ensureBundled(db, '0.1.0', async () => tinyDataset(), () => now);
    let loads = 0;
    await ensureBundled(db, '0.1.0', async () => { loads++; return tinyDataset(); }, () => now);
    expect(loads).toBe(0);
    await expect(ensureBundled(db, '0.2.0', async () => ({ format: 'nope' }), () => now)).rejects.toThrow(/invalid/);
    expect((await activeMeta(db))?.bundled).toBe('0.1.0');
  });
});

describe('dataset layers', () => {
  const fileLayer = () => {
    const d = tinyDataset();
    d.asOf = '2026-03-01';
    d.players = [{ id: 'tm-1', name: 'Ibrahima Konaté', birthDate: '1999-05-25', clubId: 'liverpool', contract: { until: '2030-06-30' } }, { id: 'only-new', name: 'Only New', clubId: 'liverpool' }];
    d.rumours = [];
    d.staff = [];
    return d;
  };

  test('a file layer merges over the bundled one, keeps its rumours, and can be removed', async () => {
    await ensureBundled(db, '0.1.0', async () => tinyDataset(), () => now);
    const change = await putLayer(db, { id: 'file-1', kind: 'file', label: 'players.csv', dataset: fileLayer() }, { now });
    expect(change.words).toBe('players: 1 added, 1 changed');
    const konate = await record(db, 'ibrahima-konate');
    expect(konate?.player?.contract?.until).toBe('2030-06-30');
    expect(konate?.rumours).toHaveLength(2);
    expect(at((await search(db, 'only new')), 0).id).toBe('only-new');
    expect((await listLayers(db)).map((l) => l.id)).toEqual(['bundled', 'file-1']);
    // A newer bundled file keeps the reader's layer on top.
    await ensureBundled(db, '0.2.0', async () => tinyDataset(), () => now);
    expect((await record(db, 'ibrahima-konate'))?.player?.contract?.until).toBe('2030-06-30');
    await removeLayer(db, 'file-1', { now });
    expect((await record(db, 'ibrahima-konate'))?.player?.contract?.until).toBe('2026-06-30');
    expect(await search(db, 'only new')).toEqual([]);
    await expect(removeLayer(db, 'bundled', { now })).rejects.toThrow(/cannot be removed/);
  });

  test('a layer swap that fails midway leaves the previous layers and data in use', async () => {
    await ensureBundled(db, '0.1.0', async () => tinyDataset(), () => now);
    const interrupt = () => {
      throw new Error('worker stopped');
    };
    await expect(putLayer(db, { id: 'file-1', kind: 'file', label: 'x', dataset: fileLayer() }, { now, onProgress: interrupt })).rejects.toThrow('worker stopped');
    expect((await listLayers(db)).map((l) => l.id)).toEqual(['bundled']);
    expect((await record(db, 'ibrahima-konate'))?.player?.contract?.until).toBe('2026-06-30');
    expect(await search(db, 'only new')).toEqual([]);
  });
});

describe('provenance in records', () => {
  test('each fact group says its source and date; a contract is read against its own date', async () => {
    const base = { ...tinyDataset(), asOf: '2024-12-30', source: 'transfermarkt-datasets', rumours: [], staff: [] };
    base.players = [{ id: 'ibrahima-konate-1', tmId: '1', name: 'Ibrahima Konaté', birthDate: '1999-05-25', clubId: 'liverpool', contract: { until: '2026-06-30' } }];
    const curated = { ...tinyDataset(), asOf: '2026-02-05', source: 'Footnote maintainers', rumours: [], staff: [] };
    curated.players = [{ id: 'ibrahima-konate', tmId: '1', name: 'Ibrahima Konaté', clubId: 'liverpool' }];
    await putLayer(db, { id: 'bundled', kind: 'bundled', label: 'base', order: 0, dataset: base }, { now, bundled: '1' });
    const change = await putLayer(db, { id: 'file', kind: 'file', label: 'curated.json', dataset: curated }, { now });
    expect(change.skipped).toEqual([]);
    const k = (await record(db, 'ibrahima-konate-1'))!;
    expect(k.provenance).toEqual({
      contract: { source: 'transfermarkt-datasets', asOf: '2024-12-30' },
      club: { source: 'Footnote maintainers', asOf: '2026-02-05' },
      // The birth date is the base's.
      personal: { source: 'transfermarkt-datasets', asOf: '2024-12-30' },
    });
    // The contract's date, not the newest layer's, decides that a passed end date may be stale.
    expect(k.player?.asOf).toBe('2024-12-30');
    expect((await activeMeta(db))?.asOf).toBe('2026-02-05');
    expect((await activeMeta(db))?.source).toBe('transfermarkt-datasets; Footnote maintainers');
  });
});
