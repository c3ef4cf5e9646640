/**
 * Issue 14, part 2: a small layer change is written in place, only the rows that changed, and
 * leaves the store exactly as a fresh install of the same layers would.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import fc from 'fast-check';
import { openFootnoteDB, type DB } from '../../entrypoints/background/store/db';
import { activeMeta } from '../../entrypoints/background/store/install';
import { ensureBundled } from '../../entrypoints/background/store/bundled';
import { listLayers, putLayer, removeLayer } from '../../entrypoints/background/store/layers';
import { nameIndex, record, search } from '../../entrypoints/background/store/queries';
import { generationRange } from '../../entrypoints/background/store/db';
import { mergeLayers, summarise, summaryWords } from '../../lib/dataset/merge';
import type { Dataset, Player } from '../../lib/dataset/types';
import { tinyDataset } from './fixtures';

const now = new Date('2026-11-25T10:00:00Z');
const DATA_STORES = new Set(['clubs', 'players', 'staff', 'rumours']);

/** A base of `count` made-up players at the two fixture clubs. */
function base(count: number): Dataset {
  const d = tinyDataset();
  d.players.push(
    ...Array.from({ length: count }, (_, i): Player => ({
      id: `p-${i}`, name: `Player${String.fromCharCode(97 + (i % 26))} Number${i}`, birthDate: `19${90 + (i % 10)}-0${1 + (i % 9)}-1${i % 10}`,
      clubId: i % 2 ? 'liverpool' : 'real-madrid', contract: { until: `20${27 + (i % 4)}-06-30` }, marketValue: (i % 17) * 1_000_000,
    })),
  );
  return d;
}

function file(players: Player[], asOf = '2026-03-01'): Dataset {
  return { format: 'footnote-dataset', version: 1, asOf, source: 'a test file', clubs: [], players, staff: [], rumours: [] };
}

/** Every row write and delete IndexedDB receives for the data stores, by store. */
function countWrites() {
  const counts: Record<string, number> = {};
  const count = (method: 'put' | 'add' | 'delete') =>
    vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (this: IDBObjectStore, ...args: unknown[]) {
      // Range deletes are discardUnfinished's sweep of other generations: they rewrite nothing.
      if (DATA_STORES.has(this.name) && !(method === 'delete' && args[0] instanceof IDBKeyRange)) counts[`${method} ${this.name}`] = (counts[`${method} ${this.name}`] ?? 0) + 1;
      return (original[method] as (...a: unknown[]) => IDBRequest).apply(this, args);
    });
  const original = { put: IDBObjectStore.prototype.put, add: IDBObjectStore.prototype.add, delete: IDBObjectStore.prototype.delete };
  const spies = [count('put'), count('add'), count('delete')];
  return { counts, stop: () => spies.forEach((s) => s.mockRestore()) };
}

/** What a reader can see of the store, generation numbers left out. */
async function readable(db: DB) {
  const meta = await activeMeta(db);
  const gen = meta?.gen ?? -1;
  const rows = async (store: 'clubs' | 'players' | 'staff' | 'rumours') =>
    (await db.getAll(store, generationRange(gen))).map(({ gen: _g, ...row }) => row).sort((a, b) => a.id.localeCompare(b.id));
  const index = await nameIndex(db);
  return {
    counts: meta?.counts,
    asOf: meta?.asOf,
    defaults: meta?.defaults,
    clubs: await rows('clubs'),
    players: await rows('players'),
    staff: await rows('staff'),
    rumours: await rows('rumours'),
    index: index && { ...index, version: index.version.replace(/^[\d.]+:/, '') },
    search: await Promise.all(['p', 'number1', 'konate', 'liv', 'new'].map((q) => search(db, q, 50))),
  };
}

let db: DB;
let n = 0;
beforeEach(async () => {
  db = await openFootnoteDB(`incremental-${n++}`);
  await ensureBundled(db, '0.1.0', async () => base(400), () => now);
});
afterEach(() => vi.restoreAllMocks());

describe('a one-record change rewrites one record', () => {
  test('adding a one-player file writes that player only, in the generation in use', async () => {
    const gen = (await activeMeta(db))?.gen;
    const writes = countWrites();
    const change = await putLayer(db, { id: 'file-1', kind: 'file', label: 'one.csv', dataset: file([{ id: 'new-one', name: 'Brand Newman', clubId: 'liverpool' }]) }, { now });
    writes.stop();
    expect(writes.counts).toEqual({ 'put players': 1 });
    expect(change.words).toBe('players: 1 added');
    expect((await activeMeta(db))?.gen).toBe(gen);
    expect((await search(db, 'newman'))[0]?.id).toBe('new-one');
    expect((await nameIndex(db))?.entities.ids.split('\u0000')).toContain('new-one');
  });

  test('a file that changes one player\'s contract rewrites that player; removing the file rewrites him back', async () => {
    const changed = { id: 'x', name: 'Playerd Number3', birthDate: '1993-04-13', clubId: 'liverpool', contract: { until: '2031-06-30' } };
    let writes = countWrites();
    await putLayer(db, { id: 'file-1', kind: 'file', label: 'one.csv', dataset: file([changed], '2026-10-01') }, { now });
    writes.stop();
    expect(writes.counts).toEqual({ 'put players': 1 });
    expect((await record(db, 'p-3'))?.player?.contract?.until).toBe('2031-06-30');
    writes = countWrites();
    const removed = await removeLayer(db, 'file-1', { now });
    writes.stop();
    expect(writes.counts).toEqual({ 'put players': 1 });
    expect(removed.words).toBe('players: 1 changed');
    expect((await record(db, 'p-3'))?.player?.contract?.until).toBe('2030-06-30');
  });

  test('a small file with a completed transfer writes it in place, and removing the file removes it', async () => {
    const gen = (await activeMeta(db))?.gen;
    const moved = { id: 'x', name: 'Playerd Number3', birthDate: '1993-04-13', clubId: 'liverpool' };
    const transfer = { id: 't-1', playerId: 'x', date: '2026-02-01', from: { clubId: 'real-madrid', name: 'Real Madrid' }, to: { clubId: 'liverpool', name: 'Liverpool' }, fee: 0 };
    await putLayer(db, { id: 'file-1', kind: 'file', label: 'moves.json', dataset: { ...file([moved], '2026-10-01'), transfers: [transfer] } }, { now });
    expect((await activeMeta(db))?.gen).toBe(gen);
    expect((await record(db, 'p-3'))?.transfers?.map((t) => t.id)).toEqual(['t-1']);
    await removeLayer(db, 'file-1', { now });
    expect((await record(db, 'p-3'))?.transfers).toBeUndefined();
  });

  test('a change to most of the data is written as a new generation instead', async () => {
    const gen = (await activeMeta(db))?.gen ?? 0;
    const everyone = base(400).players.map((p) => ({ ...p, id: `other-${p.id}`, contract: { until: '2032-06-30' } }));
    await putLayer(db, { id: 'file-1', kind: 'file', label: 'all.csv', dataset: file(everyone, '2026-10-01') }, { now });
    expect((await activeMeta(db))?.gen).toBe(gen + 1);
    expect(await db.count('players')).toBe((await activeMeta(db))?.counts.players);
  });
});

describe('changes written in place leave the store as a fresh install would', () => {
  const player = fc.record({
    pick: fc.integer({ min: 0, max: 399 }),
    until: fc.constantFrom('2027-06-30', '2029-06-30', '2033-06-30'),
    value: fc.integer({ min: 0, max: 90 }),
    newName: fc.boolean(),
  });
  const step = fc.oneof(
    fc.record({ add: fc.array(player, { minLength: 1, maxLength: 3 }) }),
    fc.record({ remove: fc.integer({ min: 0, max: 5 }) }),
  );

  test('any sequence of small file layers added and removed', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 4 }), async (steps) => {
        const incremental = await openFootnoteDB(`incremental-prop-${n++}`);
        const bundled = base(400);
        await ensureBundled(incremental, '0.1.0', async () => bundled, () => now);
        let files = 0;
        for (const s of steps) {
          if ('add' in s) {
            const players = s.add.map((p, i): Player => {
              const target = bundled.players[p.pick + 3] ?? bundled.players[0];
              return p.newName
                ? { id: `f${files}-${i}`, name: `Fresh Face${files}x${i}`, clubId: 'liverpool', marketValue: p.value * 1_000_000 }
                : { id: `f${files}-${i}`, name: target?.name ?? 'x', birthDate: target?.birthDate, clubId: target?.clubId, contract: { until: p.until }, marketValue: p.value * 1_000_000 };
            });
            await putLayer(incremental, { id: `file-${files++}`, kind: 'file', label: `f${files}.csv`, dataset: file(players, '2026-10-01') }, { now });
          } else {
            const layers = (await listLayers(incremental)).filter((l) => l.kind === 'file');
            const gone = layers[s.remove % Math.max(1, layers.length)];
            if (gone) await removeLayer(incremental, gone.id, { now });
          }
        }
        // The merge of the layers it ended with, installed at once into a fresh database.
        const stored = (await incremental.getAll('layers')).filter((l) => l.kind !== 'bundled').sort((a, b) => a.order - b.order);
        const merged = mergeLayers([bundled, ...stored.map((l) => l.dataset)]).dataset;
        const a = await readable(incremental);
        expect(a.players.length).toBe(merged.players.length);
        expect(a.players).toEqual([...merged.players].sort((x, y) => x.id.localeCompare(y.id)));
        const direct = await openFootnoteDB(`incremental-direct-${n++}`);
        await ensureBundled(direct, '0.1.0', async () => merged, () => now);
        const b = await readable(direct);
        expect({ ...a, counts: undefined, defaults: undefined }).toEqual({ ...b, counts: undefined, defaults: undefined });
        expect(a.counts).toEqual(b.counts);
        direct.close();
        incremental.close();
      }),
      { numRuns: 8 },
    );
  }, 120_000);

  test('the summary from the digests says what summarise says of the merged data', async () => {
    const before = (await db.getAll('layers')).map((l) => l.dataset);
    const extra = file([{ id: 'q', name: 'Playerb Number1', birthDate: '1991-02-11', clubId: 'liverpool', contract: { until: '2034-06-30' } }, { id: 'n', name: 'Quite Newman' }]);
    const change = await putLayer(db, { id: 'file-1', kind: 'file', label: 'two.csv', dataset: extra }, { now });
    const expected = summarise(mergeLayers(before).dataset, mergeLayers([...before, extra]).dataset);
    expect(change.summary).toEqual(expected);
    expect(change.words).toBe(summaryWords(expected));
  });
});
