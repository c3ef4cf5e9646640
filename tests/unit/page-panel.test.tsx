import { expect, test, vi } from 'vitest';
import type { FoundEntity } from '../../lib/tab-protocol';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { PagePanel } from '../../components/PagePanel';
import type { PageApi } from '../../lib/messaging/page-api';
import type { TabStatus } from '../../lib/protocol';

test('the popup says when the page has no badges because the data could not be read', async () => {
  const status = { url: 'https://example.com/a', siteId: 'example.com', tracked: true } as TabStatus;
  const api: PageApi = {
    status: async () => status,
    found: async () => [{ id: 'declan-rice', kind: 'player', count: 1 }],
    problem: () => 'Footnote could not read its dataset, so this page has no badges. Reload the page to try again.',
    summaries: async () => [],
    setTracked: async () => status,
    setPaused: async () => status,
  };
  const root = document.createElement('div');
  document.body.append(root);
  render(<PagePanel api={api} today="2026-12-01" onOpen={() => undefined} />, root);
  for (let i = 0; i < 50 && !root.querySelector('[role=alert]'); i++) await new Promise((r) => setTimeout(r, 10));
  expect(root.querySelector('[role=alert]')?.textContent).toMatch(/could not read its dataset/);
  render(null, root);
});

test('the list follows what the tab pushes, and the popup never asks again on a timer', async () => {
  vi.useFakeTimers();
  try {
    const status = { url: 'https://example.com/a', siteId: 'example.com', tracked: true } as TabStatus;
    let push: ((found: FoundEntity[], problem: string | undefined) => void) | undefined;
    const unwatch = vi.fn();
    const api: PageApi = {
      status: async () => status,
      found: vi.fn(async () => [{ id: 'declan-rice', kind: 'player' as const, count: 1 }]),
      summaries: async (ids) => ids.map((id) => ({ id, kind: 'player', name: id === 'declan-rice' ? 'Declan Rice' : 'Bukayo Saka', asOf: '2026-02-05', rumourCount: 0, latestRumours: [] })),
      watchFound: (onChange) => {
        push = onChange;
        return unwatch;
      },
      setTracked: async () => status,
      setPaused: async () => status,
    };
    const root = document.createElement('div');
    document.body.append(root);
    render(<PagePanel api={api} today="2026-12-01" onOpen={() => undefined} />, root);
    const names = () => [...root.querySelectorAll('.found li button')].map((b) => b.textContent);
    await vi.waitFor(() => expect(names()).toEqual(['Declan Rice']));
    // A minute with the popup open: no second question (a return of polling would ask every 1.5 s).
    await vi.advanceTimersByTimeAsync(60_000);
    expect(api.found).toHaveBeenCalledTimes(1);
    push?.([{ id: 'bukayo-saka', kind: 'player', count: 2 }, { id: 'declan-rice', kind: 'player', count: 1 }], undefined);
    await vi.waitFor(() => expect(names()).toEqual(['Bukayo Saka', 'Declan Rice']));
    push?.([], 'Footnote could not read its dataset, so this page has no badges.');
    await vi.waitFor(() => expect(root.querySelector('[role=alert]')?.textContent).toMatch(/could not read/));
    await act(() => render(null, root));
    expect(unwatch).toHaveBeenCalled();
    root.remove();
  } finally {
    vi.useRealTimers();
  }
});
