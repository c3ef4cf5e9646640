// @vitest-environment node
/**
 * npm run dataset:publish on our own small files in transfermarkt-datasets' layout: the
 * published .json.gz holds the snapshot under the curated data, installs through the update
 * address, and a stale snapshot fails loudly with nothing written.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { publish, PublishError } from '../../scripts/dataset-publish';
import { validateDataset } from '../../lib/dataset/validate';
import { fetchDatasetUpdate } from '../../lib/update';
import { gunzipInBrowser } from '../../lib/import/from-file';
import { upstreamFiles } from '../support/upstream-fixtures';

let dir: string;
const lines: string[] = [];
const SERVED = new Date('2026-07-11T06:00:00Z');

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'footnote-publish-'));
  for (const [name, bytes] of Object.entries(upstreamFiles())) {
    writeFileSync(join(dir, name), bytes);
    // As `curl -R` leaves them: the server's Last-Modified as the file's time.
    utimesSync(join(dir, name), SERVED, SERVED);
  }
  lines.length = 0;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const run = (today: string, maxAgeDays?: number) => publish({ folder: dir, out: join(dir, 'out', 'dataset.json.gz'), today, maxAgeDays, log: (l) => lines.push(l) });

describe('dataset:publish', () => {
  test('the snapshot as the base, the curated data on top, validated and gzipped; counts and the date printed', async () => {
    const published = await run('2026-07-20');
    expect(published.snapshot).toBe('2026-07-11');
    const file = JSON.parse(gunzipSync(readFileSync(join(dir, 'out', 'dataset.json.gz'))).toString('utf8'));
    const valid = validateDataset(file);
    expect(valid.ok).toBe(true);
    if (!valid.ok) return;
    const ids = valid.dataset.players.map((p) => p.id);
    // The snapshot's made-up players, and the curated data's own (its documented ids win).
    expect(ids).toEqual(expect.arrayContaining(['aurelio-quennell-880001', 'desmond-faraday-roe-880004', 'ibrahima-konate']));
    expect(valid.dataset.transfers).toHaveLength(3);
    expect(valid.dataset.rumours?.length).toBeGreaterThan(0);
    expect(lines.at(-1)).toMatch(new RegExp(`snapshot of 11 July 2026; ${valid.dataset.players.length} players, \\d+ clubs, \\d+ staff, \\d+ rumours, 3 transfers`));
  });

  test('a snapshot older than the limit fails in words, and nothing is written', async () => {
    await expect(run('2026-12-01')).rejects.toThrow(new PublishError('the snapshot is of 11 July 2026, 143 days before 2026-12-01 (the limit is 14): transfermarkt-datasets has not published since; nothing was written'));
    expect(existsSync(join(dir, 'out', 'dataset.json.gz'))).toBe(false);
    await expect(run('2026-12-01', 200)).resolves.toMatchObject({ snapshot: '2026-07-11' });
  });

  test('the command exits non-zero with the reason', () => {
    let status = 0;
    let stderr = '';
    try {
      execFileSync(process.execPath, ['--import', 'tsx', 'scripts/dataset-publish.ts', '--transfermarkt', dir, '--out', join(dir, 'x.json.gz'), '--today', '2026-12-01'], { stdio: 'pipe' });
    } catch (error) {
      const e = error as { status: number; stderr: Buffer };
      status = e.status;
      stderr = e.stderr.toString();
    }
    expect(status).toBe(1);
    expect(stderr).toMatch(/dataset:publish: the snapshot is of 11 July 2026, 143 days before 2026-12-01/);
  });

  test('the published .json.gz installs through the update address as it is served', async () => {
    const published = await run('2026-07-20');
    const gz = readFileSync(join(dir, 'out', 'dataset.json.gz'));
    const fetch = (async () => new Response(gz, { headers: { 'content-type': 'application/gzip', etag: '"w28"' } })) as typeof globalThis.fetch;
    const result = await fetchDatasetUpdate({ url: 'https://maintainer.example/footnote/dataset.json.gz', fetch, gunzip: gunzipInBrowser });
    expect(result).toMatchObject({ kind: 'updated', etag: '"w28"' });
    expect(result.kind === 'updated' && result.dataset.players.length).toBe(published.dataset.players.length);
    await expect(fetchDatasetUpdate({ url: 'https://maintainer.example/d.json.gz', fetch: (async () => new Response(gz.subarray(0, 200))) as typeof globalThis.fetch, gunzip: gunzipInBrowser }))
      .rejects.toThrow(/The gzipped dataset could not be unpacked: The file is cut off or damaged/);
  });
});
