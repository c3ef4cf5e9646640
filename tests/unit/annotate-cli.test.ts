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

  test('--rumours adds the claims, their sentences given as offsets into the file\'s text', () => {
    const txt = join(dir, 'column.txt');
    const text = 'Transfer gossip from the Premier League and La Liga.\n\nReal Madrid are keen on Liverpool defender Ibrahima Konaté, according to ESPN.\n\nArsenal are monitoring Chelsea defender Reece James. (Telegraph)\n\nLiverpool beat Chelsea 2-1 on Saturday.';
    writeFileSync(txt, text);
    const html = join(dir, 'article.html');
    writeFileSync(html, '<html><head><meta property="og:site_name" content="Footnote Sport"></head><body><h1>Transfer news</h1><p>Real Madrid are keen on Liverpool defender Ibrahima Konaté, a football source says.</p></body></html>');
    const result = run('--rumours', '--dataset', dataset, txt, html);
    expect(result.status).toBe(0);
    const [first, second] = result.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(first.rumours).toEqual([
      { playerId: 'ibrahima-konate', clubId: 'real-madrid', status: 'interest', outlet: 'ESPN', author: null, start: 54, end: 132 },
      { playerId: 'reece-james', clubId: 'arsenal', status: 'interest', outlet: 'Telegraph', author: null, start: 134, end: 186 },
    ]);
    expect(text.slice(54, 132)).toBe('Real Madrid are keen on Liverpool defender Ibrahima Konaté, according to ESPN.');
    // Credited to no one: the page's site name (a .txt file has none, so null).
    expect(second.rumours.map((r: { outlet: string | null }) => r.outlet)).toEqual(['Footnote Sport']);
    // The mentions are the same with or without --rumours; without it there is no "rumours" key.
    const plain = JSON.parse(run('--dataset', dataset, txt).stdout);
    expect(plain.mentions).toEqual(first.mentions);
    expect(plain).not.toHaveProperty('rumours');
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
    expect(run('--help').stdout).toMatch(/--rumours/);
  });
});
