import { afterEach, expect, test } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { Popup } from '../../components/Popup';
import type { PageApi } from '../../lib/messaging/page-api';
import type { DataMeta } from '../../lib/protocol';

const META: DataMeta = { gen: 1, version: 1, asOf: '2026-10-01', source: 'test', counts: { players: 1, clubs: 1, staff: 0, rumours: 0 }, installedAt: '2026-10-02T10:00:00Z', bundled: '0.1.0' };
let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

test('search comes first, above the page’s list of names however long it is', async () => {
  const found = Array.from({ length: 40 }, (_, i) => ({ id: `p${i}`, kind: 'player' as const, count: 1 }));
  const page: PageApi = {
    status: async () => ({ url: 'https://example.org/a', siteId: 'example.org', tracked: true, paused: false }),
    found: async () => found,
    summaries: async (ids) => ids.map((id) => ({ id, kind: 'player', name: `Player ${id}`, asOf: META.asOf, rumourCount: 0, latestRumours: [] })),
    setTracked: async (s) => s,
    setPaused: async () => Promise.reject(new Error('unused')),
  };
  root = document.createElement('div');
  document.body.append(root);
  render(<Popup api={{ status: async () => ({ state: 'ready', active: META }), search: async () => [], record: async () => null }} today="2026-12-01" page={page} />, root);
  for (let i = 0; i < 20 && !root.querySelector('.found li'); i++) await act(() => new Promise((r) => setTimeout(r, 0)));
  const search = root.querySelector('input[type=search]')!;
  const list = root.querySelector('.found')!;
  expect(list.querySelectorAll('li').length).toBe(40);
  expect(search.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
});
