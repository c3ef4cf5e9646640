/**
 * Fetching a dataset from the update URL a reader configured: https only, from that address only
 * (no redirects), conditional, bounded in time and size, validated, and never older than what is
 * installed unless forced. Pure: `fetch` and the clock come in as parameters, so every failure is
 * testable without a network.
 */
import { validateDataset } from './dataset/validate';
import type { Dataset } from './dataset/types';
import type { RecordCounts } from './protocol';
import { readAtMost } from './read-at-most';
import type { Gunzip } from './import/from-file';

export const UPDATE_TIMEOUT_MS = 30_000;
export const UPDATE_MAX_BYTES = 50 * 1024 * 1024;

export interface UpdateRequest {
  url: string;
  fetch: typeof globalThis.fetch;
  etag?: string;
  lastModified?: string;
  /** The asOf of the layer this URL installed last time. */
  installedAsOf?: string;
  force?: boolean;
  /** Test and development builds: plain http to this machine. */
  allowLocalHttp?: boolean;
  timeoutMs?: number;
  maxBytes?: number;
}

export type UpdateResult =
  | { kind: 'not-modified' }
  | { kind: 'updated'; dataset: Dataset; etag?: string; lastModified?: string };

export class UpdateError extends Error {}

/**
 * The reader's update address, checked: https only, since the data it brings is trusted like the
 * bundled file. `allowLocalHttp` (test and development builds) also lets plain http reach this
 * machine, where the test servers run.
 */
export function checkUpdateAddress(input: string, options: { allowLocalHttp?: boolean } = {}): URL {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw new UpdateError(`“${input.trim()}” is not a web address`);
  }
  if (url.protocol === 'https:') return url;
  const local = url.hostname === '127.0.0.1' || url.hostname === 'localhost';
  if (url.protocol === 'http:' && local && options.allowLocalHttp) return url;
  throw new UpdateError('The update address must start with https:// (a plain http:// download could be changed on the way)');
}

/** One file fetched as `fetchDatasetUpdate` fetches: its bytes and validators, or "not modified". */
export type FetchedFile =
  | { kind: 'not-modified' }
  | { kind: 'fetched'; bytes: Uint8Array; etag?: string; lastModified?: string };

/**
 * The download every update shares: https (or local http in test builds), conditional on the
 * validators unless forced, no redirects, bounded in time and size. Failures are UpdateErrors
 * in words; `what` names the file in them ("The dataset", "players.csv.gz").
 */
export async function fetchLimited(req: Omit<UpdateRequest, 'installedAsOf'> & { accept?: string; what?: string }): Promise<FetchedFile> {
  checkUpdateAddress(req.url, { allowLocalHttp: req.allowLocalHttp });
  const timeoutMs = req.timeoutMs ?? UPDATE_TIMEOUT_MS;
  const maxBytes = req.maxBytes ?? UPDATE_MAX_BYTES;
  const what = req.what ?? 'The dataset';
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const headers: Record<string, string> = { accept: req.accept ?? 'application/json' };
    if (!req.force && req.etag) headers['if-none-match'] = req.etag;
    if (!req.force && req.lastModified) headers['if-modified-since'] = req.lastModified;
    let response: Response;
    try {
      // The reader granted this origin: a redirect elsewhere would install another server's data
      // under this address's name. 'manual' lets us say so (with 'error' it is a bare network error).
      response = await req.fetch(req.url, { headers, signal: controller.signal, cache: 'no-store', credentials: 'omit', redirect: 'manual' });
    } catch (error) {
      if (controller.signal.aborted) throw new UpdateError(`No answer from ${req.url} within ${Math.round(timeoutMs / 1000)} seconds`);
      throw new UpdateError(`Could not reach ${req.url} (${(error as Error).message})`);
    }
    if (isRedirect(response) || !sameOrigin(response.url, req.url)) {
      throw new UpdateError(`${req.url} redirects to another address; Footnote downloads only from the address you set (set the final address instead)`);
    }
    if (response.status === 304) return { kind: 'not-modified' };
    if (!response.ok) throw new UpdateError(`${req.url} answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (declared > maxBytes) throw new UpdateError(`${what} is too large (${mb(declared)}; the limit is ${mb(maxBytes)})`);
    const bytes = await readLimited(response, maxBytes, controller, what);
    return { kind: 'fetched', bytes, etag: response.headers.get('etag') ?? undefined, lastModified: response.headers.get('last-modified') ?? undefined };
  } finally {
    clearTimeout(timer);
  }
}

/** Gzip's first two bytes: a `.json.gz` (or any gzipped file) served as it is. */
export const isGzip = (bytes: Uint8Array) => bytes[0] === 0x1f && bytes[1] === 0x8b;

/** Unpacks gzip, stopping past maxBytes: lib/import's gunzip, passed in (only its type is imported here). */
export type Unzip = Gunzip;

export async function fetchDatasetUpdate(req: UpdateRequest & { gunzip?: Unzip }): Promise<UpdateResult> {
  const file = await fetchLimited({ ...req, accept: 'application/json, application/gzip' });
  if (file.kind === 'not-modified') return file;
  const maxBytes = req.maxBytes ?? UPDATE_MAX_BYTES;
  let bytes = file.bytes;
  // A published .json.gz (npm run dataset:publish) arrives as it is stored, unless the server sent it with Content-Encoding.
  if (isGzip(bytes)) {
    if (!req.gunzip) throw new UpdateError('The file at that address is gzipped, and this reader cannot unpack it');
    try {
      bytes = await req.gunzip(bytes, maxBytes);
    } catch (error) {
      throw new UpdateError(`The gzipped dataset could not be unpacked: ${(error as Error).message}`);
    }
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new UpdateError('The file at that address is not JSON');
  }
  const valid = validateDataset(json);
  if (!valid.ok) throw new UpdateError(`The dataset is not valid: ${valid.problems.slice(0, 5).join('; ')}${valid.problems.length > 5 ? ` (and ${valid.problems.length - 5} more)` : ''}`);
  if (!req.force && req.installedAsOf && valid.dataset.asOf < req.installedAsOf) {
    throw new UpdateError(`The dataset is older (as of ${valid.dataset.asOf}) than the one installed (as of ${req.installedAsOf}); update with "force" to install it anyway`);
  }
  return { kind: 'updated', dataset: valid.dataset, etag: file.etag, lastModified: file.lastModified };
}

function readLimited(response: Response, maxBytes: number, controller: AbortController, what: string): Promise<Uint8Array> {
  if (!response.body) return response.arrayBuffer().then((b) => new Uint8Array(b));
  return readAtMost(response.body.getReader(), maxBytes, {
    failed: (error) => new UpdateError(controller.signal.aborted ? 'The download took too long' : `The download failed (${error.message})`),
    tooLarge: () => new UpdateError(`${what} is too large (over ${mb(maxBytes)})`),
  });
}

/** Browsers give an opaque redirect for 'manual'; Node gives the 3xx itself. */
function isRedirect(response: Response): boolean {
  return response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400 && response.status !== 304);
}

/** A response followed elsewhere anyway (a fetch that ignores 'manual'): its final URL tells. */
function sameOrigin(finalUrl: string, requested: string): boolean {
  if (!finalUrl) return true;
  try {
    return new URL(finalUrl).origin === new URL(requested).origin;
  } catch {
    return false;
  }
}

/** An update that removes more than this share of a layer's records waits for the reader. */
export const SHRINK_CONFIRM_SHARE = 0.2;

export interface Shrinkage {
  before: RecordCounts;
  after: RecordCounts;
  /** Records (by id, in each list) the new file no longer has. */
  removed: number;
  /** True when the reader must confirm: over SHRINK_CONFIRM_SHARE removed, or the layer emptied. */
  needsConfirmation: boolean;
}

/** What replacing a layer's dataset `before` with `after` would remove. */
export function shrinkage(before: Dataset, after: Dataset): Shrinkage {
  const lists = ['clubs', 'players', 'staff', 'rumours'] as const;
  let removed = 0;
  let total = 0;
  for (const list of lists) {
    const kept = new Set((after[list] ?? []).map((r) => r.id));
    for (const record of before[list] ?? []) {
      total++;
      if (!kept.has(record.id)) removed++;
    }
  }
  const countsOf = (d: Dataset): RecordCounts => ({
    players: d.players.length, clubs: d.clubs.length, staff: d.staff?.length ?? 0, rumours: d.rumours?.length ?? 0,
  });
  const afterCounts = countsOf(after);
  const emptied = total > 0 && Object.values(afterCounts).every((n) => n === 0);
  return { before: countsOf(before), after: afterCounts, removed, needsConfirmation: emptied || (total > 0 && removed / total > SHRINK_CONFIRM_SHARE) };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
