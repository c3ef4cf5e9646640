/** The committed form of generated layers (lib/dataset/layer-file.ts): the same data, one record per line. */
import { describe, expect, test } from 'vitest';
import { formatLayer } from '../../lib/dataset/layer-file';
import type { Dataset, Transfer } from '../../lib/dataset/types';

const layer: Dataset = {
  format: 'footnote-dataset', version: 1, asOf: '2026-11-30', source: 'test layer',
  clubs: [{ id: 'liverpool', name: 'Liverpool' }, { id: 'real-madrid', name: 'Real Madrid' }],
  players: [
    { id: 'ibrahima-konate', name: 'Ibrahima Konaté', clubId: 'liverpool', contract: { until: '2026-06-30' } },
    { id: 'dean-huijsen', name: 'Dean Huijsen', clubId: 'real-madrid' },
  ],
};

const TRANSFERS: Transfer[] = [
  { id: 't1', playerId: 'dean-huijsen', date: '2025-06-01', from: { clubId: 'liverpool', name: 'Liverpool' }, to: { clubId: 'real-madrid', name: 'Real Madrid' }, fee: 0 },
  { id: 't2', playerId: 'ibrahima-konate', date: '2021-07-01', from: { name: 'RB Leipzig' }, to: { clubId: 'liverpool', name: 'Liverpool' }, fee: 40_000_000 },
];

describe('formatLayer', () => {
  test('reads back as the very same dataset', () => {
    expect(JSON.parse(formatLayer(layer))).toEqual(layer);
    const full: Dataset = { ...layer, staff: [{ id: 'arne-slot', name: 'Arne Slot', clubId: 'liverpool', role: 'manager' }], rumours: [], transfers: TRANSFERS };
    expect(JSON.parse(formatLayer(full))).toEqual(full);
  });

  test('one record per line, the head on the first, so a regenerated file diffs by record', () => {
    const lines = formatLayer(layer).split('\n');
    expect(lines[0]).toBe('{"format":"footnote-dataset","version":1,"asOf":"2026-11-30","source":"test layer",');
    expect(lines).toContain('"clubs":[');
    expect(lines).toContain('{"id":"liverpool","name":"Liverpool"},');
    expect(lines).toContain('{"id":"real-madrid","name":"Real Madrid"}],');
    expect(lines).toContain('{"id":"dean-huijsen","name":"Dean Huijsen","clubId":"real-madrid"}]');
    expect(lines.filter((l) => l.includes('"id":"ibrahima-konate"'))).toHaveLength(1);
    expect(formatLayer(layer).endsWith(']\n}\n')).toBe(true);
  });

  test('a list the layer does not have stays absent; an empty one is written empty, on one line', () => {
    const text = formatLayer({ ...layer, rumours: [] });
    expect(text).not.toContain('"staff"');
    expect(text).not.toContain('"transfers"');
    expect(text).toContain(',\n"rumours":[]\n}\n');
  });

  test('transfers get a line each too', () => {
    const lines = formatLayer({ ...layer, transfers: TRANSFERS }).split('\n');
    expect(lines).toContain('"transfers":[');
    expect(lines.filter((l) => l.includes('"playerId"'))).toHaveLength(2);
  });
});
