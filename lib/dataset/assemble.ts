/**
 * The curated layer as people keep it in data/ (meta.json, clubs/<club>.json with an optional
 * clubs/<club>.csv squad table, rumours/*.json) assembled into one dataset, with where each
 * record came from so a problem can name its file and line. Pure: the files come in as text.
 */
import { parseCsv } from '../import/csv';
import { slug } from '../import/transfermarkt';
import type { Player } from './types';
import { group } from '../indexing';

export interface SourceFile {
  /** Path as shown in problems, e.g. "data/clubs/liverpool.json". */
  path: string;
  text: string;
}

export interface CuratedFiles {
  meta: SourceFile;
  /** clubs/<club>.json files, each with its squad table (clubs/<club>.csv) when there is one. */
  clubs: Array<{ json: SourceFile; csv?: SourceFile }>;
  rumours: SourceFile[];
}

export interface Origin {
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

function parse(file: SourceFile) {
  try {
    return JSON.parse(file.text);
  } catch (error) {
    throw new Error(`${file.path}: not valid JSON (${(error as Error).message})`);
  }
}

export function assembleDataset(files: CuratedFiles): Assembled {
  const meta = parse(files.meta);
  const dataset = { ...meta, clubs: [] as unknown[], players: [] as unknown[], staff: [] as unknown[], rumours: [] as unknown[] };
  const origins = new Map<string, Origin[]>();
  const note = (list: 'clubs' | 'players' | 'staff' | 'rumours', file: SourceFile, record: { id?: unknown }, line?: number) => {
    dataset[list].push(record);
    const at = origins.get(list) ?? [];
    at.push({ file: file.path, text: file.text, id: String(record?.id ?? ''), line });
    origins.set(list, at);
  };

  for (const { json: file, csv } of files.clubs) {
    const json = parse(file);
    note('clubs', file, json.club);
    for (const player of json.players ?? []) note('players', file, player);
    for (const member of json.staff ?? []) note('staff', file, member);
    if (csv) {
      for (const { line, fields } of parseCsv(csv.text)) {
        const player = playerFromRow(fields, json.club?.id);
        // Squad tables carry the date their facts are from: it decides when a passed end date is stale.
        if (json.squadAsOf && !player.asOf) player.asOf = json.squadAsOf;
        note('players', csv, player, line);
      }
    }
  }
  for (const file of files.rumours) for (const rumour of parse(file)) note('rumours', file, rumour);
  return { dataset, origins };
}

/** "players[3].contract.until: ..." becomes "data/clubs/liverpool.json:12: players[3]...". */
export function locateProblem(problem: string, origins: Map<string, Origin[]>, metaPath = 'data/meta.json'): string {
  const m = /^(clubs|players|staff|rumours)\[(\d+)\]/.exec(problem);
  const origin = m ? origins.get(group(m, 1))?.[Number(group(m, 2))] : undefined;
  if (!origin) return `${metaPath}: ${problem}`;
  const at = origin.text.indexOf(`"id": "${origin.id}"`);
  const line = origin.line ?? (at < 0 ? 1 : origin.text.slice(0, at).split('\n').length);
  return `${origin.file}:${line}: ${problem}`;
}

/**
 * One row of a squad table: id, name, shortName, position, nationality, birthDate, tmId, since,
 * until, option, confidence, note, aliases (separated by |), loanFrom, loanUntil, asOf, source.
 * Empty cells are left out.
 */
export function playerFromRow(f: Record<string, string>, clubId: string): Player {
  const contract = {
    ...(f.since ? { since: f.since } : {}),
    ...(f.until ? { until: f.until } : {}),
    ...(f.option ? { option: f.option } : {}),
    ...(f.confidence ? { confidence: f.confidence } : {}),
    ...(f.note ? { note: f.note } : {}),
  };
  return {
    id: f.id || slug(f.name ?? ''),
    // A table without a name column gives an empty name: validation reports it at its line.
    name: f.name ?? '',
    ...(f.shortName ? { shortName: f.shortName } : {}),
    ...(f.aliases ? { aliases: f.aliases.split('|').map((a) => a.trim()) } : {}),
    ...(f.tmId ? { tmId: f.tmId } : {}),
    ...(f.birthDate ? { birthDate: f.birthDate } : {}),
    ...(f.nationality ? { nationality: f.nationality } : {}),
    ...(f.position ? { position: f.position } : {}),
    clubId,
    ...(Object.keys(contract).length ? { contract: contract as Player['contract'] } : {}),
    ...(f.loanFrom ? { loan: { fromClubId: f.loanFrom, ...(f.loanUntil ? { until: f.loanUntil } : {}) } } : {}),
    ...(f.asOf ? { asOf: f.asOf } : {}),
    ...(f.source ? { source: f.source } : {}),
  };
}
