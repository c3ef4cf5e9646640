/** Learned rumours in the popup record (filters by source and status) and in the hover card. */
import { afterEach, expect, test, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { RumourRecord } from '../../components/RumourRecord';
import { Card } from '../../components/Card';
import type { RumourView } from '../../lib/protocol';
import { formatDay } from '../../components/format';

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});
const mount = (node: preact.ComponentChild) => {
  root = document.createElement('div');
  document.body.append(root);
  render(node, root);
};

const sighting = (site: string, date: string) => ({ url: `https://${site}/gossip`, site, date, seen: '2026-11-30', sentence: `Chelsea are monitoring Kobel (${site}).`, outlet: 'Sun', author: 'A. Writer' });
const RUMOURS: RumourView[] = [
  { id: 'learned-1', playerId: 'k', clubId: 'chelsea', clubName: 'Chelsea', date: '2026-11-29', status: 'interest', source: { outlet: 'Sun', url: 'https://a.example/gossip' },
    learned: { sightings: [sighting('a.example', '2026-11-28'), sighting('b.example', '2026-11-29')], cameTrue: false } },
  { id: 'learned-2', playerId: 'k', clubId: 'arsenal', clubName: 'Arsenal', date: '2026-10-01', status: 'completed', source: { outlet: 'Mirror' },
    learned: { sightings: [{ ...sighting('c.example', '2026-10-01'), url: undefined }], cameTrue: true } },
  { id: 'r1', playerId: 'k', clubId: 'chelsea', clubName: 'Chelsea', date: '2026-02-05', status: 'talks', source: { outlet: 'ESPN' } },
];

const shown = () => [...root.querySelectorAll('.rumour')].map((li) => `${li.getAttribute('data-source')} ${li.getAttribute('data-status')}`);
async function choose(label: string, value: string) {
  const select = [...root.querySelectorAll('label')].find((l) => l.textContent!.startsWith(label))!.querySelector('select')!;
  select.value = value;
  await act(() => void select.dispatchEvent(new Event('change', { bubbles: true })));
}

test('the record shows each learned rumour\'s pages in order, with site, date, outlet, journalist, sentence and link', () => {
  mount(<RumourRecord rumours={RUMOURS} />);
  expect(shown()).toEqual(['read interest', 'read completed', 'dataset talks']);
  const first = root.querySelector('.rumour[data-source=read]')!;
  expect(first.textContent).toContain('Seen while reading on 2 pages');
  const lines = [...first.querySelectorAll('.sighting')].map((s) => s.textContent!.replace(/\s+/g, ' '));
  // <q> adds its quotation marks in CSS, so they are not in the text.
  expect(lines[0]).toBe(`a.example · ${formatDay('2026-11-28')} · Sun · A. WriterChelsea are monitoring Kobel (a.example).`);
  expect(lines[1]?.startsWith(`b.example · ${formatDay('2026-11-29')}`)).toBe(true);
  expect(first.querySelector('.sighting a')!.getAttribute('href')).toBe('https://a.example/gossip');
  expect(root.querySelectorAll('.rumour__true')).toHaveLength(1);
  expect(root.querySelector('.rumour[data-status=completed] .sighting a')).toBeNull();
});

test('filters by source and by status', async () => {
  mount(<RumourRecord rumours={RUMOURS} />);
  await choose('Source', 'dataset');
  expect(shown()).toEqual(['dataset talks']);
  await choose('Source', 'read');
  expect(shown()).toEqual(['read interest', 'read completed']);
  await choose('Status', 'agreed/completed');
  expect(shown()).toEqual(['read completed']);
  await choose('Source', 'dataset');
  expect(shown()).toEqual([]);
  expect(root.textContent).toContain('No rumours match these filters.');
});

test('the card keeps it to a word: seen while reading, came true', () => {
  mount(<Card summary={{ id: 'k', kind: 'player', name: 'Kobel', asOf: '2026-02-05', rumourCount: 3, latestRumours: RUMOURS }} today="2026-12-01" onFullRecord={vi.fn()} onClose={vi.fn()} />);
  const items = [...root.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' '));
  expect(items[0]).toContain('seen while reading on b.example');
  expect(items[1]).toContain('came true');
  expect(items[2]).not.toContain('seen while reading');
});
