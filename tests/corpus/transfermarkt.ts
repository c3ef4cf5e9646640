/**
 * A dataset converted from ../shared/corpus/data/transfermarkt-2025/players.csv (5,029 real
 * players) with the project's own importer, for tests and benchmarks that read the corpus at
 * run time. The one exception is the bundled base layer, data/base/transfermarkt.json: its
 * transfermarkt-datasets columns (CC0) converted by `npm run dataset:base` (docs/data.md).
 */
import { existsSync, readFileSync } from 'node:fs';
import { importTransfermarkt } from '../../lib/import/transfermarkt';
import { parseCsv } from '../../lib/import/csv';
import type { Dataset } from '../../lib/dataset/types';

export const CORPUS = '../shared/corpus';
export const PLAYERS_CSV = `${CORPUS}/data/transfermarkt-2025/players.csv`;

export const hasCorpus = () => existsSync(PLAYERS_CSV);

let cached: Dataset | undefined;
export function transfermarktDataset(): Dataset {
  cached ??= importTransfermarkt(readFileSync(PLAYERS_CSV, 'utf8')).dataset;
  return cached;
}

/** The gossip items of 2021: id → text. */
export function gossipItems(): Map<string, string> {
  const rows = parseCsv(readFileSync(`${CORPUS}/data/bbc-gossip-2021/gossip_items.csv`, 'utf8'));
  return new Map(rows.map((r) => [r.fields.id ?? '', r.fields.raw_text ?? '']));
}
