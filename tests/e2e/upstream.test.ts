/**
 * The one-click transfermarkt-datasets source in real Chromium: the test build fetches it from
 * TEST_UPSTREAM_BASE (lib/upstream-source.ts), where a local server serves our own generated
 * files in the upstream layout (tests/support/upstream-fixtures.ts). From the options click to
 * badges on a page that names the new players, and their transfers in the popup record.
 */
import { formatDay } from '../../components/format';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { settled } from '../../scripts/chromium';
import { badgeLabels, mentionsOn } from '../../scripts/page-keys';
import { TEST_UPSTREAM_BASE } from '../../lib/upstream-source';
import { upstreamFiles } from '../support/upstream-fixtures';
import { useBrowser } from './setup';

const browser = useBrowser({ trackLocal: true });
const base = new URL(process.env.FOOTNOTE_UPSTREAM_BASE ?? TEST_UPSTREAM_BASE);
const files = upstreamFiles();
const fetched: string[] = [];

// Our own sentences about the made-up players of the fixtures.
const ARTICLE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Rovers win again</title></head><body><main><article>
<h1>Rovers stay top</h1>
<p>Aurelio Quennell scored twice as Harrowgate Rovers beat Kestrel Vale Athletic on Saturday afternoon.</p>
<p>Desmond Faraday-Roe, who joined Dunmore Wanderers in the summer, watched from the stands.</p>
</article></main></body></html>`;

let server: Server;
before(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '';
    if (path === '/article.html') return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(ARTICLE);
    const body = path.startsWith(base.pathname) ? files[path.slice(base.pathname.length)] : undefined;
    if (!body) return res.writeHead(404).end();
    fetched.push(path);
    res.writeHead(200, { 'content-type': 'application/gzip', etag: '"fixture-1"', 'last-modified': 'Sat, 11 Jul 2026 06:00:00 GMT' }).end(body);
  });
  await new Promise<void>((ok, fail) => server.once('error', fail).listen(Number(base.port), base.hostname, ok));
});
after(() => new Promise<void>((ok) => server.close(() => ok())));

test('one click in the options page installs the upstream snapshot; its players get badges on a page and their transfers in the record', async () => {
  const session = browser.session;
  const options = await session.extensionPage('options.html');
  await options.getByRole('button', { name: 'Use transfermarkt-datasets (CC0, updated weekly upstream)' }).click();
  await options.locator('[data-testid="upstream-snapshot"]').waitFor({ timeout: 30_000 });
  // Written in the reader's locale (the browser's language), as every date of the options page.
  const locale = await options.evaluate(() => navigator.language);
  assert.equal(await options.locator('[data-testid="upstream-snapshot"]').innerText(), formatDay('2026-07-11', locale));
  // The test build's today is pinned (2026-12-01): the July snapshot is stale, and said so.
  assert.match(await options.locator('[data-testid="upstream-stale"]').innerText(), /The source has not changed since 11 July 2026/);
  await options.locator('[data-layer="transfermarkt-datasets"]').waitFor();
  assert.match(await options.locator('[data-layer="transfermarkt-datasets"]').innerText(), new RegExp(`4 players.*as of ${formatDay('2026-07-11', locale)}`));
  assert.deepEqual(fetched, ['/data/players.csv.gz', '/data/clubs.csv.gz', '/data/transfers.csv.gz']);
  await options.close();

  const page = await session.context.newPage();
  await page.goto(`http://${base.host}/article.html`);
  await settled(page);
  const mentions = await mentionsOn(session, page);
  assert.ok(mentions.includes('Aurelio Quennell=aurelio-quennell-880001'), mentions.join(', '));
  assert.ok(mentions.includes('Desmond Faraday-Roe=desmond-faraday-roe-880004'), mentions.join(', '));
  const labels = await badgeLabels(page);
  assert.ok(labels.some((l) => /2028/.test(l)), `a contract badge for Quennell (June 2028): ${labels.join(' | ')}`);
  await page.close();

  const popup = await session.extensionPage('popup.html?record=aurelio-quennell-880001');
  const record = popup.locator('article.record[data-record="aurelio-quennell-880001"]');
  await record.waitFor();
  const transfers = await record.locator('.transfers').innerText();
  // The popup's dates are in the reader's locale too.
  assert.equal(transfers, `${formatDay('2024-07-01', locale)} · Kestrel Vale Athletic → Harrowgate Rovers · €12.5m`);
  await popup.close();
});
