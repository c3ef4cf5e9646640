// @vitest-environment node
/**
 * Issue 20, findings 1–4: an update installs only what the reader's address itself serves, over
 * https, never older than the layer it replaces, and never removes much of the data unasked.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkUpdateAddress, fetchDatasetUpdate, shrinkage } from '../../lib/update';
import { openFootnoteDB, type DB } from '../../entrypoints/background/store/db';
import { ensureBundled } from '../../entrypoints/background/store/bundled';
import { confirmUpdate, declineUpdate, getUpdateInfo, runUpdate, setUpdateUrl } from '../../entrypoints/background/updates';
import { listLayers } from '../../entrypoints/background/store/layers';
import type { Dataset } from '../../lib/dataset/types';
import { tinyDataset } from './fixtures';

/** A dataset of `n` players at one club, as of `asOf`. */
function feed(n: number, asOf = '2026-03-01'): Dataset {
  return {
    format: 'footnote-dataset', version: 1, asOf, source: 'an update feed',
    clubs: [{ id: 'feed-club', name: 'Feed Town' }],
    players: Array.from({ length: n }, (_, i) => ({ id: `feed-player-${i}`, name: `Feed Player ${i}`, clubId: 'feed-club' })),
  };
}
const json = (d: unknown) => new Response(JSON.stringify(d), { headers: { 'content-type': 'application/json' } });

describe('1. redirects', () => {
  let home: Server;
  let elsewhere: Server;
  const urlOf = (s: Server, path: string) => `http://127.0.0.1:${(s.address() as AddressInfo).port}${path}`;
  beforeAll(async () => {
    elsewhere = createServer((_, res) => res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' }).end(JSON.stringify(feed(3))));
    await new Promise<void>((r) => elsewhere.listen(0, '127.0.0.1', r));
    home = createServer((req, res) => {
      if (req.url === '/moved') res.writeHead(302, { location: urlOf(elsewhere, '/data.json'), 'access-control-allow-origin': '*' }).end();
      else res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(feed(2)));
    });
    await new Promise<void>((r) => home.listen(0, '127.0.0.1', r));
  });
  afterAll(() => {
    home.close();
    elsewhere.close();
  });

  test('a 302 to another origin is refused, in words, over a real socket', async () => {
    const request = { url: urlOf(home, '/moved'), fetch: globalThis.fetch, allowLocalHttp: true };
    await expect(fetchDatasetUpdate(request)).rejects.toThrow(/redirects to another address; Footnote downloads only from the address you set/);
    // The same server's own file still installs.
    expect((await fetchDatasetUpdate({ ...request, url: urlOf(home, '/data.json') })).kind).toBe('updated');
  });

  test('a fetch that followed a redirect anyway is refused by its final URL', async () => {
    const followed = json(feed(3));
    Object.defineProperty(followed, 'url', { value: 'https://someone.else/data.json' });
    await expect(fetchDatasetUpdate({ url: 'https://data.example/f.json', fetch: async () => followed })).rejects.toThrow(/redirects to another address/);
  });
});

describe('3. https only', () => {
  test.each([
    ['http://data.example/f.json', {}],
    ['http://data.example/f.json', { allowLocalHttp: true }],
    ['http://127.0.0.1:8080/f.json', {}],
    ['ftp://data.example/f.json', { allowLocalHttp: true }],
    ['file:///etc/passwd', {}],
  ])('%s is refused (%o)', (url, options) => {
    expect(() => checkUpdateAddress(url, options)).toThrow(/must start with https:\/\//);
  });
  test('https, and plain http to this machine in test builds only', () => {
    expect(checkUpdateAddress(' https://data.example/f.json ').href).toBe('https://data.example/f.json');
    expect(checkUpdateAddress('http://127.0.0.1:8080/f.json', { allowLocalHttp: true }).port).toBe('8080');
    expect(checkUpdateAddress('http://localhost/f.json', { allowLocalHttp: true }).hostname).toBe('localhost');
    expect(() => checkUpdateAddress('not an address')).toThrow(/is not a web address/);
  });
  test('the fetch itself refuses http, whatever was stored', async () => {
    let fetched = false;
    await expect(fetchDatasetUpdate({ url: 'http://data.example/f.json', fetch: async () => ((fetched = true), json(feed(1))) })).rejects.toThrow(/https/);
    expect(fetched).toBe(false);
  });
  test('the options page cannot save an http address', async () => {
    fakeBrowser.reset();
    await expect(setUpdateUrl('http://data.example/f.json')).rejects.toThrow(/must start with https/);
    expect(await getUpdateInfo()).toEqual({});
  });
});

describe('the shrinkage rule', () => {
  test('counts records removed by id across the lists; over 20 % or emptied needs confirmation', () => {
    expect(shrinkage(feed(4), feed(4))).toMatchObject({ removed: 0, needsConfirmation: false });
    // 5 records (4 players, 1 club): one removed is exactly 20 %, which is allowed.
    expect(shrinkage(feed(4), feed(3))).toMatchObject({ removed: 1, needsConfirmation: false });
    expect(shrinkage(feed(4), feed(2))).toMatchObject({ removed: 2, needsConfirmation: true, before: { players: 4, clubs: 1 }, after: { players: 2, clubs: 1 } });
    expect(shrinkage(feed(0), { ...feed(0), clubs: [] })).toMatchObject({ removed: 1, needsConfirmation: true });
    // Renamed ids are removals too, even when the counts stay the same.
    const renamed = feed(4);
    renamed.players = renamed.players.map((p) => ({ ...p, id: `${p.id}-new` }));
    expect(shrinkage(feed(4), renamed)).toMatchObject({ removed: 4, needsConfirmation: true });
    // Growing is never held.
    expect(shrinkage(feed(1), feed(50)).needsConfirmation).toBe(false);
  });
});

describe('the update address in the store', () => {
  let db: DB;
  let n = 0;
  let served: Dataset;
  const fetch = (async () => json(served)) as typeof globalThis.fetch;
  const run = (force = false) => runUpdate(db, { fetch, force });
  const urlLayer = async () => (await listLayers(db)).find((l) => l.id === 'url');

  beforeEach(async () => {
    fakeBrowser.reset();
    db = await openFootnoteDB(`update-safety-${n++}`);
    await ensureBundled(db, '0.1.0', async () => tinyDataset(), () => new Date('2026-11-25T10:00:00Z'));
    await setUpdateUrl('https://data.example/a.json');
  });

  test('2. a shrinking update waits for the reader with its counts; confirmed, it installs', async () => {
    served = feed(3);
    expect((await run()).lastWords).toMatch(/players: 3 added/);
    served = feed(1, '2026-03-02');
    const info = await run();
    expect(info.lastError).toBeUndefined();
    expect(info.waiting).toMatchObject({ url: 'https://data.example/a.json', asOf: '2026-03-02', before: { players: 3, clubs: 1 }, after: { players: 1, clubs: 1 }, removed: 2 });
    expect(info.lastWords).toMatch(/would remove 2 of the 4 records/);
    expect((await urlLayer())?.counts.players).toBe(3);
    // The daily alarm runs the same check: it too only leaves the note.
    expect((await run()).waiting?.removed).toBe(2);
    expect((await urlLayer())?.counts.players).toBe(3);

    const confirmed = await confirmUpdate(db);
    expect(confirmed.waiting).toBeUndefined();
    // (The one left is "changed" too: its facts now date from the newer file.)
    expect(confirmed.lastWords).toMatch(/players: (1 changed, )?2 removed/);
    expect((await urlLayer())?.counts.players).toBe(1);
    await expect(confirmUpdate(db)).rejects.toThrow(/No update is waiting/);
  });

  test('2. an emptied file waits too; declined, the data stays and the same file is not offered again', async () => {
    served = feed(3);
    await run();
    served = { ...feed(0, '2026-03-02'), clubs: [] };
    let validators: Headers | undefined;
    const withEtag = (async (_u: unknown, init?: RequestInit) => {
      validators = new Headers(init?.headers);
      if (validators.get('if-none-match') === '"empty"') return new Response(null, { status: 304 });
      const r = json(served);
      r.headers.set('etag', '"empty"');
      return r;
    }) as typeof globalThis.fetch;
    expect((await runUpdate(db, { fetch: withEtag })).waiting?.after).toEqual({ players: 0, clubs: 0, staff: 0, rumours: 0 });
    const declined = await declineUpdate(db);
    expect(declined.waiting).toBeUndefined();
    expect((await urlLayer())?.counts.players).toBe(3);
    await expect(confirmUpdate(db)).rejects.toThrow(/No update is waiting/);
    const next = await runUpdate(db, { fetch: withEtag });
    expect(validators?.get('if-none-match')).toBe('"empty"');
    expect(next.waiting).toBeUndefined();
    expect((await urlLayer())?.counts.players).toBe(3);
  });

  test('2. a waiting update of an old address is not installed under a new one', async () => {
    served = feed(3);
    await run();
    served = feed(1, '2026-03-02');
    await run();
    await setUpdateUrl('https://other.example/b.json');
    expect((await getUpdateInfo()).waiting).toBeUndefined();
    await expect(confirmUpdate(db)).rejects.toThrow(/No update is waiting/);
    expect((await urlLayer())?.counts.players).toBe(3);
  });

  test('4. changing the address keeps the "older than installed" check', async () => {
    served = feed(3, '2026-03-01');
    await run();
    await setUpdateUrl('https://other.example/b.json');
    served = feed(4, '2026-01-01');
    const info = await run();
    expect(info.lastError).toMatch(/older \(as of 2026-01-01\) than the one installed \(as of 2026-03-01\)/);
    expect((await urlLayer())?.asOf).toBe('2026-03-01');
    // "Even if older" still installs it: the reader meant it.
    expect((await run(true)).lastError).toBeUndefined();
    expect((await urlLayer())?.asOf).toBe('2026-01-01');
  });
});
