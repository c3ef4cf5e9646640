import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { useBrowser } from './setup';

const update = {
  format: 'footnote-dataset', version: 1, asOf: '2026-03-01', source: 'Footnote e2e update',
  clubs: [{ id: 'liverpool', name: 'Liverpool FC', shortName: 'Liverpool' }],
  players: [{ id: 'zed-updateman', name: 'Zed Updateman', clubId: 'liverpool', position: 'Left Winger', contract: { until: '2029-06-30' } }],
};

const browser = useBrowser({ routes: {
    '/feed/update.json': (res) => res.writeHead(200, { 'content-type': 'application/json', etag: '"v1"' }).end(JSON.stringify(update)),
    '/feed/broken.json': (res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"format": "footnote-dataset", oops'),
  } });

async function searchPopup(query: string, name: string) {
  const popup = await browser.session.extensionPage('popup.html');
  await popup.getByRole('searchbox').fill(query);
  const hit = popup.locator('.hit', { hasText: name });
  // Either the name appears or the search settles on its results without it.
  await popup.locator('.hits, [role=status]').first().waitFor();
  const found = await hit.waitFor({ timeout: 1500 }).then(() => true, () => false);
  return { popup, found };
}

test('an update from a URL adds its players and keeps the bundled rumours; a broken file changes nothing', async () => {
  const options = await browser.session.extensionPage('options.html');
  // A permission request needs the reader's click in the page in front.
  await options.bringToFront();
  await options.getByTestId('update-status').waitFor();
  await options.getByLabel('Dataset update address').fill(browser.server.url('/feed/update.json'));
  await options.getByRole('button', { name: 'Save address' }).click();
  await options.getByRole('button', { name: 'Update now' }).click();
  await options.getByTestId('update-status').getByText(/players: 1 added/).waitFor();
  await options.locator('[data-layer="url"]').waitFor();

  const { popup, found } = await searchPopup('updateman', 'Zed Updateman');
  assert.ok(found, 'the new player is searchable');
  await popup.getByRole('searchbox').fill('kona');
  await popup.locator('.hit', { hasText: 'Ibrahima Konaté' }).click();
  await popup.locator('article.record[data-record="ibrahima-konate"]').waitFor();
  assert.equal(await popup.locator('.rumour').count(), 3, 'the bundled rumours are still there');
  await popup.close();

  await options.getByLabel('Dataset update address').fill(browser.server.url('/feed/broken.json'));
  await options.getByRole('button', { name: 'Save address' }).click();
  await options.getByRole('button', { name: 'Update now' }).click();
  await options.getByTestId('update-error').getByText(/not JSON/).waitFor();
  const again = await searchPopup('updateman', 'Zed Updateman');
  assert.ok(again.found, 'the old data is still searchable');
  await again.popup.close();
  await options.close();
});

test('importing a transfermarkt CSV in the options page', async () => {
  const options = await browser.session.extensionPage('options.html');
  await options.getByLabel('Import a file').setInputFiles(resolve('tests/fixtures/csv/players.csv'));
  const result = options.locator('p.result');
  await result.waitFor({ timeout: 15_000 });
  assert.match(await result.innerText(), /Imported players\.csv: 5 players, 4 clubs\. Players: 5 added/);
  assert.match(await options.getByRole('alert').innerText(), /3 rows were skipped[\s\S]*line 5: skipped: player_id "abc" is not a number/);
  const { popup, found } = await searchPopup('chloe', 'Chloé Exemple');
  assert.ok(found);
  await popup.close();
  // Removing the layer takes its players away again.
  await options.getByRole('button', { name: 'Remove players.csv' }).click();
  await options.locator('p.result', { hasText: 'Removed players.csv' }).waitFor();
  const gone = await searchPopup('chloe', 'Chloé Exemple');
  assert.equal(gone.found, false);
  await gone.popup.close();
  await options.close();
});

test('an invalid JSON file is refused with the path of each problem', async () => {
  const options = await browser.session.extensionPage('options.html');
  await options.getByLabel('Import a file').setInputFiles({
    name: 'bad.json', mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...update, players: [{ id: 'x', name: 'X', birthDate: '2001-02-30' }] })),
  });
  const alert = options.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /not a valid Footnote dataset[\s\S]*players\[0\]\.birthDate: "2001-02-30" is not a date/);
  await options.close();
});
