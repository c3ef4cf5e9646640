/**
 * dataset:import: converts a transfermarkt-datasets players.csv (optionally gzipped) into a
 * Footnote dataset (format v1), with the same code the extension's options page uses.
 *
 *   npm run dataset:import -- --transfermarkt <players.csv[.gz]> [--clubs <clubs.csv>] --out <dataset.json>
 *                             [--as-of YYYY-MM-DD] [--source "text"]
 *
 * Bad rows are skipped and reported on stderr with their line and reason; the import fails only
 * when no row is usable. Nothing is printed on stdout.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { importTransfermarkt } from '../lib/import/transfermarkt';
import { validateDataset } from '../lib/dataset/validate';
import { isIsoDate } from '../lib/dataset/dates';
import { at } from '../lib/indexing';

const HELP = `Usage: npm run dataset:import -- --transfermarkt <players.csv[.gz]> --out <dataset.json>
       [--clubs <clubs.csv>] [--as-of YYYY-MM-DD] [--source "text"]

Converts the public transfermarkt-datasets players.csv layout into a Footnote dataset.
  --clubs   better club names: transfermarkt-datasets clubs.csv, or a CSV with name,shortName,aliases
            (aliases separated by |)
  --as-of   the data's date (default: the newest date in the file's own columns)
  --source  who compiled it (default names transfermarkt-datasets)`;

function fail(message: string): never {
  console.error(`dataset:import: ${message}`);
  process.exit(2);
}

/** Reads a text file, gunzipping it when it is gzipped (by its magic bytes, whatever its name). */
export function readMaybeGzipped(path: string): string {
  const bytes = readFileSync(path);
  const text = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
  return text.toString('utf8');
}

function main(args: string[]) {
  if (args.includes('-h') || args.includes('--help')) return console.error(HELP);
  const opts = new Map<string, string>();
  for (let i = 0; i < args.length; i += 2) {
    if (!at(args, i).startsWith('--') || args[i + 1] === undefined) fail(`unexpected ${JSON.stringify(args[i])}\n\n${HELP}`);
    opts.set(at(args, i).slice(2), at(args, i + 1));
  }
  const unknown = [...opts.keys()].find((k) => !['transfermarkt', 'clubs', 'out', 'as-of', 'source'].includes(k));
  if (unknown) fail(`unknown option --${unknown}`);
  const players = opts.get('transfermarkt') ?? fail(`--transfermarkt <players.csv> is required\n\n${HELP}`);
  const out = opts.get('out') ?? fail('--out <dataset.json> is required');
  const asOf = opts.get('as-of');
  if (asOf && !isIsoDate(asOf)) fail(`--as-of ${asOf} is not a date (YYYY-MM-DD)`);

  const started = performance.now();
  let text: string;
  let clubs: string | undefined;
  try {
    text = readMaybeGzipped(resolve(players));
    clubs = opts.has('clubs') ? readMaybeGzipped(resolve(opts.get('clubs')!)) : undefined;
  } catch (error) {
    fail((error as Error).message);
  }
  let result;
  try {
    result = importTransfermarkt(text, { asOf, source: opts.get('source'), clubsCsv: clubs });
  } catch (error) {
    fail((error as Error).message);
  }
  for (const row of result.skipped) console.error(`dataset:import: ${players}:${row.line}: skipped: ${row.reason}`);
  const valid = validateDataset(result.dataset);
  if (!valid.ok) fail(`the converted data is not valid (a bug in the importer):\n${valid.problems.join('\n')}`);
  const json = `${JSON.stringify(result.dataset)}\n`;
  writeFileSync(resolve(out), json);
  console.error(
    `dataset:import: ${out}: ${result.dataset.players.length} players, ${result.dataset.clubs.length} clubs, ` +
      `${result.skipped.length} rows skipped, as of ${result.dataset.asOf} ` +
      `(${(json.length / 1024).toFixed(0)} kB in ${(performance.now() - started).toFixed(0)} ms)`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
