/**
 * The one-click source's conversion at upstream's full size: generated files in
 * transfermarkt-datasets' layout (made-up people, tests/support/upstream-fixtures.ts's columns),
 * timed from the gzipped bytes to a validated layer. Medians of three runs.
 *
 *   npm run -s bench:upstream [-- --players 40000 --transfers 100000]
 */
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { gunzipInBrowser } from '../lib/import/from-file';
import { importUpstream } from '../lib/import/upstream';
import { CLUB_COLUMNS, PLAYER_COLUMNS, TRANSFER_COLUMNS } from '../tests/support/upstream-fixtures';

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const PLAYERS = arg('--players', 40_000);
const TRANSFERS = arg('--transfers', 100_000);
const CLUBS = 450;

const SYLLABLES = ['ka', 'lo', 'mer', 'tan', 'vi', 'dro', 'sel', 'bru', 'nak', 'ost', 'ri', 'gan', 'pel', 'zor', 'um', 'fen'];
const word = (n: number) => {
  let out = '';
  for (let i = 0; i < 3; i++) out += SYLLABLES[(n >> (i * 4)) % SYLLABLES.length];
  return out.charAt(0).toUpperCase() + out.slice(1);
};
const row = (columns: string[], values: Record<string, string>) => columns.map((c) => values[c] ?? '').join(',');

function files() {
  const clubs = [CLUB_COLUMNS.join(',')];
  for (let c = 0; c < CLUBS; c++) clubs.push(row(CLUB_COLUMNS, { club_id: String(10_000 + c), name: `${word(c * 7 + 3)} ${word(c * 13 + 1)} Football Club`, coach_name: `${word(c + 90)} ${word(c * 3 + 5)}`, last_season: '2026' }));
  const players = [PLAYER_COLUMNS.join(',')];
  for (let p = 0; p < PLAYERS; p++) {
    const club = 10_000 + (Math.floor(p / 5) % CLUBS);
    const first = word(p % 4093);
    const last = word((p * 31) % 4091 + 7);
    players.push(row(PLAYER_COLUMNS, {
      player_id: String(500_000 + p), name: `${first} ${last}`, first_name: first, last_name: last, current_club_id: String(club),
      current_club_name: `${word((club - 10_000) * 7 + 3)} ${word((club - 10_000) * 13 + 1)} Football Club`, date_of_birth: `${1985 + (p % 20)}-0${1 + (p % 9)}-1${p % 10} 00:00:00`,
      sub_position: 'Centre-Forward', position: 'Attack', contract_expiration_date: `${2026 + (p % 5)}-06-30 00:00:00`, last_season: String(2022 + (p % 5)),
      market_value_in_eur: String(100_000 * (p % 300)), country_of_citizenship: 'Testland',
    }));
  }
  const transfers = [TRANSFER_COLUMNS.join(',')];
  for (let t = 0; t < TRANSFERS; t++) {
    const p = (t * 7) % PLAYERS;
    transfers.push(row(TRANSFER_COLUMNS, {
      player_id: String(500_000 + p), transfer_date: `${2015 + (t % 11)}-0${1 + (t % 8)}-01`, from_club_id: String(10_000 + ((t + 1) % CLUBS)),
      to_club_id: String(10_000 + (t % CLUBS)), from_club_name: 'From', to_club_name: 'To', transfer_fee: String((t % 4) * 1_000_000),
    }));
  }
  return { players: gzipSync(players.join('\n')), clubs: gzipSync(clubs.join('\n')), transfers: gzipSync(transfers.join('\n')) };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function main() {
  const gz = files();
  const mb = (b: Uint8Array) => `${(b.byteLength / 1024 / 1024).toFixed(1)} MB`;
  console.log(`generated: players.csv.gz ${mb(gz.players)}, clubs.csv.gz ${mb(gz.clubs)}, transfers.csv.gz ${mb(gz.transfers)}`);
  const unzip: number[] = [];
  const convert: number[] = [];
  let last;
  for (let run = 0; run < 3; run++) {
    const t0 = performance.now();
    const decode = async (b: Uint8Array) => new TextDecoder().decode(await gunzipInBrowser(b, 50 * 1024 * 1024));
    const texts = { players: await decode(gz.players), clubs: await decode(gz.clubs), transfers: await decode(gz.transfers) };
    const t1 = performance.now();
    last = importUpstream(texts, { fileDate: '2026-07-11' });
    const t2 = performance.now();
    unzip.push(t1 - t0);
    convert.push(t2 - t1);
  }
  const d = last?.dataset;
  console.log(`kept: ${d?.players.length} players (newest two seasons of ${PLAYERS}), ${d?.clubs.length} clubs, ${d?.staff?.length ?? 0} staff, ${d?.transfers?.length ?? 0} transfers; snapshot ${last?.snapshot}`);
  console.log(`gunzip (DecompressionStream): ${median(unzip).toFixed(0)} ms; convert and validate: ${median(convert).toFixed(0)} ms (medians of 3, Node ${process.version})`);
  console.log(`layer JSON: ${(JSON.stringify(d).length / 1024 / 1024).toFixed(1)} MB`);
}

void main();
