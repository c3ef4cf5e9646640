/**
 * The seed article (../shared/seed/, read at run time, never copied) against the bundled
 * dataset: every mention with its exact offsets. Skips, saying so, when ../shared is absent (a
 * failure when FOOTNOTE_REQUIRE_CORPUS=1).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { compileWithWordLists } from '../../lib/engine/compile';
import { findMentions } from '../../lib/engine/page-matcher';
import { bundledDataset } from './bundled';
import { missingShared } from './corpus-required';

const SEED_DIR = '../shared/seed';
const seedFile = missingShared('the seed article', SEED_DIR) ? undefined : readdirSync(SEED_DIR).find((f) => f.endsWith('.txt'));

// [start, end, text, entity]: labelled by hand. "Estadio Bernabeu" is a stadium, not a club mention;
// "ESPN Madrid" is a bureau of a broadcaster, not the club; "France international" is the national team.
const EXPECTED: Array<[number, number, string, string]> = [
  [17, 28, 'Real Madrid', 'real-madrid'],
  [61, 76, 'Ibrahima Konate', 'ibrahima-konate'],
  [106, 115, 'Liverpool', 'liverpool'],
  [189, 197, 'the Reds', 'liverpool'],
  [339, 350, 'Real Madrid', 'real-madrid'],
  [389, 395, 'Konate', 'ibrahima-konate'],
  [562, 574, 'Dean Huijsen', 'dean-huijsen'],
  [579, 591, 'Eder Militao', 'eder-militao'],
  [639, 646, 'Huijsen', 'dean-huijsen'],
  [673, 680, 'Militao', 'eder-militao'],
  [706, 717, 'Xabi Alonso', 'xabi-alonso'],
  [740, 751, 'Real Madrid', 'real-madrid'],
  [761, 775, 'Alvaro Arbeloa', 'alvaro-arbeloa'],
  [794, 805, 'Los Blancos', 'real-madrid'],
  [813, 828, 'Antonio Rudiger', 'antonio-rudiger'],
  [833, 844, 'David Alaba', 'david-alaba'],
  [864, 870, 'Madrid', 'real-madrid'],
  [897, 908, 'Los Blancos', 'real-madrid'],
  [1030, 1036, 'Madrid', 'real-madrid'],
  [1055, 1061, 'Konate', 'ibrahima-konate'],
  [1218, 1224, 'Madrid', 'real-madrid'],
  [1381, 1390, 'Liverpool', 'liverpool'],
  [1393, 1408, 'Ibrahima Konaté', 'ibrahima-konate'],
  [1466, 1472, 'Madrid', 'real-madrid'],
  [1500, 1506, 'Konate', 'ibrahima-konate'],
  [1556, 1562, 'Konate', 'ibrahima-konate'],
  [1596, 1605, 'Liverpool', 'liverpool'],
  [1670, 1684, 'Jeremy Jacquet', 'jeremy-jacquet'],
  [1711, 1720, 'Liverpool', 'liverpool'],
  [1752, 1758, 'Rennes', 'rennes'],
  [1787, 1801, 'Giovanni Leoni', 'giovanni-leoni'],
  [1887, 1902, 'Ibrahima Konate', 'ibrahima-konate'],
  [1905, 1914, 'Liverpool', 'liverpool'],
  [1934, 1940, 'Madrid', 'real-madrid'],
  [1966, 1972, 'Konate', 'ibrahima-konate'],
  [2032, 2041, 'Liverpool', 'liverpool'],
  [2137, 2143, 'Konate', 'ibrahima-konate'],
  [2174, 2183, 'Liverpool', 'liverpool'],
  [2263, 2278, 'Ibrahima Konaté', 'ibrahima-konate'],
  [2295, 2304, 'Liverpool', 'liverpool'],
  [2326, 2329, 'LFC', 'liverpool'],
  [2466, 2475, 'Liverpool', 'liverpool'],
  [2529, 2535, 'Konate', 'ibrahima-konate'],
  [2609, 2620, 'Real Madrid', 'real-madrid'],
  [2631, 2647, 'Florentino Perez', 'florentino-perez'],
];

describe.skipIf(!seedFile)('the seed article', () => {
  test('every mention, with exact offsets', () => {
    const text = readFileSync(`${SEED_DIR}/${seedFile}`, 'utf8');
    const index = compileWithWordLists(bundledDataset());
    const got = findMentions(index, text).map((m) => [m.start, m.end, m.text, m.entityId]);
    expect(got).toEqual(EXPECTED);
    for (const [start, end, slice] of EXPECTED) expect(text.slice(start, end)).toBe(slice);
  });
});
