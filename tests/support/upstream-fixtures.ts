/**
 * Small files in transfermarkt-datasets' published layout (the column lists of its
 * data/prep/dataset-metadata.json), generated here with made-up people and clubs: the
 * fixtures of the upstream importer, the background's upstream updates, dataset:publish and
 * the one-click e2e test. Nothing is copied from the real files.
 */
import { gzipSync } from 'node:zlib';

export const PLAYER_COLUMNS = [
  'player_id', 'name', 'current_club_id', 'current_club_name', 'country_of_citizenship', 'country_of_birth', 'city_of_birth',
  'date_of_birth', 'position', 'sub_position', 'foot', 'height_in_cm', 'market_value_in_eur', 'highest_market_value_in_eur',
  'agent_name', 'contract_expiration_date', 'current_club_domestic_competition_id', 'first_name', 'last_name', 'player_code',
  'image_url', 'last_season', 'url',
];
export const CLUB_COLUMNS = [
  'club_id', 'club_code', 'name', 'domestic_competition_id', 'total_market_value', 'squad_size', 'average_age', 'foreigners_number',
  'foreigners_percentage', 'national_team_players', 'stadium_name', 'stadium_seats', 'net_transfer_record', 'coach_name', 'url',
  'filename', 'last_season',
];
export const TRANSFER_COLUMNS = [
  'player_id', 'player_name', 'transfer_date', 'transfer_season', 'from_club_id', 'to_club_id', 'from_club_name', 'to_club_name',
  'transfer_fee', 'market_value_in_eur',
];

export interface FixtureClub { id: string; name: string; coach?: string }
export interface FixturePlayer {
  id: string;
  first: string;
  last: string;
  clubId: string;
  born: string;
  until?: string;
  season: number;
  position?: string;
}
export interface FixtureTransfer { playerId: string; date: string; fromId: string; toId: string; fee: string }

/** Made-up clubs and people: none of them exists. */
export const CLUBS: FixtureClub[] = [
  { id: '9101', name: 'Harrowgate Rovers Football Club', coach: 'Teodor Almqvist' },
  { id: '9102', name: 'Kestrel Vale Athletic Football Club', coach: 'Mirela Obradović' },
  { id: '9103', name: 'Dunmore Wanderers FC', coach: 'Casimir Ellery' },
];

export const PLAYERS: FixturePlayer[] = [
  { id: '880001', first: 'Aurelio', last: 'Quennell', clubId: '9101', born: '1999-04-12', until: '2028-06-30', season: 2026, position: 'Centre-Forward' },
  { id: '880002', first: 'Bastian', last: 'Okonkwo-Leith', clubId: '9101', born: '2001-09-03', until: '2027-06-30', season: 2026, position: 'Left Winger' },
  { id: '880003', first: 'Cyprian', last: 'Halloran', clubId: '9102', born: '1997-01-22', until: '2026-06-30', season: 2025, position: 'Goalkeeper' },
  { id: '880004', first: 'Desmond', last: 'Faraday-Roe', clubId: '9103', born: '2003-11-30', until: '2029-06-30', season: 2026, position: 'Centre-Back' },
  // Last played three seasons ago: left out (only the newest two seasons are kept).
  { id: '880005', first: 'Evander', last: 'Stroud', clubId: '9103', born: '1990-05-05', until: '2024-06-30', season: 2024 },
];

export const TRANSFERS: FixtureTransfer[] = [
  { playerId: '880001', date: '2024-07-01', fromId: '9102', toId: '9101', fee: '12500000' },
  { playerId: '880002', date: '2025-08-30', fromId: '9103', toId: '9101', fee: '0' },
  { playerId: '880004', date: '2026-07-11', fromId: '9101', toId: '9103', fee: '' },
];

const cell = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
const csv = (columns: string[], rows: Array<Record<string, string>>) =>
  [columns.join(','), ...rows.map((r) => columns.map((c) => cell(r[c] ?? '')).join(','))].join('\n') + '\n';

export function playersCsv(players: FixturePlayer[] = PLAYERS, extraLines: string[] = []): string {
  const club = (id: string) => CLUBS.find((c) => c.id === id)?.name ?? '';
  const text = csv(PLAYER_COLUMNS, players.map((p) => ({
    player_id: p.id, name: `${p.first} ${p.last}`, first_name: p.first, last_name: p.last, current_club_id: p.clubId,
    current_club_name: club(p.clubId), date_of_birth: `${p.born} 00:00:00`, position: 'Attack', sub_position: p.position ?? '',
    contract_expiration_date: p.until ? `${p.until} 00:00:00` : '', last_season: String(p.season), country_of_citizenship: 'Testland',
    current_club_domestic_competition_id: 'ZZ1', market_value_in_eur: '1000000',
  })));
  return text + extraLines.map((l) => `${l}\n`).join('');
}

export function clubsCsv(clubs: FixtureClub[] = CLUBS): string {
  return csv(CLUB_COLUMNS, clubs.map((c) => ({ club_id: c.id, name: c.name, coach_name: c.coach ?? '', domestic_competition_id: 'ZZ1', last_season: '2026' })));
}

export function transfersCsv(transfers: FixtureTransfer[] = TRANSFERS, extraLines: string[] = []): string {
  const club = (id: string) => CLUBS.find((c) => c.id === id)?.name.replace(/ (Football Club|FC)$/, '') ?? '';
  const name = (id: string) => PLAYERS.find((p) => p.id === id);
  return csv(TRANSFER_COLUMNS, transfers.map((t) => ({
    player_id: t.playerId, player_name: `${name(t.playerId)?.first ?? ''} ${name(t.playerId)?.last ?? ''}`, transfer_date: t.date,
    transfer_season: '', from_club_id: t.fromId, to_club_id: t.toId, from_club_name: club(t.fromId), to_club_name: club(t.toId), transfer_fee: t.fee,
  }))) + extraLines.map((l) => `${l}\n`).join('');
}

/** The three files gzipped, by their published names. */
export function upstreamFiles(texts: { players?: string; clubs?: string; transfers?: string } = {}): Record<string, Uint8Array> {
  return {
    'players.csv.gz': gzipSync(texts.players ?? playersCsv()),
    'clubs.csv.gz': gzipSync(texts.clubs ?? clubsCsv()),
    'transfers.csv.gz': gzipSync(texts.transfers ?? transfersCsv()),
  };
}
