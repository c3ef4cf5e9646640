import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { clubNews, importFpl, nameWithin, pressName } from '../../lib/import/fpl';
import { validateDataset } from '../../lib/dataset/validate';

const players = readFileSync('tests/fixtures/csv/fpl/players_raw.csv', 'utf8');
const teams = readFileSync('tests/fixtures/csv/fpl/teams.csv', 'utf8');
const tm = `player_id,name,first_name,last_name,date_of_birth,current_club_id,current_club_name
1001,Alex Example,Alex,Example,2000-04-02 00:00:00,46,Northby FC
2001,Quinten Twin,Quinten,Twin,2007-03-19 00:00:00,46,Northby FC
`;

describe('FPL club facts', () => {
  test.each([
    ['Has joined Werder Town on loan for the rest of the season.', { kind: 'loan', club: 'Werder Town' }],
    ['has joined Farport  Athletic\u00a0 permanently.', { kind: 'permanent', club: 'Farport Athletic' }],
    ['has departed the club as a free agent.', { kind: 'free' }],
    ['Knee injury - 75% chance of playing', undefined],
  ])('news %j', (news, expected) => expect(clubNews(news)).toEqual(expected));

  test.each([
    ['David', 'Raya Martín', 'Raya', '', 'David Raya'],
    ['Bruno', 'Borges Fernandes', 'B.Fernandes', 'Bruno Fernandes', 'Bruno Fernandes'],
    ['Kai', 'Havertz', 'Havertz', '', 'Kai Havertz'],
    ['Rodrigo', 'Hernández Cascante', 'Rodri', '', 'Rodrigo Hernández Cascante'],
  ])('press name of %s %s', (first, second, web, known, expected) => expect(pressName(first, second, web, known)).toBe(expected));

  test('a transfermarkt name within the FPL names, never a twin born the same day', () => {
    expect(nameWithin('Gabriel Magalhães', 'Gabriel dos Santos Magalhães Gabriel')).toBe(true);
    expect(nameWithin('Quinten Timber', 'Jurriën Timber J.Timber')).toBe(false);
  });

  const { dataset, notes, joined } = importFpl(players, teams, { transfermarktCsv: tm });

  test('converts clubs, joins, loans out, moves and departures, dated by the snapshot', () => {
    expect(validateDataset(dataset).ok).toBe(true);
    expect(dataset.asOf).toBe('2026-03-12');
    const by = (code: string) => dataset.players.find((p) => p.id === `fpl-${code}`)!;
    expect(by('11')).toMatchObject({ name: 'Alex Example', tmId: '1001', birthDate: '2000-04-02', clubId: 'northby', joined: '2023-07-01' });
    expect(by('14')).toMatchObject({ clubId: 'farport-athletic', loan: { fromClubId: 'southby-rovers' } });
    expect(by('15')).toMatchObject({ clubId: 'farport-athletic' });
    expect(by('15').loan).toBeUndefined();
    expect(by('17').clubId).toBeNull();
    expect(by('16')).toMatchObject({ name: 'Rodri Nombre' });
    expect(dataset.players.every((p) => p.contract === undefined && p.position === undefined)).toBe(true);
  });

  test('twins are not joined to each other’s transfermarkt row; what did not join is reported', () => {
    expect(joined).toBe(1);
    expect(dataset.players.find((p) => p.id === 'fpl-12')?.tmId).toBeUndefined();
    expect(notes.some((n) => /Jack Twin \(2007-03-19\): no transfermarkt player/.test(n))).toBe(true);
  });

  test('refuses files that are not the FPL layout', () => {
    expect(() => importFpl('id,title\n1,x\n', teams)).toThrow(/FPL columns/);
    expect(() => importFpl(players, 'a,b\n')).toThrow(/no teams/);
  });
});
