/**
 * dataset:base: converts a transfermarkt-datasets players.csv into the bundled base layer,
 * data/base/transfermarkt.json (docs/data.md). Only the transfermarkt-datasets columns are read
 * (lib/import/transfermarkt.ts); the players of the file's newest two seasons are kept. The
 * output depends on the input file alone, so the same file regenerates it byte for byte.
 *
 *   npm run dataset:base -- --transfermarkt <players.csv[.gz]> [--out data/base/transfermarkt.json]
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { importTransfermarkt } from '../lib/import/transfermarkt';
import { validateDataset } from '../lib/dataset/validate';
import { formatLayer } from '../lib/dataset/layer-file';
import { readMaybeGzipped } from './import-dataset';

export const BASE_SOURCE = 'transfermarkt-datasets';
export const BASE_PATH = 'data/base/transfermarkt.json';

function main(args: string[]) {
  const at = (flag: string) => (args.indexOf(flag) >= 0 ? args[args.indexOf(flag) + 1] : undefined);
  const input = at('--transfermarkt');
  if (!input || args.includes('--help')) {
    console.error('Usage: npm run dataset:base -- --transfermarkt <players.csv[.gz]> [--out data/base/transfermarkt.json]');
    process.exit(input ? 0 : 2);
  }
  const out = resolve(at('--out') ?? BASE_PATH);
  const started = performance.now();
  const { dataset, skipped } = importTransfermarkt(readMaybeGzipped(resolve(input)), { seasons: 2, source: BASE_SOURCE });
  for (const row of skipped) console.error(`dataset:base: ${input}:${row.line}: skipped: ${row.reason}`);
  const valid = validateDataset(dataset);
  if (!valid.ok) {
    console.error(`dataset:base: the converted data is not valid (a bug in the importer):\n${valid.problems.join('\n')}`);
    process.exit(1);
  }
  const text = formatLayer(dataset);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
  console.error(
    `dataset:base: ${out}: ${dataset.players.length} players, ${dataset.clubs.length} clubs, as of ${dataset.asOf}; ` +
      `${(text.length / 1024).toFixed(0)} kB (${(gzipSync(text).length / 1024).toFixed(0)} kB gzipped) in ${(performance.now() - started).toFixed(0)} ms`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
