import { describe, expect, test } from 'vitest';
import { cpSync, mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { assembleDataset, locateProblem } from '../../lib/dataset/assemble';
import { readCurated } from '../../scripts/data-dir';
import { validateDataset } from '../../lib/dataset/validate';
import { bundledDataset } from './bundled';

describe('the bundled dataset', () => {
  test('is valid and holds the seed story', () => {
    const d = bundledDataset();
    const konate = d.players.find((p) => p.id === 'ibrahima-konate')!;
    expect(konate.contract?.until).toBe('2026-06-30');
    expect(d.rumours!.filter((r) => r.playerId === 'ibrahima-konate').map((r) => r.status).sort()).toEqual(['cooled', 'interest', 'talks']);
    for (const id of ['antonio-rudiger', 'david-alaba']) expect(d.players.find((p) => p.id === id)?.contract?.until).toBe('2026-06-30');
    expect(d.staff!.find((s) => s.id === 'florentino-perez')?.role).toBe('executive');
  });
});

describe('the bundled squads', () => {
  const REQUIRED = [
    'arsenal', 'aston-villa', 'bournemouth', 'brentford', 'brighton', 'burnley', 'chelsea', 'crystal-palace', 'everton', 'fulham',
    'leeds', 'liverpool', 'man-city', 'man-utd', 'newcastle', 'nottingham-forest', 'sunderland', 'tottenham', 'west-ham', 'wolves',
    'real-madrid', 'barcelona', 'atletico-madrid', 'bayern-munich', 'borussia-dortmund', 'bayer-leverkusen', 'inter', 'ac-milan',
    'juventus', 'napoli', 'psg', 'marseille',
  ];
  test('each required club has a first-team squad of at least 12', () => {
    const d = bundledDataset();
    const squad = (id: string) => d.players.filter((p) => p.clubId === id || p.loan?.fromClubId === id).length;
    // One table, so a failure lists every short club at once: [club, players], only those short of 12.
    const short = REQUIRED.map((id) => [id, d.clubs.some((c) => c.id === id) ? squad(id) : 'no such club'] as const)
      .filter(([, n]) => typeof n === 'string' || n < 12);
    expect(short).toEqual([]);
  });
  test('the names the English press uses', () => {
    const d = bundledDataset();
    const names = d.clubs.flatMap((c) => [c.shortName, ...(c.aliases ?? [])]);
    for (const n of ['Man Utd', 'Spurs', 'Wolves', "Nott'm Forest", 'Barça', 'PSG', 'Atleti', 'Inter Milan', 'Juve']) expect(names).toContain(n);
  });
});

describe('dataset:build', () => {
  test('names the file and line of each problem, in JSON and CSV sources', () => {
    const dir = mkdtempSync(join(tmpdir(), 'data-'));
    cpSync(resolve('data'), dir, { recursive: true });
    const file = join(dir, 'clubs', 'liverpool.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"until": "2026-06-30"', '"until": "2026-13-40"'));
    writeFileSync(join(dir, 'clubs', 'rennes.csv'), 'name,position,until\nA Player,Winger,2027-06-30\nBroken Date,Winger,2027-02-30\n');
    const { dataset, origins } = assembleDataset(readCurated(dir));
    const result = validateDataset(dataset);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const located = result.problems.map((p) => locateProblem(p, origins));
    const konateLine = readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes('"id": "ibrahima-konate"')) + 1;
    expect(located.some((l) => new RegExp(`liverpool\\.json:${konateLine}: players\\[\\d+\\]\\.contract\\.until: "2026-13-40" is not a date$`).test(l))).toBe(true);
    expect(located.some((l) => /rennes\.csv:3: players\[\d+\]\.contract\.until: "2027-02-30" is not a date/.test(l))).toBe(true);
  });
});
