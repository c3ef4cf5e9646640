/** The learned-rumours database (entrypoints/background/learned), on fake-indexeddb. */
import { beforeEach, describe, expect, test } from 'vitest';
import { openLearnedDB, type LearnedDB } from '../../entrypoints/background/learned/db';
import { allEntries, entriesAbout, forget, importEntries, learn, summary } from '../../entrypoints/background/learned/store';
import { exportLearned, readLearnedFile } from '../../lib/rumours/learned-file';
import type { LearnedClaim, Sighting } from '../../lib/rumours/history';

let db: LearnedDB;
let n = 0;
beforeEach(async () => {
  db = await openLearnedDB(`learned-test-${n++}`);
});

const claim = (over: Partial<Sighting> = {}, clubId = 'real-madrid'): LearnedClaim => ({
  playerId: 'ibrahima-konate', clubId, status: 'interest', clubThen: 'liverpool',
  sighting: { url: 'https://a.example/gossip', site: 'a.example', date: '2026-11-20', seen: '2026-11-20', sentence: 'Real Madrid want Konaté.', outlet: 'Sun', author: null, ...over },
});

describe('the learned store', () => {
  test('dedupes a page read twice, adds a copy as a sighting, starts a new entry after seven days', async () => {
    expect(await learn(db, [claim()])).toEqual({ entries: 1, sightings: 0 });
    expect(await learn(db, [claim()])).toEqual({ entries: 0, sightings: 0 });
    expect(await learn(db, [claim({ url: 'https://b.example/copy', site: 'b.example', date: '2026-11-21' })])).toEqual({ entries: 0, sightings: 1 });
    expect(await learn(db, [claim({ url: 'https://a.example/later', date: '2026-12-05' })])).toEqual({ entries: 1, sightings: 0 });
    // Two claims of one page in one message: each counted once.
    expect(await learn(db, [claim({ url: 'https://c.example/x', site: 'c.example' }, 'chelsea'), claim({ url: 'https://c.example/x', site: 'c.example' }, 'chelsea')])).toEqual({ entries: 1, sightings: 0 });
    expect(await summary(db)).toEqual({ entries: 3, sightings: 4, oldest: '2026-11-20', sites: [{ site: 'a.example', sightings: 2 }, { site: 'b.example', sightings: 1 }, { site: 'c.example', sightings: 1 }] });
    expect((await entriesAbout(db, 'ibrahima-konate')).length).toBe(3);
    expect((await entriesAbout(db, 'chelsea')).length).toBe(1);
    expect(await entriesAbout(db, 'nobody')).toEqual([]);
  });

  test('forgets one site (entries left without sightings go), then everything, with counts', async () => {
    await learn(db, [claim(), claim({ url: 'https://b.example/copy', site: 'b.example' }), claim({ url: 'https://b.example/2', site: 'b.example' }, 'chelsea')]);
    expect(await forget(db, 'b.example')).toBe(1);
    const left = await allEntries(db);
    expect(left.map((e) => e.sightings.map((s) => s.site))).toEqual([['a.example']]);
    expect(await forget(db)).toBe(1);
    expect(await summary(db)).toEqual({ entries: 0, sightings: 0, oldest: null, sites: [] });
  });

  test.each([true, false])('export and import round trip (addresses: %s), and importing twice adds nothing', async (addresses) => {
    await learn(db, [claim(), claim({ url: 'https://b.example/copy', site: 'b.example', outlet: 'The Sun' }), claim({ url: 'https://c.example/x', site: 'c.example' }, 'chelsea')]);
    const file = JSON.parse(JSON.stringify(exportLearned(await allEntries(db), { today: '2026-12-01', addresses })));
    const other = await openLearnedDB(`learned-test-${n++}`);
    const read = readLearnedFile(file);
    if (!read.ok) throw new Error(read.problems.join('; '));
    expect(await importEntries(other, read.entries)).toEqual({ entries: 2, sightings: 1 });
    expect(await importEntries(other, read.entries)).toEqual({ entries: 0, sightings: 0 });
    expect(await summary(other)).toEqual(await summary(db));
    const urls = (await allEntries(other)).flatMap((e) => e.sightings.map((s) => s.url));
    expect(urls.every((u) => (addresses ? u?.startsWith('https://') : u === undefined))).toBe(true);
  });
});
