/**
 * Fetching a dataset from the update URL a reader configured: conditional, bounded in time and
 * size, validated, and never older than what is installed unless forced. Pure: `fetch` and the
 * clock come in as parameters, so every failure is testable without a network.
 */
import { validateDataset } from './dataset/validate';
import type { Dataset } from './dataset/types';

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
  timeoutMs?: number;
  maxBytes?: number;
}

export type UpdateResult =
  | { kind: 'not-modified' }
  | { kind: 'updated'; dataset: Dataset; etag?: string; lastModified?: string };

export class UpdateError extends Error {}

export async function fetchDatasetUpdate(req: UpdateRequest): Promise<UpdateResult> {
  const timeoutMs = req.timeoutMs ?? UPDATE_TIMEOUT_MS;
  const maxBytes = req.maxBytes ?? UPDATE_MAX_BYTES;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (!req.force && req.etag) headers['if-none-match'] = req.etag;
    if (!req.force && req.lastModified) headers['if-modified-since'] = req.lastModified;
    let response: Response;
    try {
      response = await req.fetch(req.url, { headers, signal: controller.signal, cache: 'no-store', credentials: 'omit' });
    } catch (error) {
      if (controller.signal.aborted) throw new UpdateError(`No answer from ${req.url} within ${Math.round(timeoutMs / 1000)} seconds`);
      throw new UpdateError(`Could not reach ${req.url} (${(error as Error).message})`);
    }
    if (response.status === 304) return { kind: 'not-modified' };
    if (!response.ok) throw new UpdateError(`${req.url} answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (declared > maxBytes) throw new UpdateError(`The dataset is too large (${mb(declared)}; the limit is ${mb(maxBytes)})`);
    const text = await readLimited(response, maxBytes, controller);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new UpdateError('The file at that address is not JSON');
    }
    const valid = validateDataset(json);
    if (!valid.ok) throw new UpdateError(`The dataset is not valid: ${valid.problems.slice(0, 5).join('; ')}${valid.problems.length > 5 ? ` (and ${valid.problems.length - 5} more)` : ''}`);
    if (!req.force && req.installedAsOf && valid.dataset.asOf < req.installedAsOf) {
      throw new UpdateError(`The dataset is older (as of ${valid.dataset.asOf}) than the one installed (as of ${req.installedAsOf}); update with "force" to install it anyway`);
    }
    return {
      kind: 'updated',
      dataset: valid.dataset,
      etag: response.headers.get('etag') ?? undefined,
      lastModified: response.headers.get('last-modified') ?? undefined,
    };
  } finally {
    clearTimeout(timer);
  }
}

async function readLimited(response: Response, maxBytes: number, controller: AbortController): Promise<string> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    let part: ReadableStreamReadResult<Uint8Array>;
    try {
      part = await reader.read();
    } catch (error) {
      if (controller.signal.aborted) throw new UpdateError('The download took too long');
      throw new UpdateError(`The download failed (${(error as Error).message})`);
    }
    if (part.done) break;
    total += part.value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new UpdateError(`The dataset is too large (over ${mb(maxBytes)})`);
    }
    chunks.push(part.value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
