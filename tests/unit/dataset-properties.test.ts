/**
 * Property tests of the dataset path (issue 20), with fast-check: generated datasets, valid and
 * broken, through validation, merge, file import and install. Each property runs RUNS cases.
 */
import * as fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import { validateDataset } from '../../lib/dataset/validate';
import { mergeLayers } from '../../lib/dataset/merge';
import { datasetFromFile, gunzipInBrowser } from '../../lib/import/from-file';
import { hasBidiControl } from '../../lib/dataset/text-safety';
import { isoDay } from '../../lib/dataset/dates';
import type { Club, Dataset, Player, Rumour, Staff } from '../../lib/dataset/types';
import { generationRange, openFootnoteDB } from '../../entrypoints/background/store/db';
import { activeMeta, discardUnfinished, installDataset } from '../../entrypoints/background/store/install';
import { faultyDB, strayRows } from './faulty-db';
import { at } from '../../lib/indexing';

const RUNS = 1000;
/** Generous: the machine running the suite may be busy; the properties themselves take seconds. */
const SLOW = 90_000;

// ---- Arbitraries -------------------------------------------------------------------------------

/** Drops keys whose value is undefined (a reference to a club when there are none): stored data has no such keys. */
const withoutUndefined = <T,>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }).filter((s) => !hasBidiControl(s));
/** A few shared names, so merges meet namesakes; otherwise any text. */
const name = fc.oneof(fc.constantFrom('Ibrahima Konaté', 'Mo Salah', 'Real Madrid CF', 'Liverpool FC', 'Virgil van Dijk'), text);
const date = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true }).map(isoDay);
const ids = (prefix: string, max: number) => fc.uniqueArray(fc.nat(9), { maxLength: max }).map((ns) => ns.map((n) => `${prefix}-${n}`));

const contract = fc.tuple(date, date, fc.constantFrom('none', 'club', 'player', 'mutual', 'unknown'), fc.constantFrom('confirmed', 'reported', 'estimated'))
  .chain(([a, b, option, confidence]) => fc.record(
    { since: fc.constant(a < b ? a : b), until: fc.constant(a < b ? b : a), option: fc.constant(option), confidence: fc.constant(confidence) },
    { requiredKeys: [] },
  ));

const validDataset: fc.Arbitrary<Dataset> = fc.record({ clubIds: ids('club', 4), playerIds: ids('player', 6), staffIds: ids('staff', 2) }).chain(({ clubIds, playerIds, staffIds }) => {
  const clubRef = clubIds.length ? fc.constantFrom(...clubIds) : fc.constant(undefined);
  const club = (id: string): fc.Arbitrary<Club> => fc.record(
    { id: fc.constant(id), name, shortName: name, aliases: fc.array(name, { maxLength: 3 }), country: text, league: text, asOf: date },
    { requiredKeys: ['id', 'name'] },
  );
  const player = (id: string): fc.Arbitrary<Player> => fc.record({
    base: fc.record({ id: fc.constant(id), name, shortName: name, aliases: fc.array(name, { maxLength: 2 }), birthDate: date, nationality: text, position: text, contract, asOf: date }, { requiredKeys: ['id', 'name'] }),
    clubId: fc.oneof(clubRef, fc.constant(null)),
    loanFrom: fc.option(clubRef, { nil: undefined }),
  }).map(({ base, clubId, loanFrom }) => {
    const p: Player = { ...base };
    if (clubId !== undefined) p.clubId = clubId;
    if (loanFrom && clubId) p.loan = { fromClubId: loanFrom };
    return p;
  });
  const staff = (id: string): fc.Arbitrary<Staff> => fc.record(
    { id: fc.constant(id), name, role: fc.constantFrom('manager', 'executive'), clubId: fc.oneof(clubRef, fc.constant(null)), contract },
    { requiredKeys: ['id', 'name'] },
  ).map((s) => withoutUndefined(s));
  const rumour = (id: string): fc.Arbitrary<Rumour> => fc.record({
    id: fc.constant(id),
    playerId: fc.constantFrom(...playerIds),
    clubId: clubRef,
    date,
    status: fc.constantFrom('interest', 'talks', 'bid', 'agreed', 'completed', 'cooled', 'denied'),
    summary: text,
    source: fc.record({ outlet: text, author: text, url: fc.webUrl({ validSchemes: ['https', 'http'] }).filter((u) => u.length <= 2000) }, { requiredKeys: ['outlet'] }),
  }, { requiredKeys: ['id', 'playerId', 'date', 'status', 'source'] }).map((r) => withoutUndefined(r));
  return fc.record({
    format: fc.constant('footnote-dataset' as const),
    version: fc.constant(1 as const),
    asOf: date,
    source: text,
    clubs: fc.tuple(...clubIds.map(club)),
    players: fc.tuple(...playerIds.map(player)),
    staff: fc.tuple(...staffIds.map(staff)),
    rumours: playerIds.length ? ids('rumour', 4).chain((rs) => fc.tuple(...rs.map(rumour))) : fc.constant([]),
  });
});

/** Every path into a JSON value (not the root itself). */
function pathsOf(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  const here = at.length ? [at] : [];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => pathsOf(v, [...at, i]))];
  if (value && typeof value === 'object') return [...here, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...at, k]))];
  return here;
}

type Mutation = { kind: 'replace'; value: unknown } | { kind: 'delete' } | { kind: 'bidi' } | { kind: 'long' } | { kind: 'duplicate-id' };
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.anything({ maxDepth: 2 }).map((value) => ({ kind: 'replace' as const, value })),
  fc.constant({ kind: 'delete' as const }),
  fc.constant({ kind: 'bidi' as const }),
  fc.constant({ kind: 'long' as const }),
  fc.constant({ kind: 'duplicate-id' as const }),
);

/** A valid dataset with one to three things broken at random places. */
const brokenDataset = fc.tuple(validDataset, fc.array(fc.tuple(fc.nat(), mutation), { minLength: 1, maxLength: 3 })).map(([valid, mutations]) => {
  const d = JSON.parse(JSON.stringify(valid)) as Record<string, unknown>;
  for (const [pick, m] of mutations) {
    const paths = pathsOf(d);
    if (!paths.length) break;
    const path = at(paths, pick % paths.length);
    const parent = path.slice(0, -1).reduce<any>((node, key) => node?.[key], d);
    if (parent === null || typeof parent !== 'object') continue;
    const key = at(path, path.length - 1);
    const old = parent[key];
    if (m.kind === 'replace') parent[key] = m.value;
    else if (m.kind === 'delete' && Array.isArray(parent)) parent.splice(Number(key), 1);
    else if (m.kind === 'delete') delete parent[key];
    else if (m.kind === 'bidi') parent[key] = typeof old === 'string' ? `${old}\u202E` : '\u2066x';
    else if (m.kind === 'long') parent[key] = 'w'.repeat(2001);
    else if (m.kind === 'duplicate-id' && Array.isArray(d.players) && d.players.length && typeof d.players[0] === 'object' && d.players[0]) (d.players as object[]).push({ ...(d.players[0] as object) });
  }
  return d;
});

/** A problem names where it is: a top-level field, then its indexes and fields. */
const NAMES_A_PATH = /^(format|version|asOf|source|clubs|players|staff|rumours)(\[\d+\]|\["(?:[^"\\]|\\.)*"\]|\.[^:]*)*: \S/;
const CAP_LINE = /^\.\.\. and \d+ more problems$/;

// ---- Properties --------------------------------------------------------------------------------

describe('validation', () => {
  test('accepts every generated valid dataset as it is', () => {
    fc.assert(fc.property(validDataset, (d) => {
      const v = validateDataset(d);
      expect(v.ok ? [] : v.problems).toEqual([]);
      expect(v.ok && v.dataset).toEqual(d);
    }), { numRuns: RUNS });
  }, SLOW);

  test('never throws, on anything at all', () => {
    fc.assert(fc.property(fc.anything(), (input) => {
      const v = validateDataset(input);
      expect(typeof v.ok).toBe('boolean');
    }), { numRuns: RUNS });
  }, SLOW);

  test('never throws on a broken dataset, and every refusal names a path', () => {
    fc.assert(fc.property(brokenDataset, (d) => {
      const v = validateDataset(d);
      if (v.ok) return;
      expect(v.problems.length).toBeGreaterThan(0);
      for (const p of v.problems) expect(NAMES_A_PATH.test(p) || CAP_LINE.test(p), p).toBe(true);
    }), { numRuns: RUNS });
  }, SLOW);
});

describe('merge', () => {
  const layers = fc.array(validDataset, { minLength: 1, maxLength: 3 });

  test('is deterministic and leaves its layers as they were', () => {
    fc.assert(fc.property(layers, (ls) => {
      const copy = structuredClone(ls);
      expect(mergeLayers(ls)).toEqual(mergeLayers(copy));
      expect(ls).toEqual(copy);
    }), { numRuns: RUNS });
  }, SLOW);

  // Not asserted yet: the newest fact date of a merge can depend on layer order when a record
  // without dates meets a dated one (a counterexample fast-check found; see the closing note).
  test('where the rules say order does not matter, it does not: rumours are a union by id', () => {
    fc.assert(fc.property(validDataset, validDataset, (a, b) => {
      const ab = mergeLayers([a, b]).dataset;
      const ba = mergeLayers([b, a]).dataset;
      const rumourIds = (d: Dataset) => (d.rumours ?? []).map((r) => r.id).sort();
      expect(rumourIds(ab)).toEqual(rumourIds(ba));
      expect(rumourIds(ab)).toEqual([...new Set([...rumourIds(a), ...rumourIds(b)])].sort());
    }), { numRuns: RUNS });
  }, SLOW);
});

describe('export and import', () => {
  test('a valid dataset round-trips through a file (JSON, and gzipped) unchanged', async () => {
    const { gzipSync } = await import('node:zlib');
    await fc.assert(fc.asyncProperty(validDataset, fc.boolean(), async (d, gzip) => {
      const json = new TextEncoder().encode(JSON.stringify(d, null, gzip ? 0 : 2));
      const read = await datasetFromFile(gzip ? new Uint8Array(gzipSync(json)) : json, gunzipInBrowser);
      expect(read.dataset).toEqual(d);
    }), { numRuns: RUNS });
  }, SLOW);
});

describe('install', () => {
  test('interrupted at any step, by any fault, it leaves the previous generation complete and in use', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const db = await openFootnoteDB('install-properties');
    let expected: Dataset | undefined;
    const outcomes = { installed: 0, failed: 0 };
    const stores = ['clubs', 'players', 'staff', 'rumours'] as const;
    const readBack = async () => {
      const gen = (await activeMeta(db))?.gen ?? -1;
      const rows = await Promise.all(stores.map(async (s) => (await db.getAll(s, generationRange(gen))).map((row) => {
        const r: Record<string, unknown> = { ...row };
        delete r.gen;
        return r;
      })));
      return { rows, index: Boolean(await db.get('nameIndex', gen)) };
    };
    const expectedRows = (d: Dataset) => stores.map((s) => [...(d[s] ?? [])].sort((x, y) => (x.id < y.id ? -1 : 1)));

    await fc.assert(fc.asyncProperty(
      validDataset,
      fc.nat(30),
      fc.constantFrom('quota' as const, 'stall' as const, 'error' as const),
      fc.boolean(),
      async (next, failAt, fault, persistent) => {
        const faulty = faultyDB(db, { failAt, fault, persistent });
        const ok = await installDataset(faulty.db, next, { bundled: 'p', now: new Date('2026-11-25T10:00:00Z'), stallMs: 5 }).then(() => true, () => false);
        if (ok) expected = next;
        outcomes[ok ? 'installed' : 'failed']++;
        const seen = await readBack();
        if (expected) {
          expect(seen.rows).toEqual(expectedRows(expected));
          expect(seen.index).toBe(true);
        } else {
          expect(await activeMeta(db)).toBeUndefined();
        }
        // What a failed install left behind, the next start removes; the data in use stays.
        await discardUnfinished(db);
        expect(await strayRows(db)).toBe(0);
        expect((await readBack()).rows).toEqual(seen.rows);
      },
    ), { numRuns: RUNS });
    // Both branches were exercised: faults that stopped an install, and installs that got past theirs.
    expect(outcomes.installed).toBeGreaterThan(RUNS / 20);
    expect(outcomes.failed).toBeGreaterThan(RUNS / 4);
  }, SLOW);
});
