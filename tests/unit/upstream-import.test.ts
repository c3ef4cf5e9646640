import { describe, expect, test } from 'vitest';
import { gzipSync } from 'node:zlib';
import { BAD_ROWS_MIN, importUpstream, snapshotDate } from '../../lib/import/upstream';
import { gunzipInBrowser } from '../../lib/import/from-file';
import { mergeLayers } from '../../lib/dataset/merge';
import type { Dataset } from '../../lib/dataset/types';
import { readFileSync } from 'node:fs';
import { clubsCsv, PLAYERS, playersCsv, transfersCsv, TRANSFERS } from '../support/upstream-fixtures';
import { PLAYERS_CSV } from '../corpus/transfermarkt';
import { missingShared } from './corpus-required';

const texts = () => ({ players: playersCsv(), clubs: clubsCsv(), transfers: transfersCsv() });

describe('the upstream files as one layer', () => {
  test('keeps the players of the newest two seasons, with readable club names and coaches as staff', () => {
    const { dataset } = importUpstream(texts());
    expect(dataset.players.map((p) => p.tmId).sort()).toEqual(['880001', '880002', '880003', '880004']);
    const rovers = dataset.clubs.find((c) => c.tmId === '9101');
    expect(rovers?.shortName).toBe('Harrowgate Rovers');
    expect(dataset.staff).toContainEqual(expect.objectContaining({ name: 'Teodor Almqvist', role: 'manager', clubId: rovers?.id }));
    // The coach of a club no kept player plays for is not invented a club.
    expect(dataset.staff?.every((s) => dataset.clubs.some((c) => c.id === s.clubId))).toBe(true);
  });

  test("the snapshot's date is the newest date in its columns, never today", () => {
    expect(importUpstream(texts()).snapshot).toBe('2026-07-11');
    expect(importUpstream(texts()).dataset.asOf).toBe('2026-07-11');
    // A transfer dated after the day the server last changed the file was only agreed.
    expect(snapshotDate(texts(), '2026-07-01')).toBe('2025-08-30');
    // No dated column at all: the server's day, else a refusal in words.
    expect(snapshotDate({ players: playersCsv() }, '2026-06-02')).toBe('2026-06-02');
    expect(() => importUpstream({ players: playersCsv() })).toThrow(/cannot be dated/);
  });

  test('completed transfers keep date, both clubs and the fee (0 stays 0, a missing fee stays missing)', () => {
    const { dataset } = importUpstream(texts());
    const byPlayer = (tm: string) => dataset.transfers?.find((t) => dataset.players.find((p) => p.id === t.playerId)?.tmId === tm);
    expect(byPlayer('880001')).toMatchObject({ date: '2024-07-01', fee: 12500000, from: { name: 'Kestrel Vale Athletic' }, to: { name: 'Harrowgate Rovers' } });
    expect(byPlayer('880002')?.fee).toBe(0);
    expect(byPlayer('880004')).not.toHaveProperty('fee');
    expect(byPlayer('880004')?.to.clubId).toBe(dataset.clubs.find((c) => c.tmId === '9103')?.id);
    expect(dataset.transfers).toHaveLength(TRANSFERS.length);
  });

  test('bad rows are reported with their file and line, and the rest imported', () => {
    const players = playersCsv(PLAYERS, ['not-a-number,Nobody Atall,9101,,,,,,,,,,,,,,,,,,,2026']);
    const transfers = transfersCsv(TRANSFERS, ['880001,Aurelio Quennell,someday,,9101,9102,a,b,5']);
    const { dataset, notes } = importUpstream({ players, clubs: clubsCsv(), transfers });
    expect(notes).toContain('players.csv line 7: skipped: player_id "not-a-number" is not a number');
    expect(notes).toContain('transfers.csv line 5: skipped: transfer_date "someday" is not a date');
    expect(dataset.players).toHaveLength(4);
  });

  test('a file of mostly bad rows is refused whole', () => {
    const bad = Array.from({ length: BAD_ROWS_MIN }, (_, i) => `x${i},Bad Row ${i},9101,,,,,,,,,,,,,,,,,,,2026`);
    expect(() => importUpstream({ ...texts(), players: playersCsv(PLAYERS, bad) })).toThrow(/10 of the 14 rows of players\.csv are bad.*nothing was imported/);
  });

  test('a cut-off gzip is refused in words, never read in part', async () => {
    const gz = gzipSync(playersCsv());
    await expect(gunzipInBrowser(gz.subarray(0, gz.length - 12), 1e7)).rejects.toThrow(/cut off or damaged/);
    expect(new TextDecoder().decode(await gunzipInBrowser(gz, 1e7))).toBe(playersCsv());
  });
});

describe('a completed transfer is a dated club fact in the merge', () => {
  test('newer than a curated contract with his old club, it moves him and drops that contract', () => {
    const upstream = importUpstream(texts()).dataset;
    const desmond = upstream.players.find((p) => p.tmId === '880004');
    const dunmore = upstream.clubs.find((c) => c.tmId === '9103');
    const harrowgate = upstream.clubs.find((c) => c.tmId === '9101');
    if (!desmond || !dunmore || !harrowgate) throw new Error('fixture players missing');
    // The upstream record itself predates the move here (an older players row), so only the transfer says he moved.
    const stale: Dataset = { ...upstream, players: upstream.players.map((p) => (p.id === desmond.id ? { ...p, clubId: harrowgate.id, asOf: '2026-01-01' } : p)) };
    const curated: Dataset = {
      format: 'footnote-dataset', version: 1, asOf: '2026-03-01', source: 'curated', clubs: [harrowgate],
      players: [{ id: desmond.id, tmId: '880004', name: desmond.name, clubId: harrowgate.id, contract: { until: '2031-06-30' } }],
    };
    const merged = mergeLayers([stale, curated]).dataset;
    const after = merged.players.find((p) => p.tmId === '880004');
    expect(after).toMatchObject({ clubId: dunmore.id, joined: '2026-07-11' });
    expect(after?.contract?.until).not.toBe('2031-06-30');
    expect(merged.transfers?.filter((t) => t.playerId === after?.id)).toHaveLength(1);
  });

  test('an older transfer does not undo a newer club fact', () => {
    const upstream = importUpstream(texts()).dataset;
    const aurelio = upstream.players.find((p) => p.tmId === '880001');
    const kestrel = upstream.clubs.find((c) => c.tmId === '9102');
    if (!aurelio || !kestrel) throw new Error('fixture players missing');
    const curated: Dataset = {
      format: 'footnote-dataset', version: 1, asOf: '2026-09-01', source: 'curated', clubs: [kestrel],
      players: [{ id: aurelio.id, tmId: '880001', name: aurelio.name, clubId: kestrel.id }],
    };
    expect(mergeLayers([upstream, curated]).dataset.players.find((p) => p.tmId === '880001')?.clubId).toBe(kestrel.id);
  });
});

const corpusTest = missingShared('the upstream importer on the corpus players.csv', PLAYERS_CSV) ? test.skip : test;

corpusTest("the corpus's real players.csv reads as upstream's players file: dated by its own `date` column, nothing skipped", () => {
  const { dataset, snapshot, notes } = importUpstream({ players: readFileSync(PLAYERS_CSV, 'utf8') });
  // Its newest `date` (the rows were scraped up to the end of 2024); every row is of the newest two seasons.
  expect(snapshot).toBe('2024-12-30');
  expect(notes).toEqual([]);
  expect(dataset.players.length).toBeGreaterThan(5000);
  expect(dataset.source).toBe('transfermarkt-datasets');
});
