/**
 * dataset:coverage: how much of what readers read the bundle covers, measured against the
 * Premier League regulars of the FPL snapshot (900+ minutes): in the bundle, with a contract end
 * date, and how many of those dates have passed by "today" (they show as ended, may have been
 * renewed). Reads ../shared/corpus when present; says so and stops when it is not.
 *
 *   npm run dataset:coverage -- [--fpl <folder>] [--today YYYY-MM-DD] [--dataset public/dataset.json] [--list]
 *                               [--pages <file.html|.txt>...]
 *
 * With --pages, it also counts, over the people the engine recognises in those pages (each
 * person once per page), how many carry a contract end date.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseCsv } from '../lib/import/csv';
import { personKey } from '../lib/dataset/merge';
import type { Dataset } from '../lib/dataset/types';
import { compileWithWordLists } from '../lib/engine/compile';
import { parseHTML } from 'linkedom';
import { annotateBlocks } from '../lib/annotate';
import { visibleBlocks } from '../lib/page/blocks';

const args = process.argv.slice(2);
const flagValue = (flag: string, fallback: string) => {
  if (args.indexOf(flag) < 0) return fallback;
  const value = args[args.indexOf(flag) + 1];
  if (value === undefined) throw new Error(`${flag} needs a value`);
  return value;
};
const fplDir = resolve(flagValue('--fpl', '../shared/corpus/data/fpl-2025-26'));
const today = flagValue('--today', '2026-12-01');
if (!existsSync(join(fplDir, 'players_raw.csv'))) {
  console.error(`dataset:coverage: no FPL snapshot at ${fplDir}: nothing to measure against`);
  process.exit(0);
}
const dataset = JSON.parse(readFileSync(resolve(flagValue('--dataset', 'public/dataset.json')), 'utf8')) as Dataset;
const fplLayer = JSON.parse(readFileSync(resolve('data/fpl/fpl-2025-26.json'), 'utf8')) as Dataset;
const fplById = new Map(fplLayer.players.map((p) => [p.id, p]));
const byTm = new Map(dataset.players.filter((p) => p.tmId).map((p) => [p.tmId!, p]));
const byNameBirth = new Map(
  dataset.players.filter((p) => p.birthDate).flatMap((p) => [p.name, ...(p.aliases ?? [])].map((n) => [`${personKey(n)}|${p.birthDate}`, p] as const)),
);

const regulars = parseCsv(readFileSync(join(fplDir, 'players_raw.csv'), 'utf8')).filter(({ fields }) => Number(fields.minutes) >= 900);
let found = 0;
let withDate = 0;
let passed = 0;
const missing: string[] = [];
const noDate: string[] = [];
for (const { fields } of regulars) {
  const fpl = fplById.get(`fpl-${fields.code}`);
  const record = (fpl?.tmId && byTm.get(fpl.tmId)) || (fpl?.birthDate && byNameBirth.get(`${personKey(fpl.name)}|${fpl.birthDate}`)) || undefined;
  if (!record) {
    missing.push(`${fields.first_name} ${fields.second_name}`);
    continue;
  }
  found++;
  const until = record.contract?.until;
  if (!until) {
    noDate.push(record.name);
    continue;
  }
  withDate++;
  if (until < today) passed++;
}
const pct = (n: number) => `${((100 * n) / regulars.length).toFixed(1)} %`;
if (args.includes('--list')) {
  console.error(`not in the bundle: ${missing.join(', ')}`);
  console.error(`no contract end date: ${noDate.join(', ')}`);
}
console.log(
  `FPL regulars (900+ minutes): ${regulars.length}; in the bundle ${found} (${pct(found)}); with a contract end date ${withDate} (${pct(withDate)}); ` +
    `of those dates, ${passed} have passed by ${today} (${((100 * passed) / Math.max(1, withDate)).toFixed(1)} %)`,
);

/** A page's text blocks as the annotate tool reads them: a .txt file is one block, an HTML file its visible blocks. */
function readPageBlocks(path: string): string[] {
  const raw = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  if (!/\.x?html?$/i.test(path)) return [raw];
  return visibleBlocks(parseHTML(raw).document.body as unknown as Node);
}

const pagesAt = args.indexOf('--pages');
if (pagesAt >= 0) {
  const pages = args.slice(pagesAt + 1).filter((a) => !a.startsWith('--'));
  const index = compileWithWordLists(dataset, 'coverage');
  const people = new Map(dataset.players.map((p) => [p.id, p]));
  let recognised = 0;
  let dated = 0;
  for (const page of pages) {
    const ids = new Set(annotateBlocks(index, readPageBlocks(page), { today }).map((m) => m.entityId).filter((id) => people.has(id)));
    const withDate = [...ids].filter((id) => people.get(id)!.contract?.until).length;
    recognised += ids.size;
    dated += withDate;
    console.log(`  ${page}: ${ids.size} players recognised, ${withDate} with a contract end date`);
  }
  console.log(`pages: ${recognised} players recognised, ${dated} (${((100 * dated) / Math.max(1, recognised)).toFixed(1)} %) with a contract end date`);
}
