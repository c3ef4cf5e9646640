/**
 * Issue 20 in real Chromium: a content script's message for the whole dataset is refused
 * (finding 10), a redirect is refused (1), and a shrinking update waits for the reader (2).
 * A full disk (6) is tested in tests/unit/install-failures.test.ts: Chromium 156 does not enforce
 * CDP's Storage.overrideQuotaForOrigin on a chrome-extension:// origin (checked: a 2 MB override,
 * reported active, and the origin's IndexedDB grew to 15 MB without a QuotaExceededError).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { settled } from '../../scripts/chromium';
import { useBrowser } from './setup';

const feed = (players: number, asOf: string) => JSON.stringify({
  format: 'footnote-dataset', version: 1, asOf, source: 'Footnote e2e safety feed',
  clubs: [{ id: 'feed-town', name: 'Feed Town FC' }],
  players: Array.from({ length: players }, (_, i) => ({ id: `feed-player-${i}`, name: `Feedo Player${i}`, clubId: 'feed-town' })),
});
const json = (body: string) => (res: import('node:http').ServerResponse) => res.writeHead(200, { 'content-type': 'application/json' }).end(body);

const browser = useBrowser({
  trackLocal: true,
  routes: {
    '/feed/three.json': json(feed(3, '2026-03-01')),
    '/feed/one.json': json(feed(1, '2026-03-02')),
    '/feed/moved.json': (res) => res.writeHead(302, { location: 'http://localhost:9/elsewhere.json', 'access-control-allow-origin': '*' }).end(),
  },
});

test('10. a content script may not ask for the whole dataset', async () => {
  const page = await browser.session.context.newPage();
  const cdp = await browser.session.context.newCDPSession(page);
  const origin = `chrome-extension://${browser.session.extensionId}`;
  const contexts: number[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.origin === origin || context.name === 'Footnote') contexts.push(context.id);
  });
  await cdp.send('Runtime.enable');
  await page.goto(browser.server.url('/demo/article.html'));
  await settled(page);
  assert.ok(contexts.length > 0, 'the content script runs in its own world on the page');
  // Runs in the content script's world: the same chrome.runtime a page-side bug could reach.
  const ask = async (message: object) => {
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      contextId: contexts.at(-1), awaitPromise: true, returnByValue: true,
      expression: `chrome.runtime.sendMessage(${JSON.stringify(message)})`,
    });
    assert.equal(exceptionDetails, undefined, exceptionDetails?.text);
    return result.value as { ok: boolean; error?: string; value?: unknown };
  };
  assert.deepEqual(await ask({ type: 'search', query: 'kona' }), { ok: false, error: '“search” is not accepted from this page' });
  assert.deepEqual(await ask({ type: 'record', id: 'ibrahima-konate' }), { ok: false, error: '“record” is not accepted from this page' });
  assert.deepEqual(await ask({ type: 'layer-remove', id: 'bundled' }), { ok: false, error: '“layer-remove” is not accepted from this page' });
  // What a page needs is still answered.
  const summaries = await ask({ type: 'summaries', ids: ['ibrahima-konate'] });
  assert.equal(summaries.ok, true);
  assert.equal((summaries.value as { id: string }[])[0]?.id, 'ibrahima-konate');
  await page.close();
});

test('1 and 2. an update that redirects is refused; one that shrinks waits for the reader', async () => {
  const options = await browser.session.extensionPage('options.html');
  await options.bringToFront();
  await options.getByTestId('update-status').waitFor();
  const setAndUpdate = async (path: string) => {
    await options.getByLabel('Dataset update address').fill(browser.server.url(path));
    await options.getByRole('button', { name: 'Save address' }).click();
    await options.getByRole('button', { name: 'Update now' }).click();
  };
  await setAndUpdate('/feed/moved.json');
  await options.getByTestId('update-error').getByText(/redirects to another address/).waitFor();

  await setAndUpdate('/feed/three.json');
  await options.getByTestId('update-status').getByText(/players: 3 added/).waitFor();
  await setAndUpdate('/feed/one.json');
  const waiting = options.getByTestId('update-waiting');
  await waiting.waitFor();
  assert.match(await waiting.innerText(), /would remove 2 of the records/);
  assert.match(await options.locator('[data-layer="url"]').innerText(), /3 players/);
  await waiting.getByRole('button', { name: 'Install the smaller data' }).click();
  await options.locator('[data-layer="url"]', { hasText: '1 players' }).waitFor();
  assert.equal(await waiting.count(), 0);
  await options.close();
});

test('7. an import cut short by the browser stopping the worker: said in words, run again', async () => {
  const options = await browser.session.extensionPage('options.html');
  await options.getByTestId('update-status').waitFor();
  const cdp = await browser.session.context.newCDPSession(options);
  await cdp.send('ServiceWorker.enable');
  const players = Array.from({ length: 6000 }, (_, i) => ({ id: `cut-${i}`, name: `Cutshort Player${i}` }));
  await options.getByLabel('Import a file').setInputFiles({
    name: 'cut.json', mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'footnote-dataset', version: 1, asOf: '2026-03-01', source: 'e2e', clubs: [], players })),
  });
  await options.getByRole('progressbar', { name: /Installing cut\.json/ }).waitFor();
  await cdp.send('ServiceWorker.stopAllWorkers');
  const alert = options.getByRole('alert');
  await alert.getByText('Importing cut.json was interrupted; your data is unchanged.').waitFor({ timeout: 30_000 });
  assert.doesNotMatch(await alert.innerText(), /message channel|port closed/);
  await alert.getByRole('button', { name: 'Run it again' }).click();
  await options.locator('p.result', { hasText: 'Imported cut.json: 6000 players' }).waitFor({ timeout: 60_000 });
  await options.close();
});
