/**
 * dataset:fpl: converts the Fantasy Premier League snapshot (players_raw.csv, teams.csv) into the
 * bundled layer of Premier League club facts, data/fpl/fpl-2025-26.json (docs/data.md), joined to
 * transfermarkt ids and names through the transfermarkt file. Regenerates byte for byte.
 *
 *   npm run dataset:fpl -- --fpl <folder with players_raw.csv and teams.csv> --transfermarkt <players.csv> [--out <file>]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { importFpl } from '../lib/import/fpl';
import { validateDataset } from '../lib/dataset/validate';
import { formatLayer } from '../lib/dataset/layer-file';
import { readMaybeGzipped } from './import-dataset';

export const FPL_PATH = 'data/fpl/fpl-2025-26.json';

function main(args: string[]) {
  const at = (flag: string) => (args.indexOf(flag) >= 0 ? args[args.indexOf(flag) + 1] : undefined);
  const dir = at('--fpl');
  if (!dir) {
    console.error('Usage: npm run dataset:fpl -- --fpl <folder> [--transfermarkt <players.csv>] [--out data/fpl/fpl-2025-26.json]');
    process.exit(2);
  }
  const out = resolve(at('--out') ?? FPL_PATH);
  const tm = at('--transfermarkt');
  const result = importFpl(readFileSync(join(dir, 'players_raw.csv'), 'utf8'), readFileSync(join(dir, 'teams.csv'), 'utf8'), {
    transfermarktCsv: tm ? readMaybeGzipped(resolve(tm)) : undefined,
  });
  for (const note of result.notes) console.error(`dataset:fpl: ${note}`);
  const valid = validateDataset(result.dataset);
  if (!valid.ok) {
    console.error(`dataset:fpl: the converted data is not valid:\n${valid.problems.join('\n')}`);
    process.exit(1);
  }
  const text = formatLayer(result.dataset);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
  const d = result.dataset;
  console.error(`dataset:fpl: ${out}: ${d.players.length} players (${result.joined} joined to transfermarkt), ${d.clubs.length} clubs, as of ${d.asOf}; ${(text.length / 1024).toFixed(0)} kB`);
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
