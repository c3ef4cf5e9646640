/**
 * The one-click source: transfermarkt-datasets' published files (players, clubs, transfers,
 * each .csv.gz) fetched from one base address and converted into a layer. The downloads are
 * the URL update's (lib/update.ts `fetchLimited`: conditional, no redirects, bounded in time and
 * size, errors in words); the conversion is lib/import/upstream.ts. Pure: `fetch`, gunzip and
 * "today" come in as parameters.
 *
 * The players file decides: when it has not changed (304), nothing else is fetched. A snapshot
 * older than the one installed is refused; one older than STALE_DAYS is installed and said to
 * be stale ("the source has not changed since 11 July 2026"): upstream's scraper can stop.
 */
import { daysBetween, formatLongDate, isIsoDate, isoDay } from './dataset/dates';
import type { Dataset } from './dataset/types';
import { fetchLimited, UPDATE_MAX_BYTES, UpdateError, type FetchedFile, type Unzip } from './update';
import { importUpstream, UpstreamError } from './import/upstream';

/** Upstream publishes weekly when its scraper runs: a snapshot this old is said to be stale. */
export const STALE_DAYS = 14;

export const UPSTREAM_FILES = { players: 'players.csv.gz', clubs: 'clubs.csv.gz', transfers: 'transfers.csv.gz' } as const;
export type UpstreamFile = keyof typeof UPSTREAM_FILES;

export interface Validators {
  etag?: string;
  lastModified?: string;
}

export interface UpstreamRequest {
  base: string;
  fetch: typeof globalThis.fetch;
  gunzip: Unzip;
  today: string;
  /** The players file's validators from the last check. */
  validators?: Validators;
  /** The snapshot date of the layer installed from this source. */
  installedSnapshot?: string;
  force?: boolean;
  allowLocalHttp?: boolean;
  timeoutMs?: number;
  maxBytes?: number;
}

export type UpstreamResult =
  | { kind: 'not-modified'; words: string; validators?: Validators }
  | { kind: 'updated'; dataset: Dataset; snapshot: string; notes: string[]; validators: Validators; stale?: string };

/** "The source has not changed since 11 July 2026", when the snapshot is older than STALE_DAYS. */
export function staleWords(snapshot: string, today: string): string | undefined {
  return daysBetween(snapshot, today) > STALE_DAYS ? `The source has not changed since ${formatLongDate(snapshot)}` : undefined;
}

/** The day of an HTTP date ("Sat, 11 Jul 2026 06:00:00 GMT" → "2026-07-11"), if it is one. */
export function httpDay(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const time = Date.parse(value);
  if (Number.isNaN(time)) return undefined;
  const day = isoDay(new Date(time));
  return isIsoDate(day) ? day : undefined;
}

export async function fetchUpstream(req: UpstreamRequest): Promise<UpstreamResult> {
  const maxBytes = req.maxBytes ?? UPDATE_MAX_BYTES;
  const base = req.base.endsWith('/') ? req.base : `${req.base}/`;
  const get = (file: UpstreamFile, validators?: Validators) =>
    fetchLimited({
      url: `${base}${UPSTREAM_FILES[file]}`, fetch: req.fetch, etag: validators?.etag, lastModified: validators?.lastModified,
      force: req.force, allowLocalHttp: req.allowLocalHttp, timeoutMs: req.timeoutMs, maxBytes, accept: 'application/gzip, */*', what: UPSTREAM_FILES[file],
    });
  const unchanged = () => `The source has not changed since ${req.installedSnapshot ? formatLongDate(req.installedSnapshot) : 'the last check'}`;

  const players = await get('players', req.validators);
  if (players.kind === 'not-modified') return { kind: 'not-modified', words: unchanged() };
  const clubs = await get('clubs');
  // The transfers are a bonus: without them the players still install.
  let transfers: FetchedFile | undefined;
  let transfersMissing: string | undefined;
  try {
    transfers = await get('transfers');
  } catch (error) {
    transfersMissing = `transfers.csv.gz could not be fetched (${(error as Error).message}): no transfers this time`;
  }
  const text = async (file: UpstreamFile, got: FetchedFile | undefined) => {
    if (!got || got.kind !== 'fetched') return undefined;
    try {
      return new TextDecoder().decode(await req.gunzip(got.bytes, maxBytes));
    } catch (error) {
      throw new UpdateError(`${UPSTREAM_FILES[file]}: ${(error as Error).message}; nothing was installed`);
    }
  };
  const playersText = await text('players', players);
  if (playersText === undefined) throw new UpdateError('players.csv.gz is empty; nothing was installed');
  let converted;
  try {
    converted = importUpstream(
      { players: playersText, clubs: await text('clubs', clubs), transfers: await text('transfers', transfers) },
      { fileDate: httpDay(players.lastModified) },
    );
  } catch (error) {
    if (error instanceof UpstreamError) throw new UpdateError(error.message);
    throw error;
  }
  const validators = { etag: players.etag, lastModified: players.lastModified };
  const { snapshot } = converted;
  if (!req.force && req.installedSnapshot && snapshot < req.installedSnapshot) {
    throw new UpdateError(`The source's snapshot (${formatLongDate(snapshot)}) is older than the one installed (${formatLongDate(req.installedSnapshot)}); nothing was installed (update with "even if older" to install it anyway)`);
  }
  if (!req.force && req.installedSnapshot && snapshot === req.installedSnapshot) return { kind: 'not-modified', words: unchanged(), validators };
  return {
    kind: 'updated', dataset: converted.dataset, snapshot, validators,
    notes: transfersMissing ? [transfersMissing, ...converted.notes] : converted.notes,
    ...(staleWords(snapshot, req.today) ? { stale: staleWords(snapshot, req.today) } : {}),
  };
}
