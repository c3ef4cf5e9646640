// @vitest-environment node
/**
 * The one-click source over a real socket: a local server serves our own generated files in
 * transfermarkt-datasets' layout (tests/support/upstream-fixtures.ts), and the background's
 * check installs, skips, refuses or reports what it serves.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openFootnoteDB, type DB } from '../../entrypoints/background/store/db';
import { ensureBundled } from '../../entrypoints/background/store/bundled';
import { listLayers } from '../../entrypoints/background/store/layers';
import { record } from '../../entrypoints/background/store/queries';
import { enableUpstream, runUpstream } from '../../entrypoints/background/upstream';
import { UPSTREAM_LAYER } from '../../lib/upstream-source';
import { clubsCsv, PLAYERS, playersCsv, TRANSFERS, transfersCsv, upstreamFiles } from '../support/upstream-fixtures';
import { tinyDataset } from './fixtures';

let server: Server;
let files: Record<string, Uint8Array>;
let etag = '"v1"';
const requests: Array<{ path: string; ifNoneMatch?: string }> = [];
let base = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    const name = (req.url ?? '').replace(/^\/data\//, '');
    requests.push({ path: req.url ?? '', ifNoneMatch: req.headers['if-none-match'] });
    const body = files[name];
    if (!body) return res.writeHead(404).end();
    if (req.headers['if-none-match'] === etag) return res.writeHead(304).end();
    res.writeHead(200, { 'content-type': 'application/gzip', etag, 'last-modified': 'Sat, 11 Jul 2026 06:00:00 GMT' }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/data/`;
});
afterAll(() => server.close());

let db: DB;
let n = 0;
const run = (force = false, today = '2026-12-01') => runUpstream(db, { base, force, today });
const layer = async () => (await listLayers(db)).find((l) => l.id === UPSTREAM_LAYER);

beforeEach(async () => {
  fakeBrowser.reset();
  files = upstreamFiles();
  etag = '"v1"';
  requests.length = 0;
  db = await openFootnoteDB(`upstream-${n++}`);
  await ensureBundled(db, '0.1.0', async () => tinyDataset(), () => new Date('2026-11-25T10:00:00Z'));
  await enableUpstream();
});

describe('the one-click source', () => {
  test('200: installs the players as a layer dated by the snapshot, with coaches and transfers', async () => {
    const info = await run();
    expect(info.lastError).toBeUndefined();
    expect(info.snapshot).toBe('2026-07-11');
    expect(info.lastWords).toMatch(/players: 4 added/);
    expect(await layer()).toMatchObject({ kind: 'upstream', asOf: '2026-07-11', counts: { players: 4 } });
    const desmond = await record(db, 'desmond-faraday-roe-880004');
    expect(desmond?.transfers).toEqual([expect.objectContaining({ date: '2026-07-11', to: expect.objectContaining({ name: 'Dunmore Wanderers' }) })]);
    expect(requests.map((r) => r.path)).toEqual(['/data/players.csv.gz', '/data/clubs.csv.gz', '/data/transfers.csv.gz']);
  });

  test('304: the next check asks conditionally, fetches nothing else and says since when the source is unchanged', async () => {
    await run();
    requests.length = 0;
    const info = await run();
    expect(requests).toEqual([{ path: '/data/players.csv.gz', ifNoneMatch: '"v1"' }]);
    expect(info.lastError).toBeUndefined();
    expect(info.lastWords).toBe('The source has not changed since 11 July 2026');
  });

  test('a snapshot older than the one installed is refused in words; the data stays', async () => {
    await run();
    etag = '"v0"';
    files = upstreamFiles({ transfers: transfersCsv(TRANSFERS.filter((t) => t.date < '2026-01-01')) });
    const info = await run();
    expect(info.lastError).toBe("The source's snapshot (30 August 2025) is older than the one installed (11 July 2026); nothing was installed (update with \"even if older\" to install it anyway)");
    expect((await layer())?.asOf).toBe('2026-07-11');
    expect((await run(true)).lastError).toBeUndefined();
    expect((await layer())?.asOf).toBe('2025-08-30');
  });

  test('bad rows are reported with their file and line; the rest installs', async () => {
    files = upstreamFiles({ players: playersCsv(PLAYERS, ['nope,Row Without Id,9101,,,,,,,,,,,,,,,,,,,2026']) });
    const info = await run();
    expect(info.notes).toContain('players.csv line 7: skipped: player_id "nope" is not a number');
    expect(info.noteCount).toBe(1);
    expect((await layer())?.counts.players).toBe(4);
  });

  test('a cut-off gzip is refused, never installed in part', async () => {
    const whole = gzipSync(playersCsv());
    files = { ...upstreamFiles(), 'players.csv.gz': whole.subarray(0, Math.floor(whole.length / 2)) };
    const info = await run();
    expect(info.lastError).toMatch(/^players\.csv\.gz: The file is cut off or damaged.*nothing was installed$/);
    expect(await layer()).toBeUndefined();
  });

  test('a stale snapshot installs and is said to be stale, by its own date', async () => {
    expect((await run(false, '2026-07-20')).stale).toBeUndefined();
    etag = '"v2"';
    const info = await run(true, '2026-12-01');
    expect(info.stale).toBe('The source has not changed since 11 July 2026');
  });

  test('without the transfers file the players still install, and the note says why', async () => {
    const { 'transfers.csv.gz': _gone, ...rest } = upstreamFiles();
    files = rest;
    const info = await run();
    expect(info.lastError).toBeUndefined();
    expect(info.notes?.[0]).toMatch(/^transfers\.csv\.gz could not be fetched \(.*answered 404/);
    expect((await layer())?.counts.players).toBe(4);
  });

  test('the clubs file names the clubs readably', async () => {
    files = upstreamFiles({ clubs: clubsCsv() });
    await run();
    expect((await record(db, 'aurelio-quennell-880001'))?.clubName).toBe('Harrowgate Rovers');
  });
});
