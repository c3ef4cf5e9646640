import { expect, test } from 'vitest';
import { contractsEndingSoonest } from '../../lib/contract/expiring';
import type { Player } from '../../lib/dataset/types';

const player = (id: string, until?: string): Player => ({ id, name: id, clubId: 'c', ...(until ? { contract: { until } } : {}) });
const squad = [
  player('long-deal', '2033-06-30'),
  player('next-summer', '2027-06-30'),
  player('this-winter', '2027-01-31'),
  player('edge-of-window', '2028-06-01'),
  player('past-window', '2028-06-02'),
  player('ended-in-june', '2026-06-30'),
  player('ended-long-ago', '2024-06-30'),
  player('ends-today', '2026-12-01'),
  player('no-date'),
];

test('the next 18 months, soonest first; ended contracts apart, latest first; a 2033 deal in neither', () => {
  const { soon, ended } = contractsEndingSoonest(squad, '2026-12-01');
  expect(soon.map((p) => p.id)).toEqual(['ends-today', 'this-winter', 'next-summer', 'edge-of-window']);
  expect(ended.map((p) => p.id)).toEqual(['ended-in-june', 'ended-long-ago']);
});

test('the same squad read on another day moves with it (today is a parameter)', () => {
  const { soon, ended } = contractsEndingSoonest(squad, '2027-07-01');
  expect(soon.map((p) => p.id)).toEqual(['edge-of-window', 'past-window']);
  expect(ended.map((p) => p.id).slice(0, 2)).toEqual(['next-summer', 'this-winter']);
});

test('limits each list', () => {
  const many = Array.from({ length: 9 }, (_, i) => player(`p${i}`, `2027-0${i + 1}-01`));
  expect(contractsEndingSoonest(many, '2026-12-01', 3).soon.map((p) => p.id)).toEqual(['p0', 'p1', 'p2']);
});
