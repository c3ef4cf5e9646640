/**
 * The curated layer's files assembled (lib/dataset/assemble.ts): what a squad table's columns
 * become, the squad's as-of date, and problems that name the file and line a reader must fix.
 */
import { describe, expect, test } from 'vitest';
import { assembleDataset, locateProblem, playerFromRow } from '../../lib/dataset/assemble';

const META = { path: 'data/meta.json', text: '{ "format": "footnote-dataset", "version": 1, "asOf": "2026-11-01", "source": "curated" }' };
const CLUB = {
  path: 'data/clubs/liverpool.json',
  text: `{
  "club": { "id": "liverpool", "name": "Liverpool" },
  "squadAsOf": "2026-10-15",
  "players": [
    { "id": "ibrahima-konate", "name": "Ibrahima Konaté", "clubId": "liverpool" }
  ],
  "staff": [
    { "id": "arne-slot", "name": "Arne Slot", "clubId": "liverpool", "role": "manager" }
  ]
}`,
};
const SQUAD = {
  path: 'data/clubs/liverpool.csv',
  text: 'id,name,until,asOf\nvirgil-van-dijk,Virgil van Dijk,2027-06-30,\n,Alisson Becker,2027-06-30,2026-09-01\n',
};
const RUMOURS = { path: 'data/rumours/2026-11.json', text: '[{ "id": "r1", "playerId": "ibrahima-konate", "date": "2026-11-20", "status": "interest" }]' };

describe('playerFromRow', () => {
  test('every column of a squad table, in its place', () => {
    expect(playerFromRow({
      id: 'ibrahima-konate', name: 'Ibrahima Konaté', shortName: 'Konaté', position: 'Defender', nationality: 'France',
      birthDate: '1999-05-25', tmId: '357119', since: '2021-07-01', until: '2026-06-30', option: 'club', confidence: 'reported',
      note: 'talks stalled', aliases: 'Ibou | Konate', loanFrom: 'rb-leipzig', loanUntil: '2027-06-30', asOf: '2026-10-01', source: 'club site',
    }, 'liverpool')).toEqual({
      id: 'ibrahima-konate', name: 'Ibrahima Konaté', shortName: 'Konaté', aliases: ['Ibou', 'Konate'], tmId: '357119',
      birthDate: '1999-05-25', nationality: 'France', position: 'Defender', clubId: 'liverpool',
      contract: { since: '2021-07-01', until: '2026-06-30', option: 'club', confidence: 'reported', note: 'talks stalled' },
      loan: { fromClubId: 'rb-leipzig', until: '2027-06-30' }, asOf: '2026-10-01', source: 'club site',
    });
  });

  test('empty cells are left out; without an id the name makes one; a loan may have no end', () => {
    expect(playerFromRow({ id: '', name: 'Dean Huijsen', until: '', loanFrom: 'bournemouth', loanUntil: '' }, 'real-madrid'))
      .toEqual({ id: 'dean-huijsen', name: 'Dean Huijsen', clubId: 'real-madrid', loan: { fromClubId: 'bournemouth' } });
    // No name column at all: an empty name, which validation reports at the row's line.
    const nameless = playerFromRow({ until: '2027-06-30' }, 'liverpool');
    expect(nameless).toMatchObject({ name: '', clubId: 'liverpool', contract: { until: '2027-06-30' } });
    expect(Object.keys(nameless).sort()).toEqual(['clubId', 'contract', 'id', 'name']);
  });
});

describe('assembleDataset', () => {
  const assembled = assembleDataset({ meta: META, clubs: [{ json: CLUB, csv: SQUAD }], rumours: [RUMOURS] });

  test('the meta, the club with its players and staff, its squad table, and the rumours, in one dataset', () => {
    const d = assembled.dataset;
    expect(d.asOf).toBe('2026-11-01');
    expect(d.clubs).toEqual([{ id: 'liverpool', name: 'Liverpool' }]);
    expect((d.players as Array<{ id: string }>).map((p) => p.id)).toEqual(['ibrahima-konate', 'virgil-van-dijk', 'alisson-becker']);
    expect((d.staff as Array<{ id: string }>).map((s) => s.id)).toEqual(['arne-slot']);
    expect(d.rumours).toHaveLength(1);
  });

  test('a squad row without a date of its own takes the squad’s; one with a date keeps it; JSON players are not touched', () => {
    const players = assembled.dataset.players as Array<{ id: string; asOf?: string; clubId?: string }>;
    expect(players.find((p) => p.id === 'virgil-van-dijk')?.asOf).toBe('2026-10-15');
    expect(players.find((p) => p.id === 'alisson-becker')?.asOf).toBe('2026-09-01');
    expect(players.find((p) => p.id === 'ibrahima-konate')?.asOf).toBeUndefined();
    expect(players.find((p) => p.id === 'virgil-van-dijk')?.clubId).toBe('liverpool');
  });

  test('a file that is not JSON is named', () => {
    expect(() => assembleDataset({ meta: META, clubs: [{ json: { path: 'data/clubs/broken.json', text: '{ "club": ' } }], rumours: [] }))
      .toThrow(/^data\/clubs\/broken\.json: not valid JSON \(/);
  });

  test('a problem names the file and line to fix', () => {
    const { origins } = assembled;
    // A JSON record: the line of its id.
    expect(locateProblem('players[0].contract.until: is not a date', origins)).toBe('data/clubs/liverpool.json:5: players[0].contract.until: is not a date');
    expect(locateProblem('staff[0].role: unknown', origins)).toBe('data/clubs/liverpool.json:8: staff[0].role: unknown');
    // A squad row: its own line in the table.
    expect(locateProblem('players[2].name: missing', origins)).toBe('data/clubs/liverpool.csv:3: players[2].name: missing');
    // The club's record has its id on line 2.
    expect(locateProblem('clubs[0].name: missing', origins)).toBe('data/clubs/liverpool.json:2: clubs[0].name: missing');
    // Nothing to point at: the meta file, named as the caller says.
    expect(locateProblem('asOf: is not a date', origins)).toBe('data/meta.json: asOf: is not a date');
    expect(locateProblem('players[9].name: missing', origins, 'meta.json')).toBe('meta.json: players[9].name: missing');
    // A record whose id is not written as the file writes ids: its file's first line.
    expect(locateProblem('rumours[0].status: unknown', origins)).toBe('data/rumours/2026-11.json:1: rumours[0].status: unknown');
  });
});
