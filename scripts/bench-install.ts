/**
 * bench:install: the first install of the bundled dataset into IndexedDB, in real Chromium with
 * the built test extension: from the service worker's start until the data status is ready,
 * over a few fresh profiles (median reported).
 *
 *   npm run build:test && npm run bench:install
 */
import { statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { EXTENSION_DIR, launch } from './chromium';
import { at } from '../lib/indexing';

const RUNS = Number(process.argv[2] ?? 3);
const times: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const session = await launch();
  // From the moment the service worker is up (the browser's own start is not Footnote's).
  const started = performance.now();
  const page = await session.extensionPage('options.html');
  for (;;) {
    const state = await page.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown) => Promise<{ ok: boolean; value?: { state: string } }> } } }).chrome;
      return (await chrome.runtime.sendMessage({ type: 'status' }))?.value?.state;
    });
    if (state === 'ready') break;
    if (state === 'error') throw new Error('the install failed');
    await new Promise((r) => setTimeout(r, 20));
  }
  times.push(performance.now() - started);
  await session.close();
}
times.sort((a, b) => a - b);
const file = `${EXTENSION_DIR}/dataset.json`;
console.log(
  `bench:install: bundled dataset ${(statSync(file).size / 1024).toFixed(0)} kB (${(gzipSync(readFileSync(file)).length / 1024).toFixed(0)} kB gzipped); ` +
    `service worker up to data ready: median ${at(times, Math.floor(times.length / 2)).toFixed(0)} ms over ${RUNS} fresh profiles (${times.map((t) => t.toFixed(0)).join(', ')} ms)`,
);
