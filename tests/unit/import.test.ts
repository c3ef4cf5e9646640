import { describe, expect, test } from 'vitest';
import { readFileSync, mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { importTransfermarkt } from '../../lib/import/transfermarkt';
import { clubNames } from '../../lib/import/club-names';
import { parseCsvRows } from '../../lib/import/csv';
import { validateDataset } from '../../lib/dataset/validate';
import { PLAYERS_CSV } from '../corpus/transfermarkt';
import { missingShared } from './corpus-required';
import { at } from '../../lib/indexing';

const csv = readFileSync('tests/fixtures/csv/players.csv', 'utf8');

describe('parseCsvRows', () => {
  test('quotes, doubled quotes, commas and CRLF', () => {
    expect(parseCsvRows('a,b\r\n"x, y","say ""hi"""\r\n1,\n')).toEqual([['a', 'b'], ['x, y', 'say "hi"'], ['1', '']]);
  });
});

describe('clubNames', () => {
  test.each([
    ['Football Club Internazionale Milano S.p.A.', 'Inter'],
    ['Manchester United Football Club', 'Man Utd'],
    ['Paris Saint-Germain Football Club', 'Paris Saint-Germain'],
    ['Reial Club Deportiu Espanyol de Barcelona S.A.D.', 'Espanyol'],
    ['Futbol Club Barcelona', 'Barcelona'],
    ['Girona Fútbol Club S. A. D.', 'Girona'],
    ['1. Fußball- und Sportverein Dorfstadt 1904 e.V.', 'Fußball- und Sportverein Dorfstadt'],
  ])('%s → %s', (legal, short) => expect(clubNames(legal).shortName).toBe(short));
  test('well-known clubs get their press names as aliases', () => {
    expect(clubNames('Paris Saint-Germain Football Club').aliases).toContain('PSG');
  });
});

describe('importTransfermarkt', () => {
  const { dataset, skipped } = importTransfermarkt(csv);

  test('converts rows into a valid dataset with stable ids and readable clubs', () => {
    expect(validateDataset(dataset).ok).toBe(true);
    expect(dataset.players.map((p) => p.id)).toEqual(['alex-example-1001', 'bruno-sample-1002', 'mononym-1003', 'chloe-exemple-1005', 'dan-dorf-1006']);
    expect(importTransfermarkt(csv).dataset).toEqual(dataset);
    const inter = dataset.clubs.find((c) => c.shortName === 'Inter')!;
    expect(inter).toMatchObject({ id: 'inter-46', name: 'Football Club Internazionale Milano S.p.A.', aliases: ['Inter Milan', 'Internazionale'] });
    expect(dataset.players[0]).toMatchObject({
      name: 'Alex Example', tmId: '1001', birthDate: '2000-04-02', position: 'Centre-Forward', clubId: 'inter-46',
      nationality: 'Italy', contract: { until: '2027-06-30' },
    });
    // last_name is kept only where the name alone would not give it.
    expect(dataset.players[0]).not.toHaveProperty('shortName');
    expect(at(dataset.players, 1).shortName).toBe('Sample, Jr');
    expect(dataset.players[2]).not.toHaveProperty('birthDate');
    expect(dataset.players[2]).not.toHaveProperty('contract');
  });

  test('asOf is the newest date in the file, never today; options override it', () => {
    expect(dataset.asOf).toBe('2025-03-14');
    expect(importTransfermarkt(csv, { asOf: '2025-05-01', source: 'me' }).dataset).toMatchObject({ asOf: '2025-05-01', source: 'me' });
  });

  test('bad rows are skipped with their line and reason', () => {
    expect(skipped).toEqual([
      { line: 5, reason: 'player_id "abc" is not a number' },
      { line: 6, reason: 'no name' },
      { line: 7, reason: 'player_id 1002 appears twice' },
    ]);
  });

  test('a clubs file improves the names', () => {
    const clubs = 'name,shortName,aliases\n1. Fußball- und Sportverein Dorfstadt 1904 e.V.,Dorfstadt,FSV|Die Dorfer\n';
    const d = importTransfermarkt(csv, { clubsCsv: clubs }).dataset;
    expect(d.clubs.find((c) => c.id === 'dorfstadt-999')).toMatchObject({ shortName: 'Dorfstadt', aliases: ['FSV', 'Die Dorfer'] });
  });

  test('fails only when no row is usable, or the file is not that layout', () => {
    expect(() => importTransfermarkt('player_id,name\nx,\n')).toThrow(/No usable row/);
    expect(() => importTransfermarkt('id,title\n1,a\n')).toThrow(/lacks the column/);
  });

  test('seasons keeps the players of the newest N seasons; a count that names no season is refused, not read as "no rows"', () => {
    const seasonal = ['player_id,name,last_season', '1,Ann Old,2022', '2,Ben Mid,2023', '3,Cal New,2024', '4,Dee New,2024'].join('\n');
    expect(importTransfermarkt(seasonal, { seasons: 2, asOf: '2025-01-01' }).dataset.players.map((p) => p.name)).toEqual(['Ben Mid', 'Cal New', 'Dee New']);
    expect(importTransfermarkt(seasonal, { seasons: 9, asOf: '2025-01-01' }).dataset.players).toHaveLength(4);
    for (const seasons of [-1, 1.5]) expect(() => importTransfermarkt(seasonal, { seasons, asOf: '2025-01-01' })).toThrow(`seasons must be a whole number of at least 1 (got ${seasons})`);
  });
});

describe('npm run dataset:import', { timeout: 60_000 }, () => {
  test('writes the dataset from a gzipped file and reports skipped rows on stderr', () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-'));
    const gz = join(dir, 'players.csv.gz');
    writeFileSync(gz, gzipSync(csv));
    const out = join(dir, 'out.json');
    const run = spawnSync('npx', ['tsx', 'scripts/import-dataset.ts', '--transfermarkt', gz, '--out', out], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/players\.csv\.gz:5: skipped: player_id "abc" is not a number/);
    expect(run.stderr).toMatch(/5 players, 4 clubs, 3 rows skipped, as of 2025-03-14/);
    expect(JSON.parse(readFileSync(out, 'utf8')).players).toHaveLength(5);
    const bad = spawnSync('npx', ['tsx', 'scripts/import-dataset.ts', '--transfermarkt', join(dir, 'missing.csv'), '--out', out], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/no such file/i);
  });

  test.skipIf(missingShared('the import of the real players.csv', PLAYERS_CSV))('the real 5,029-row file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-'));
    const out = join(dir, 'tm.json');
    const run = spawnSync('npx', ['tsx', 'scripts/import-dataset.ts', '--transfermarkt', PLAYERS_CSV, '--out', out], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    console.log(run.stderr.trim());
    expect(existsSync(out)).toBe(true);
    expect(run.stderr).toMatch(/5029 players/);
  });
});
