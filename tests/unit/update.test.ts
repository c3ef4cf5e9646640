import { describe, expect, test } from 'vitest';
import { fetchDatasetUpdate } from '../../lib/update';
import { tinyDataset } from './fixtures';

const URL_ = 'https://data.example/footnote.json';
const respond = (body: string, init: ResponseInit = {}) => async () => new Response(body, init);
const good = JSON.stringify({ ...tinyDataset(), asOf: '2026-03-01' });

describe('fetchDatasetUpdate', () => {
  test('200: a valid dataset, with its validators for next time', async () => {
    const r = await fetchDatasetUpdate({ url: URL_, fetch: respond(good, { headers: { etag: '"v2"', 'last-modified': 'Sun, 01 Mar 2026 10:00:00 GMT' } }) });
    expect(r).toMatchObject({ kind: 'updated', etag: '"v2"', lastModified: 'Sun, 01 Mar 2026 10:00:00 GMT' });
  });

  test('sends conditional headers, and 304 means nothing to do', async () => {
    let sent: Headers | undefined;
    const r = await fetchDatasetUpdate({
      url: URL_, etag: '"v1"', lastModified: 'x',
      fetch: async (_u, init) => {
        sent = new Headers(init?.headers);
        return new Response(null, { status: 304 });
      },
    });
    expect(r).toEqual({ kind: 'not-modified' });
    expect(sent?.get('if-none-match')).toBe('"v1"');
    expect(sent?.get('if-modified-since')).toBe('x');
  });

  const failures: Array<[string, Parameters<typeof fetchDatasetUpdate>[0]['fetch'], RegExp, object?]> = [
    ['404', respond('no', { status: 404, statusText: 'Not Found' }), /answered 404 Not Found/],
    ['500', respond('boom', { status: 500 }), /answered 500/],
    ['a network error', async () => { throw new TypeError('Failed to fetch'); }, /Could not reach .* \(Failed to fetch\)/],
    ['invalid JSON', respond('{not json'), /not JSON/],
    ['invalid data', respond(JSON.stringify({ ...tinyDataset(), players: [{ id: 'X' }] })), /not valid: players\[0\]\.id/],
    ['a declared size over the limit', respond(good, { headers: { 'content-length': String(200 * 1024 * 1024) } }), /too large \(200\.0 MB/],
    ['a body over the limit', respond(good), /too large \(over/, { maxBytes: 100 }],
    ['an older asOf', respond(JSON.stringify({ ...tinyDataset(), asOf: '2025-01-01' })), /older \(as of 2025-01-01\) than the one installed \(as of 2026-02-05\)/, { installedAsOf: '2026-02-05' }],
  ];
  test.each(failures)('fails clearly on %s', async (_label, fetch, message, extra = {}) => {
    await expect(fetchDatasetUpdate({ url: URL_, fetch, ...extra })).rejects.toThrow(message);
  });

  test('a timeout', async () => {
    const hang: typeof fetch = (_u, init) => new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    await expect(fetchDatasetUpdate({ url: URL_, fetch: hang, timeoutMs: 50 })).rejects.toThrow(/No answer .* within 0 seconds/);
  });

  test('force installs an older dataset and ignores the validators', async () => {
    let sent: Headers | undefined;
    const r = await fetchDatasetUpdate({
      url: URL_, etag: '"v1"', installedAsOf: '2027-01-01', force: true,
      fetch: async (_u, init) => {
        sent = new Headers(init?.headers);
        return new Response(good);
      },
    });
    expect(r.kind).toBe('updated');
    expect(sent?.get('if-none-match')).toBeNull();
  });
});
