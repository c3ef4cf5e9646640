import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { engineDataset } from '../fixtures/engine-dataset';

const run = (...args: string[]) => spawnSync('npx', ['tsx', 'scripts/annotate.ts', ...args], { encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'annotate-'));
const dataset = join(dir, 'dataset.json');
writeFileSync(dataset, JSON.stringify(engineDataset()));

// Each run starts tsx, which takes a second or two.
describe('npm run annotate', { timeout: 60_000 }, () => {
  test('one JSON line per file; .txt offsets count the BOM out and CRLF in', () => {
    const html = join(dir, 'page.html');
    writeFileSync(html, '<html><body><nav>Liverpool</nav><h1>Konate decision</h1><p>Liverpool defender <b>Ibrahima Konaté</b> talks.</p><script>Konate</script></body></html>');
    const result = run('--dataset', dataset, 'tests/fixtures/text/crlf-bom.txt', html);
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines[0].file).toBe('tests/fixtures/text/crlf-bom.txt');
    expect(lines[0].mentions.map((m: { start: number; text: string }) => [m.start, m.text])).toEqual([
      [0, 'Liverpool'], [19, 'Ibrahima Konaté'], [48, 'Real Madrid'], [62, 'Konaté'],
    ]);
    // HTML: the body's visible text, blocks joined by blank lines; navigation and scripts are not read.
    expect(lines[1].mentions.map((m: { start: number; text: string; entityId: string }) => [m.start, m.text, m.entityId])).toEqual([
      [0, 'Konate', 'ibrahima-konate'], [17, 'Liverpool', 'liverpool'], [36, 'Ibrahima Konaté', 'ibrahima-konate'],
    ]);
  });

  test('clear errors: a missing file, an invalid dataset, help', () => {
    const missing = run('--dataset', dataset, 'nope.txt');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/no such file: nope.txt/);
    expect(missing.stdout).toBe('');
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ ...engineDataset(), clubs: [{ id: 'Bad Id', name: 'x' }] }));
    const invalid = run('--dataset', bad, 'tests/fixtures/text/crlf-bom.txt');
    expect(invalid.status).toBe(2);
    expect(invalid.stderr).toMatch(/clubs\[0\]\.id: "Bad Id" is not an id/);
    expect(run('--help').stdout).toMatch(/Usage: npm run -s annotate/);
  });
});
