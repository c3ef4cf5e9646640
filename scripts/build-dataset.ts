/**
 * Assembles data/ (meta.json, clubs/*.json, rumours/*.json: small files people review) into
 * public/dataset.json, validated by the extension's own validator. Any problem fails the build
 * and names its file and line.
 *
 *   npm run dataset:build [-- --out <file>]
 */
import { existsSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { validateDataset } from '../lib/dataset/validate';
import { parseCsv } from '../lib/import/csv';
import { slug } from '../lib/import/transfermarkt';
import type { Player } from '../lib/dataset/types';

interface Origin {
  file: string;
  text: string;
  id: string;
  /** For CSV rows: the row's line. */
  line?: number;
}

export interface Assembled {
  dataset: Record<string, unknown> & { clubs: unknown[]; players: unknown[]; staff: unknown[]; rumours: unknown[] };
  origins: Map<string, Origin[]>;
}

export function assembleDataset(dataDir: string): Assembled {
  const read = (file: string) => {
    const text = readFileSync(file, 'utf8');
    try {
      return { text, json: JSON.parse(text) };
    } catch (error) {
      throw new Error(`${relative(process.cwd(), file)}: not valid JSON (${(error as Error).message})`);
    }
  };
  const meta = read(join(dataDir, 'meta.json')).json;
  const dataset = { ...meta, clubs: [] as unknown[], players: [] as unknown[], staff: [] as unknown[], rumours: [] as unknown[] };
  const origins = new Map<string, Origin[]>();
  const note = (list: 'clubs' | 'players' | 'staff' | 'rumours', file: string, text: string, record: { id?: unknown }, line?: number) => {
    dataset[list].push(record);
    const at = origins.get(list) ?? [];
    at.push({ file, text, id: String(record?.id ?? ''), line });
    origins.set(list, at);
  };

  for (const file of jsonFiles(join(dataDir, 'clubs'))) {
    const { text, json } = read(file);
    note('clubs', file, text, json.club);
    for (const player of json.players ?? []) note('players', file, text, player);
    for (const member of json.staff ?? []) note('staff', file, text, member);
    // A squad may also be kept as a table beside the club's file: clubs/<id>.csv.
    const squad = file.replace(/\.json$/, '.csv');
    if (existsSync(squad)) {
      const csv = readFileSync(squad, 'utf8');
      for (const { line, fields } of parseCsv(csv)) {
        const player = playerFromRow(fields, json.club?.id);
        // Squad tables carry the date their facts are from: it decides when a passed end date is stale.
        if (json.squadAsOf && !player.asOf) player.asOf = json.squadAsOf;
        note('players', squad, csv, player, line);
      }
    }
  }
  for (const file of jsonFiles(join(dataDir, 'rumours'))) {
    const { text, json } = read(file);
    for (const rumour of json) note('rumours', file, text, rumour);
  }
  return { dataset, origins };
}

/** "players[3].contract.until: ..." becomes "data/clubs/liverpool.json:12: players[3]...". */
export function locateProblem(problem: string, origins: Map<string, Origin[]>): string {
  const m = /^(clubs|players|staff|rumours)\[(\d+)\]/.exec(problem);
  const origin = m ? origins.get(m[1])?.[Number(m[2])] : undefined;
  if (!origin) return `data/meta.json: ${problem}`;
  const at = origin.text.indexOf(`"id": "${origin.id}"`);
  const line = origin.line ?? (at < 0 ? 1 : origin.text.slice(0, at).split('\n').length);
  return `${relative(process.cwd(), origin.file)}:${line}: ${problem}`;
}

/**
 * One row of a squad table: name, shortName, position, nationality, birthDate, since, until,
 * option, confidence, aliases (separated by |), loanFrom, loanUntil. Empty cells are left out.
 */
export function playerFromRow(f: Record<string, string>, clubId: string): Player {
  const contract = {
    ...(f.since ? { since: f.since } : {}),
    ...(f.until ? { until: f.until } : {}),
    ...(f.option ? { option: f.option } : {}),
    ...(f.confidence ? { confidence: f.confidence } : {}),
  } as Player['contract'];
  return {
    id: f.id || slug(f.name ?? ''),
    name: f.name,
    ...(f.shortName ? { shortName: f.shortName } : {}),
    ...(f.aliases ? { aliases: f.aliases.split('|').map((a) => a.trim()) } : {}),
    ...(f.birthDate ? { birthDate: f.birthDate } : {}),
    ...(f.nationality ? { nationality: f.nationality } : {}),
    ...(f.position ? { position: f.position } : {}),
    clubId,
    ...(Object.keys(contract!).length ? { contract } : {}),
    ...(f.loanFrom ? { loan: { fromClubId: f.loanFrom, ...(f.loanUntil ? { until: f.loanUntil } : {}) } } : {}),
    ...(f.asOf ? { asOf: f.asOf } : {}),
  };
}

function jsonFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(dir, name));
}

function main() {
  const args = process.argv.slice(2);
  const outAt = args.indexOf('--out');
  const out = resolve(outAt >= 0 ? args[outAt + 1] : 'public/dataset.json');
  const { dataset, origins } = assembleDataset(resolve('data'));
  const result = validateDataset(dataset);
  if (!result.ok) {
    for (const problem of result.problems) console.error(locateProblem(problem, origins));
    console.error(`dataset:build: ${result.problems.length} problem(s); nothing written`);
    process.exit(1);
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(result.dataset)}\n`);
  const d = result.dataset;
  console.error(
    `dataset:build: ${relative(process.cwd(), out)}: ${d.players.length} players, ${d.clubs.length} clubs, ` +
      `${d.staff?.length ?? 0} staff, ${d.rumours?.length ?? 0} rumours (as of ${d.asOf})`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) main();
