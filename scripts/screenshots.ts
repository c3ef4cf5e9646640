/**
 * npm run screenshots: the README's pictures (docs/screenshots/*.png), taken in headless Chromium
 * from the built test extension on the demo article. Tests never write them: run this after a
 * change a reader would see, look at the images, and commit them.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launch, settled, tabIdOf, track } from './chromium';
import { serve } from './serve';
import { pageKeys } from './page-keys';

const OUT = resolve('docs/screenshots');
mkdirSync(OUT, { recursive: true });
const server = await serve();
const session = await launch();
const shot = (name: string) => resolve(OUT, name);
try {
  await track(session, '127.0.0.1');
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 1100, height: 800 });
  await page.goto(server.url('/demo/article.html'));
  await settled(page);
  await page.screenshot({ path: shot('demo-article.png') });

  await page.locator(`p ${(await pageKeys(session, page)).sel('ibrahima-konate')}`).nth(1).hover();
  await page.waitForSelector('div[data-footnote-card]', { state: 'attached' });
  await page.screenshot({ path: shot('hover-card.png') });
  await page.mouse.move(1, 1);
  await page.waitForSelector('div[data-footnote-card]', { state: 'detached' });

  const record = await session.extensionPage('popup.html');
  await record.setViewportSize({ width: 400, height: 900 });
  await record.getByRole('searchbox').fill('kona');
  await record.locator('.hit', { hasText: 'Ibrahima Konaté' }).waitFor();
  await record.getByRole('searchbox').press('Enter');
  await record.locator('article.record[data-record="ibrahima-konate"]').waitFor();
  await record.screenshot({ path: shot('popup-record.png'), fullPage: true });

  const onPage = await session.extensionPage(`popup.html?tab=${await tabIdOf(session, page.url())}`);
  await onPage.setViewportSize({ width: 400, height: 900 });
  await onPage.getByRole('list', { name: 'Players and clubs on this page' }).waitFor();
  await onPage.screenshot({ path: shot('popup-page.png'), fullPage: true });

  const options = await session.extensionPage('options.html');
  await options.getByTestId('data-status').locator('[data-count="players"]').waitFor();
  await options.screenshot({ path: shot('options.png'), fullPage: true });
  console.log(`Screenshots in ${OUT}: demo-article.png, hover-card.png, popup-record.png, popup-page.png, options.png`);
} finally {
  await session.close();
  await server.close();
}
