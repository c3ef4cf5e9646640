/**
 * The bundle as shipped: the curated layer over the FPL club facts and the transfermarkt base.
 * Tests that need the corpus read it at run time and say why they skip when it is absent.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { bundledDataset, curatedDataset } from './bundled';
import { mergeLayers, personKey, sameNamePlayers, summarise, summaryWords, factProvenance } from '../../lib/dataset/merge';
import { importTransfermarkt } from '../../lib/import/transfermarkt';
import { formatLayer } from '../../lib/dataset/layer-file';
import { BASE_PATH, BASE_SOURCE } from '../../scripts/dataset-base';
import { hasCorpus, PLAYERS_CSV } from '../corpus/transfermarkt';
import { at } from '../../lib/indexing';

const corpusTest = hasCorpus() ? test : test.skip;
if (!hasCorpus()) console.log(`bundle.test: ${PLAYERS_CSV} is absent: the tests that read the corpus are skipped`);

describe('the bundle', () => {
  const bundle = bundledDataset();

  test('stays small: at most 1.5 MB raw and 400 kB gzipped', () => {
    const json = `${JSON.stringify(bundle)}\n`;
    expect(Buffer.byteLength(json)).toBeLessThanOrEqual(1_500_000);
    expect(gzipSync(json).length).toBeLessThanOrEqual(400_000);
  });

  test('holds the base layer: thousands of players, most with a contract end date', () => {
    expect(bundle.players.length).toBeGreaterThan(4000);
    expect(bundle.players.filter((p) => p.contract?.until).length / bundle.players.length).toBeGreaterThan(0.8);
  });

  test('nobody is there twice: no two players share a folded full name and birth date, nor a transfermarkt id', () => {
    const keys = bundle.players.filter((p) => p.birthDate).map((p) => `${personKey(p.name)}|${p.birthDate}`);
    expect(keys.length - new Set(keys).size).toBe(0);
    const tm = bundle.players.flatMap((p) => (p.tmId ? [p.tmId] : []));
    expect(tm.length - new Set(tm).size).toBe(0);
    const same = sameNamePlayers(bundle);
    console.log(`same-name players in the bundle (${same.length}): ${same.map((g) => `${g.name} ×${g.players.length}`).join(', ')}`);
    // Namesakes are different people: each has a birth date that differs, or no birth date to compare.
    for (const g of same) {
      const births = g.players.map((p) => p.birthDate).filter(Boolean);
      expect(new Set(births).size, g.name).toBe(births.length);
    }
  });

  test('a player who moved in the summer of 2025 is one record at his new club, with its contract', () => {
    const tah = bundle.players.filter((p) => personKey(p.name) === 'jonathan tah');
    expect(tah).toHaveLength(1);
    expect(at(tah, 0).clubId).toBe('bayern-munich');
    expect(at(tah, 0).tmId).toBeTruthy();
  });

  test('every person says where each of his facts comes from and its date', () => {
    for (const p of [...bundle.players, ...(bundle.staff ?? [])]) {
      for (const g of ['club', 'contract', 'personal'] as const) {
        const from = factProvenance(p, g, bundle);
        expect(from.source.length).toBeGreaterThan(0);
        expect(from.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
    const base = bundle.players.find((p) => p.id.endsWith('-' + p.tmId) && p.contract?.until)!;
    expect(factProvenance(base, 'contract', bundle).source).toBe(BASE_SOURCE);
  });

  test('every curated club has a manager, with his date', () => {
    const curated = curatedDataset();
    for (const club of curated.clubs) {
      const manager = bundle.staff?.find((s) => s.clubId === club.id && s.role === 'manager');
      expect(manager, club.id).toBeTruthy();
      expect(factProvenance(manager!, 'club', bundle).asOf).toMatch(/^\d{4}-/);
    }
  });
});

describe('the base layer', () => {
  corpusTest('npm run dataset:base regenerates data/base/transfermarkt.json byte for byte', () => {
    const { dataset } = importTransfermarkt(readFileSync(PLAYERS_CSV, 'utf8'), { seasons: 2, source: BASE_SOURCE });
    expect(formatLayer(dataset) === readFileSync(resolve(BASE_PATH), 'utf8')).toBe(true);
  });

  test('holds transfermarkt-datasets columns only (never the EA FC ratings at the end of the corpus rows)', () => {
    const text = readFileSync(resolve(BASE_PATH), 'utf8');
    for (const field of ['OVR', 'PAC', 'SHO', 'Nation', 'Team']) expect(text).not.toContain(`"${field}"`);
    const keys = new Set(JSON.parse(text).players.flatMap((p: object) => Object.keys(p)));
    expect([...keys].sort()).toEqual(['birthDate', 'clubId', 'contract', 'id', 'marketValue', 'name', 'nationality', 'position', 'shortName', 'tmId']);
  });
});

describe('importing the real transfermarkt file on top of the bundle', () => {
  corpusTest('works, adds nobody twice, and changes nothing the curated layer knows better', { timeout: 60_000 }, () => {
    const bundle = bundledDataset();
    const started = performance.now();
    const imported = importTransfermarkt(readFileSync(PLAYERS_CSV, 'utf8')).dataset;
    const { dataset: merged, skipped } = mergeLayers([bundle, imported], { labels: ['bundled', 'players.csv'] });
    const ms = performance.now() - started;
    expect(skipped).toEqual([]);
    const summary = summarise(bundle, merged);
    console.log(`import of the corpus file on top of the bundle: ${summaryWords(summary)} (${ms.toFixed(0)} ms)`);
    expect(summary.players.added).toBe(0);
    expect(summary.players.removed).toBe(0);
    expect(summary.clubs).toEqual({ added: 0, changed: 0, removed: 0 });
    const curatedIds = new Set(curatedDataset().players.map((p) => p.id));
    const before = new Map(bundle.players.map((p) => [p.id, p]));
    for (const p of merged.players) {
      if (!curatedIds.has(p.id)) continue;
      const was = before.get(p.id)!;
      expect([p.id, p.clubId, p.loan, p.contract]).toEqual([p.id, was.clubId, was.loan, was.contract]);
    }
  });
});
