/**
 * A deterministic, made-up players.csv in the transfermarkt-datasets layout (the columns the
 * importer reads), for benchmarks at the upstream table's full size. Names are built from
 * syllables of our own, so they collide the way real ones do (shared surnames, shared first
 * names) without being anyone's.
 */
const FIRST = ['Ja', 'Lu', 'Ma', 'Ni', 'Jo', 'Ar', 'Da', 'Ke', 'Mi', 'Ro', 'Sa', 'To', 'El', 'Is', 'Ra', 'Ty'];
const FIRST_END = ['mes', 'ca', 'rco', 'ko', 'nas', 'thur', 'vid', 'vin', 'lan', 'nan', 'mir', 'bias', 'ias', 'mael', 'fael', 'ler'];
const LAST = ['Ber', 'Kov', 'San', 'Mol', 'Dra', 'Fer', 'Gut', 'Hal', 'Lin', 'Mar', 'Nor', 'Pet', 'Rod', 'Sch', 'Tor', 'Vil', 'Wen', 'Zim'];
const LAST_MID = ['', 'an', 'el', 'in', 'or', 'ov', 'ab', 'ut'];
const LAST_END = ['gson', 'ić', 'tos', 'ina', 'ez', 'ley', 'sen', 'mann', 'ero', 'ski', 'ard', 'uez', 'ton', 'by'];
const COUNTRIES = ['England', 'Spain', 'Germany', 'France', 'Italy', 'Portugal', 'Netherlands', 'Brazil', 'Argentina', 'Croatia', 'Serbia', 'Norway', 'Denmark', 'Belgium', 'Türkiye', 'Scotland'];
const POSITIONS: Array<[string, string]> = [
  ['Goalkeeper', 'Goalkeeper'], ['Centre-Back', 'Defender'], ['Left-Back', 'Defender'], ['Right-Back', 'Defender'],
  ['Defensive Midfield', 'Midfield'], ['Central Midfield', 'Midfield'], ['Attacking Midfield', 'Midfield'],
  ['Left Winger', 'Attack'], ['Right Winger', 'Attack'], ['Centre-Forward', 'Attack'],
];
const TOWNS = ['Ashford', 'Brenton', 'Calder', 'Dunmore', 'Eastfield', 'Fairhaven', 'Glenrock', 'Holmwood', 'Ironbridge', 'Kingsmere', 'Lowmoor', 'Marlow', 'Northcote', 'Oakridge', 'Pendleton', 'Redcliffe', 'Stonebury', 'Thornhill', 'Upwell', 'Westbrook'];
const SUFFIXES = ['Football Club', 'United Football Club', 'City Football Club', 'Athletic Football Club', 'Rovers Football Club', 'Town Football Club'];

/** Mulberry32: a small seeded generator, so every run and every machine gets the same file. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const FAKE_COLUMNS = [
  'player_id', 'date', 'first_name', 'last_name', 'name', 'last_season', 'current_club_id', 'country_of_citizenship', 'date_of_birth',
  'sub_position', 'position', 'contract_expiration_date', 'current_club_domestic_competition_id', 'current_club_name', 'market_value_in_eur',
];

export interface FakeRow {
  [column: string]: string;
}

/** `count` players at about 25 a club, ids from `firstId` (an added file can use ids of its own). */
export function fakeRows(count: number, seed = 1, firstId = 100_000): FakeRow[] {
  const next = random(seed);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  const clubs = Math.max(1, Math.ceil(count / 25));
  const rows: FakeRow[] = [];
  for (let i = 0; i < count; i++) {
    const first = pick(FIRST) + pick(FIRST_END);
    const last = pick(LAST) + pick(LAST_MID) + pick(LAST_END);
    const club = Math.floor(next() * clubs);
    const [sub, position] = pick(POSITIONS);
    const year = 1988 + Math.floor(next() * 20);
    const month = String(1 + Math.floor(next() * 12)).padStart(2, '0');
    const dayOf = String(1 + Math.floor(next() * 28)).padStart(2, '0');
    rows.push({
      player_id: String(firstId + i),
      date: `2026-0${1 + Math.floor(next() * 6)}-1${Math.floor(next() * 9)}`,
      first_name: first,
      last_name: last,
      name: `${first} ${last}`,
      last_season: String(2024 + Math.floor(next() * 2)),
      current_club_id: String(10_000 + club),
      country_of_citizenship: pick(COUNTRIES),
      date_of_birth: `${year}-${month}-${dayOf} 00:00:00`,
      sub_position: sub,
      position,
      contract_expiration_date: `${2026 + Math.floor(next() * 5)}-06-30 00:00:00`,
      current_club_domestic_competition_id: `L${club % 40}`,
      current_club_name: `${TOWNS[club % TOWNS.length]} ${club >= TOWNS.length ? `${Math.floor(club / TOWNS.length)} ` : ''}${SUFFIXES[club % SUFFIXES.length]}`.replace(/ (\d+) /, (_, n: string) => ` ${letters(Number(n))} `),
      market_value_in_eur: String(Math.round(next() * next() * 80) * 250_000),
    });
  }
  return rows;
}

/** 1 → "Ab", 2 → "Ac"...: club names without digits, as real ones are. */
function letters(n: number): string {
  const a = 'abcdefghijklmnopqrstuvwxyz';
  return `${a[Math.floor(n / 26) % 26]?.toUpperCase() ?? 'A'}${a[n % 26] ?? 'a'}${a[(n * 7) % 26] ?? 'a'}`;
}

const quote = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

export function toCsv(rows: FakeRow[]): string {
  return [FAKE_COLUMNS.join(','), ...rows.map((row) => FAKE_COLUMNS.map((c) => quote(row[c] ?? '')).join(','))].join('\n') + '\n';
}

export function fakePlayersCsv(count: number, seed = 1, firstId = 100_000): string {
  return toCsv(fakeRows(count, seed, firstId));
}
