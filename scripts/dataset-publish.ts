/**
 * Builds the one file every reader can point Footnote at: transfermarkt-datasets' published
 * files (players, clubs, transfers, .csv.gz) as the base, the FPL club facts and the curated
 * layer of data/ on top (as dataset:build merges them), validated and gzipped. A maintainer hosts
 * it anywhere (a release asset, GitHub Pages); readers set its address in Options → Data sources.
 *
 *   npm run dataset:publish -- --transfermarkt <folder with the csv.gz files> --out <dataset.json.gz>
 *                              [--max-age-days 14] [--today YYYY-MM-DD]
 *
 * Fails (exit 1, in words, nothing written) when the snapshot is older than --max-age-days: the
 * weekly workflow (.github/workflows/dataset.yml) must say so when upstream has stopped.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { daysBetween, formatLongDate, isIsoDate, isoDay } from '../lib/dataset/dates';
import type { Dataset } from '../lib/dataset/types';
import { validateDataset } from '../lib/dataset/validate';
import { gunzipInBrowser, IMPORT_MAX_BYTES } from '../lib/import/from-file';
import { importUpstream } from '../lib/import/upstream';
import { STALE_DAYS, UPSTREAM_FILES } from '../lib/upstream-update';
import { locateProblem } from '../lib/dataset/assemble';
import { assembleCurated, generatedLayers, mergeBundle } from './data-dir';

export class PublishError extends Error {}

export interface PublishOptions {
  folder: string;
  out: string;
  /** The day the snapshot's age is judged on. */
  today: string;
  maxAgeDays?: number;
  dataDir?: string;
  log?: (line: string) => void;
}

export interface Published {
  dataset: Dataset;
  snapshot: string;
  bytes: number;
}

async function readGz(path: string): Promise<string> {
  try {
    return new TextDecoder().decode(await gunzipInBrowser(readFileSync(path), IMPORT_MAX_BYTES));
  } catch (error) {
    throw new PublishError(`${path}: ${(error as Error).message}`);
  }
}

export async function publish(options: PublishOptions): Promise<Published> {
  const log = options.log ?? ((line: string) => console.error(line));
  const maxAge = options.maxAgeDays ?? STALE_DAYS;
  const path = (file: keyof typeof UPSTREAM_FILES) => join(options.folder, UPSTREAM_FILES[file]);
  if (!existsSync(path('players'))) throw new PublishError(`${path('players')} is missing (download it from transfermarkt-datasets first)`);
  const optional = async (file: 'clubs' | 'transfers') => (existsSync(path(file)) ? readGz(path(file)) : (log(`dataset:publish: no ${UPSTREAM_FILES[file]}; going on without it`), undefined));
  // `curl -R` keeps the server's Last-Modified as the file's time: an upper bound for the
  // snapshot's transfers, and its date when no column has one.
  const fileDate = isoDay(statSync(path('players')).mtime);
  const upstream = importUpstream({ players: await readGz(path('players')), clubs: await optional('clubs'), transfers: await optional('transfers') }, { fileDate });
  for (const note of upstream.notes.slice(0, 20)) log(`dataset:publish: ${note}`);
  if (upstream.notes.length > 20) log(`dataset:publish: ... and ${upstream.notes.length - 20} more rows left out`);

  const age = daysBetween(upstream.snapshot, options.today);
  if (age > maxAge) {
    throw new PublishError(`the snapshot is of ${formatLongDate(upstream.snapshot)}, ${age} days before ${options.today} (the limit is ${maxAge}): transfermarkt-datasets has not published since; nothing was written`);
  }

  const dataDir = options.dataDir ?? resolve('data');
  const { dataset: curatedRaw, origins } = assembleCurated(dataDir);
  const curated = validateDataset(curatedRaw);
  if (!curated.ok) {
    for (const problem of curated.problems) log(locateProblem(problem, origins));
    throw new PublishError(`${curated.problems.length} problem(s) in the curated data; nothing was written`);
  }
  // The old bundled base (data/base/) is what this file replaces: the FPL club facts stay under the snapshot.
  const fpl = generatedLayers(dataDir).filter((l) => !l.label.startsWith('base/'));
  const merged = mergeBundle(curated.dataset, [...fpl, { label: 'transfermarkt-datasets', dataset: upstream.dataset }]);
  for (const skipped of merged.skipped) log(`dataset:publish: left out: ${skipped}`);
  const valid = validateDataset(merged.dataset);
  if (!valid.ok) throw new PublishError(`the merged dataset is not valid: ${valid.problems.slice(0, 5).join('; ')}; nothing was written`);

  const gz = gzipSync(`${JSON.stringify(valid.dataset)}\n`);
  mkdirSync(dirname(resolve(options.out)), { recursive: true });
  writeFileSync(options.out, gz);
  const d = valid.dataset;
  log(
    `dataset:publish: ${relative(process.cwd(), resolve(options.out))}: snapshot of ${formatLongDate(upstream.snapshot)}; ` +
      `${d.players.length} players, ${d.clubs.length} clubs, ${d.staff?.length ?? 0} staff, ${d.rumours?.length ?? 0} rumours, ` +
      `${d.transfers?.length ?? 0} transfers (${(gz.length / 1024).toFixed(0)} kB gzipped)`,
  );
  return { dataset: d, snapshot: upstream.snapshot, bytes: gz.length };
}

function arg(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

async function main() {
  const args = process.argv.slice(2);
  const folder = arg(args, '--transfermarkt');
  const out = arg(args, '--out');
  const today = arg(args, '--today') ?? isoDay(new Date());
  const maxAge = arg(args, '--max-age-days');
  if (!folder || !out || !isIsoDate(today) || (maxAge !== undefined && !/^\d+$/.test(maxAge))) {
    console.error('usage: npm run dataset:publish -- --transfermarkt <folder with players.csv.gz, clubs.csv.gz, transfers.csv.gz> --out <dataset.json.gz> [--max-age-days N] [--today YYYY-MM-DD]');
    process.exit(2);
  }
  try {
    await publish({ folder, out, today, maxAgeDays: maxAge === undefined ? undefined : Number(maxAge) });
  } catch (error) {
    console.error(`dataset:publish: ${(error as Error).message}`);
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) void main();
