/**
 * The files transfermarkt-datasets publishes (players.csv, clubs.csv, transfers.csv, each
 * gzipped; columns in its data/prep/dataset-metadata.json) turned into one Footnote layer:
 * the players of the newest two seasons (`last_season`), their clubs with readable names, each
 * club's coach as staff, and the players' completed transfers. Pure: texts in, dataset out.
 *
 * The snapshot's date is the newest date in the files' own columns (the players file's `date`
 * or `last_update` where it has one, the transfers' `transfer_date`), never the day it is read:
 * a transfer dated after the day the server last changed the file (when it says) was only
 * agreed, so it does not count. With no date in any column, the server's last-modified day is
 * used; with neither, the files are refused.
 *
 * Bad rows are left out and reported with their file and line. Past BAD_ROWS_REFUSE of a file's
 * rows (and at least BAD_ROWS_MIN of them) the file is not what it claims to be, and nothing
 * is imported.
 */
import type { Dataset, Staff, Transfer } from '../dataset/types';
import { isIsoDate } from '../dataset/dates';
import { validateRecords } from '../dataset/validate';
import { parseCsv } from './csv';
import { importTransfermarkt, slug, type SkippedRow } from './transfermarkt';

/** A file whose bad rows pass this share is refused whole. */
export const BAD_ROWS_REFUSE = 0.05;
/** ... but a handful of bad rows never refuses a file, however small it is. */
export const BAD_ROWS_MIN = 10;
export const UPSTREAM_SOURCE = 'transfermarkt-datasets';

export interface UpstreamTexts {
  players: string;
  clubs?: string;
  transfers?: string;
}

export interface UpstreamOptions {
  /** The day the server last changed the players file (its Last-Modified), if it said. */
  fileDate?: string;
  /** Seasons kept, newest first (default 2). */
  seasons?: number;
}

export interface UpstreamImport {
  dataset: Dataset;
  /** The snapshot's own date (also the dataset's asOf). */
  snapshot: string;
  /** Rows left out, each with its file and line, and records the validator left out. */
  notes: string[];
}

export class UpstreamError extends Error {}

const TRANSFER_COLUMNS = new Set(['player_id', 'transfer_date', 'from_club_id', 'to_club_id', 'from_club_name', 'to_club_name', 'transfer_fee']);
const CLUB_COLUMNS = new Set(['club_id', 'name', 'coach_name']);

const day = (value: string | undefined) => {
  const d = (value ?? '').slice(0, 10);
  return isIsoDate(d) ? d : undefined;
};

function refuseIfMostlyBad(file: string, bad: number, rows: number) {
  if (bad >= BAD_ROWS_MIN && bad > rows * BAD_ROWS_REFUSE) {
    throw new UpstreamError(`${bad} of the ${rows} rows of ${file} are bad (more than ${Math.round(BAD_ROWS_REFUSE * 100)} %): it does not look like transfermarkt-datasets' ${file}, so nothing was imported`);
  }
}

type Rows = ReturnType<typeof parseCsv>;

/** The header of a CSV text: its first line's names (cheap: the rest is not read). */
const headerOf = (text: string) => new Set((text.slice(0, text.search(/\r?\n|$/)).replace(/^\uFEFF/, '')).split(',').map((h) => h.trim().replace(/^"|"$/g, '')));

/**
 * The newest date of the players' own date columns and of the transfers, ignoring dates after
 * the server's day (`fileDate`); that day when no column has a date.
 */
export function snapshotDate(texts: UpstreamTexts, fileDate?: string, transferRows?: Rows): string | undefined {
  let newest = '';
  const see = (d: string | undefined) => {
    if (d && d > newest && (!fileDate || d <= fileDate)) newest = d;
  };
  const header = headerOf(texts.players);
  // Upstream's players file has no dated column (the corpus's has `date`): read it only when it has one.
  if (header.has('date') || header.has('last_update')) {
    for (const { fields } of parseCsv(texts.players, new Set(['date', 'last_update']))) see(day(fields.date) ?? day(fields.last_update));
  }
  const transfers = transferRows ?? (texts.transfers ? parseCsv(texts.transfers, TRANSFER_COLUMNS) : []);
  for (const { fields } of transfers) see(day(fields.transfer_date));
  return newest || fileDate;
}

export function importUpstream(texts: UpstreamTexts, options: UpstreamOptions = {}): UpstreamImport {
  const transferRows = texts.transfers ? parseCsv(texts.transfers, TRANSFER_COLUMNS) : undefined;
  const snapshot = snapshotDate(texts, options.fileDate, transferRows);
  if (!snapshot) throw new UpstreamError('The files have no date in their columns and the server gave none, so the snapshot cannot be dated');
  let players;
  try {
    players = importTransfermarkt(texts.players, { asOf: snapshot, source: UPSTREAM_SOURCE, seasons: options.seasons ?? 2, clubsCsv: texts.clubs });
  } catch (error) {
    throw new UpstreamError(`players.csv: ${(error as Error).message}`);
  }
  const kept = players.dataset.players.length + players.skipped.length;
  refuseIfMostlyBad('players.csv', players.skipped.length, kept);
  const notes = players.skipped.map((s) => `players.csv line ${s.line}: skipped: ${s.reason}`);
  const dataset: Dataset = { ...players.dataset };

  if (texts.clubs) {
    const coaches = coachesOf(texts.clubs, dataset);
    refuseIfMostlyBad('clubs.csv', coaches.skipped.length, coaches.rows);
    notes.push(...coaches.skipped.map((s) => `clubs.csv line ${s.line}: skipped: ${s.reason}`));
    if (coaches.staff.length) dataset.staff = coaches.staff;
  }
  if (transferRows) {
    const moves = transfersOf(transferRows, dataset);
    refuseIfMostlyBad('transfers.csv', moves.skipped.length, moves.rows);
    notes.push(...moves.skipped.map((s) => `transfers.csv line ${s.line}: skipped: ${s.reason}`));
    if (moves.transfers.length) dataset.transfers = moves.transfers;
  }

  const valid = validateRecords(dataset);
  if (!valid.ok) throw new UpstreamError(`The converted data is not valid: ${valid.problems.slice(0, 5).join('; ')}`);
  return { dataset: valid.dataset, snapshot, notes: [...notes, ...valid.skipped] };
}

/** Each club's coach (clubs.csv `coach_name`), as a manager of that club, for the clubs the players file has. */
function coachesOf(clubsCsv: string, dataset: Dataset): { staff: Staff[]; skipped: SkippedRow[]; rows: number } {
  const byTm = new Map(dataset.clubs.filter((c) => c.tmId).map((c) => [c.tmId, c]));
  const rows = parseCsv(clubsCsv, CLUB_COLUMNS);
  if (rows.length && !('club_id' in (rows[0]?.fields ?? {}))) throw new UpstreamError('clubs.csv lacks the column club_id: is it transfermarkt-datasets\' clubs.csv?');
  const staff: Staff[] = [];
  const skipped: SkippedRow[] = [];
  const seen = new Set<string>();
  for (const { line, fields } of rows) {
    const clubTm = fields.club_id ?? '';
    if (!/^\d+$/.test(clubTm)) {
      skipped.push({ line, reason: `club_id ${JSON.stringify(clubTm)} is not a number` });
      continue;
    }
    const coach = (fields.coach_name ?? '').trim();
    const club = byTm.get(clubTm);
    if (!coach || !club) continue;
    const id = `${slug(coach)}-coach-${clubTm}`;
    if (seen.has(id)) continue;
    seen.add(id);
    staff.push({ id, name: coach, role: 'manager', clubId: club.id });
  }
  return { staff, skipped, rows: rows.length };
}

/** Names the source gives where there is no club to join. */
const NO_CLUB = /^(without club|retired|career break|unknown|ohne verein)$/i;

/** The completed transfers of the players kept (others' rows are not read further). */
function transfersOf(rows: Rows, dataset: Dataset): { transfers: Transfer[]; skipped: SkippedRow[]; rows: number } {
  const playerByTm = new Map(dataset.players.filter((p) => p.tmId).map((p) => [p.tmId, p.id]));
  const clubByTm = new Map(dataset.clubs.filter((c) => c.tmId).map((c) => [c.tmId, c.id]));
  if (rows.length && !('transfer_date' in (rows[0]?.fields ?? {}))) throw new UpstreamError('transfers.csv lacks the column transfer_date: is it transfermarkt-datasets\' transfers.csv?');
  const transfers: Transfer[] = [];
  const skipped: SkippedRow[] = [];
  const seen = new Set<string>();
  const side = (tm: string | undefined, name: string | undefined) => {
    const clubId = tm ? clubByTm.get(tm) : undefined;
    return { name: (name ?? '').trim() || (tm ? `club ${tm}` : 'unknown'), ...(clubId && !NO_CLUB.test(name ?? '') ? { clubId } : {}) };
  };
  for (const { line, fields } of rows) {
    const tm = fields.player_id ?? '';
    if (!/^\d+$/.test(tm)) {
      skipped.push({ line, reason: `player_id ${JSON.stringify(tm)} is not a number` });
      continue;
    }
    const date = day(fields.transfer_date);
    if (!date) {
      skipped.push({ line, reason: `transfer_date ${JSON.stringify(fields.transfer_date ?? '')} is not a date` });
      continue;
    }
    const feeText = (fields.transfer_fee ?? '').trim();
    const fee = Number(feeText);
    if (feeText && (!Number.isFinite(fee) || fee < 0)) {
      skipped.push({ line, reason: `transfer_fee ${JSON.stringify(feeText)} is not an amount` });
      continue;
    }
    const playerId = playerByTm.get(tm);
    if (!playerId) continue;
    const id = `t-${tm}-${date}-${slug(fields.to_club_id || fields.to_club_name || 'x')}`;
    if (seen.has(id)) continue;
    seen.add(id);
    transfers.push({
      id, playerId, date,
      from: side(fields.from_club_id, fields.from_club_name),
      to: side(fields.to_club_id, fields.to_club_name),
      ...(feeText ? { fee: Math.round(fee) } : {}),
    });
  }
  return { transfers, skipped, rows: rows.length };
}
