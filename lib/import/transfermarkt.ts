/**
 * Converts the public transfermarkt-datasets `players.csv` layout into a Footnote dataset.
 * Pure: text in, dataset and a list of skipped rows out; the command-line tool and the
 * options page both use it.
 *
 * Caveat kept from the source data: a loaned player's contract_expiration_date is the loan's
 * end, and his current club is the loan club; the file does not say which players are on loan.
 */
import type { Club, Dataset, Player } from '../dataset/types';
import { isIsoDate } from '../dataset/dates';
import { foldForm } from '../engine/fold';
import { parseCsv } from './csv';
import { clubNames } from './club-names';
import { personShortName } from '../dataset/names';
import { at } from '../indexing';

export interface ImportOptions {
  asOf?: string;
  source?: string;
  /** Keep only the players of the file's newest N seasons (its `last_season` column). */
  seasons?: number;
  /** A clubs file: transfermarkt-datasets `clubs.csv`, or `name,shortName,aliases` (aliases split by `|`). */
  clubsCsv?: string;
}

export interface SkippedRow {
  line: number;
  reason: string;
}

export interface ImportResult {
  dataset: Dataset;
  skipped: SkippedRow[];
}

const REQUIRED = ['player_id', 'name'];
/**
 * The transfermarkt-datasets columns this importer reads, and no other: files joined with other
 * data (the corpus's has EA FC ratings appended, which are not CC0) keep those columns unread.
 */
export const TRANSFERMARKT_COLUMNS: ReadonlySet<string> = new Set([
  'player_id', 'name', 'first_name', 'last_name', 'date', 'last_update', 'last_season', 'current_club_id', 'current_club_name',
  'current_club_domestic_competition_id', 'country_of_citizenship', 'date_of_birth', 'sub_position', 'position',
  'contract_expiration_date', 'market_value_in_eur',
]);

export function slug(text: string): string {
  return foldForm(text).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'x';
}

const day = (value: string | undefined) => {
  const d = (value ?? '').slice(0, 10);
  return isIsoDate(d) ? d : undefined;
};

export function importTransfermarkt(playersCsv: string, options: ImportOptions = {}): ImportResult {
  const all = parseCsv(playersCsv, TRANSFERMARKT_COLUMNS);
  const rows = options.seasons ? newestSeasons(all, options.seasons) : all;
  if (rows.length === 0) throw new Error('The players file has no rows');
  const header = at(rows, 0, 'players file rows').fields;
  const missing = REQUIRED.filter((c) => !(c in header));
  if (missing.length) throw new Error(`The players file lacks the column(s) ${missing.join(', ')}: is it a transfermarkt-datasets players.csv?`);

  const overrides = options.clubsCsv ? clubOverrides(options.clubsCsv) : new Map<string, { shortName?: string; aliases: string[] }>();
  const skipped: SkippedRow[] = [];
  const clubs = new Map<string, Club>();
  const players: Player[] = [];
  const seen = new Set<string>();
  let newest = '';

  for (const { line, fields } of rows) {
    const tmId = fields.player_id ?? '';
    const name = fields.name || [fields.first_name, fields.last_name].filter(Boolean).join(' ');
    if (!/^\d+$/.test(tmId)) {
      skipped.push({ line, reason: `player_id ${JSON.stringify(tmId)} is not a number` });
      continue;
    }
    if (!name) {
      skipped.push({ line, reason: 'no name' });
      continue;
    }
    if (seen.has(tmId)) {
      skipped.push({ line, reason: `player_id ${tmId} appears twice` });
      continue;
    }
    seen.add(tmId);
    const rowDate = day(fields.date) ?? day(fields.last_update);
    if (rowDate && rowDate > newest) newest = rowDate;

    let clubId: string | undefined;
    const legal = fields.current_club_name;
    const tmClub = fields.current_club_id ?? '';
    if (legal && /^\d+$/.test(tmClub)) {
      const override = overrides.get(tmClub) ?? overrides.get(foldForm(legal));
      const derived = clubNames(legal);
      const shortName = override?.shortName || derived.shortName;
      clubId = `${slug(shortName)}-${tmClub}`;
      if (!clubs.has(clubId)) {
        const aliases = [...new Set([...derived.aliases, ...(override?.aliases ?? [])])].filter((a) => a !== shortName && a !== legal);
        clubs.set(clubId, {
          id: clubId,
          name: legal,
          shortName,
          tmId: tmClub,
          ...(aliases.length ? { aliases } : {}),
          ...(fields.current_club_domestic_competition_id ? { league: fields.current_club_domestic_competition_id } : {}),
        });
      }
    }
    const until = day(fields.contract_expiration_date);
    const value = Number(fields.market_value_in_eur);
    const player: Player = {
      id: `${slug(name)}-${tmId}`,
      tmId,
      name,
      // Only when it is not the form a name gives anyway (the last word, with its particles).
      ...(fields.last_name && fields.last_name !== name && fields.last_name !== personShortName({ name }) ? { shortName: fields.last_name } : {}),
      ...(day(fields.date_of_birth) ? { birthDate: day(fields.date_of_birth) } : {}),
      ...(fields.country_of_citizenship ? { nationality: fields.country_of_citizenship } : {}),
      ...(fields.sub_position || fields.position ? { position: fields.sub_position || fields.position } : {}),
      ...(clubId ? { clubId } : {}),
      ...(until ? { contract: { until } } : {}),
      ...(fields.market_value_in_eur && Number.isFinite(value) && value >= 0 ? { marketValue: Math.round(value) } : {}),
    };
    players.push(player);
  }
  if (players.length === 0) throw new Error(`No usable row in the players file (${skipped.length} skipped)`);
  const asOf = options.asOf ?? newest;
  if (!asOf) throw new Error('The file has no dates to take its as-of date from: pass --as-of YYYY-MM-DD');
  return {
    dataset: {
      format: 'footnote-dataset',
      version: 1,
      asOf,
      // The name the card shows beside each fact: "contract: transfermarkt-datasets, December 2024".
      source: options.source ?? 'transfermarkt-datasets',
      clubs: [...clubs.values()],
      players,
    },
    skipped,
  };
}

/** The rows of the newest `n` seasons in `last_season` (all rows when the column is absent). */
function newestSeasons<T extends { fields: Record<string, string> }>(rows: T[], n: number): T[] {
  // A count below one (or a fraction) names no season: it used to drop every row and blame the file.
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`seasons must be a whole number of at least 1 (got ${n})`);
  const seasons = [...new Set(rows.filter((r) => r.fields.last_season).map((r) => Number(r.fields.last_season)).filter(Number.isFinite))].sort((a, b) => b - a);
  if (!seasons.length || !('last_season' in (rows[0]?.fields ?? {}))) return rows;
  const oldest = at(seasons, Math.min(n, seasons.length) - 1, 'seasons');
  return rows.filter((r) => r.fields.last_season && Number(r.fields.last_season) >= oldest);
}

function clubOverrides(text: string): Map<string, { shortName?: string; aliases: string[] }> {
  const out = new Map<string, { shortName?: string; aliases: string[] }>();
  for (const { fields } of parseCsv(text)) {
    const aliases = (fields.aliases ?? '').split('|').map((a) => a.trim()).filter(Boolean);
    if (fields.club_id && fields.name) {
      // transfermarkt-datasets clubs.csv: its `name` is the readable one.
      out.set(fields.club_id, { shortName: clubNames(fields.name).shortName, aliases });
    } else if (fields.name) {
      out.set(foldForm(fields.name), { shortName: fields.shortName || undefined, aliases });
    }
  }
  return out;
}
