/** The options page's one-click source and the record's completed transfers, in the DOM. */
import { afterEach, expect, test, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { UpstreamSourceView, type UpstreamApi } from '../../components/UpstreamSourceView';
import { RecordView } from '../../components/RecordView';
import { feeWords, formatDay } from '../../components/format';
import type { FullRecord, UpstreamInfo } from '../../lib/protocol';

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});
const mount = async (node: preact.ComponentChild) => {
  root = document.createElement('div');
  document.body.append(root);
  await act(() => void render(node, root));
};
const flush = () => act(() => new Promise((r) => setTimeout(r, 0)));
const button = (name: RegExp) => [...root.querySelectorAll('button')].find((b) => name.test(b.textContent ?? ''));

test('one click switches the source on; the snapshot date, the stale notice and skipped rows are shown in words', async () => {
  const installed: UpstreamInfo = {
    enabled: true, snapshot: '2026-07-11', stale: 'The source has not changed since 11 July 2026', lastSuccess: '2026-12-01T10:00:00Z',
    lastWords: 'players: 4 added', notes: ['players.csv line 7: skipped: player_id "x" is not a number'], noteCount: 1,
  };
  const api: UpstreamApi = { get: vi.fn(async () => ({})), enable: vi.fn(async () => installed), now: vi.fn(async () => installed) };
  const run = vi.fn((_label: string, work: () => Promise<UpstreamInfo>) => work());
  await mount(<UpstreamSourceView api={api} run={run} />);
  await flush();
  expect(root.querySelector('[data-testid="upstream-snapshot"]')).toBeNull();
  button(/^Use transfermarkt-datasets \(CC0, updated weekly upstream\)$/)?.click();
  await flush();
  expect(api.enable).toHaveBeenCalledOnce();
  expect(root.querySelector('[data-testid="upstream-snapshot"]')?.textContent).toBe(formatDay('2026-07-11'));
  expect(root.querySelector('[data-testid="upstream-stale"]')?.textContent).toMatch(/^The source has not changed since 11 July 2026/);
  expect(root.querySelector('details')?.textContent).toContain('1 row left out');
  expect(root.querySelector('details')?.textContent).toContain('players.csv line 7');
  // Switched on, it offers a check (forced when "even if older" is ticked).
  (root.querySelector('input[type=checkbox]') as HTMLInputElement).click();
  await flush();
  button(/^Check now$/)?.click();
  await flush();
  expect(api.now).toHaveBeenCalledWith(true);
});

test('an error is said with the data unchanged', async () => {
  const api: UpstreamApi = { get: async () => ({ enabled: true, lastError: "The source's snapshot (30 August 2025) is older than the one installed (11 July 2026)" }), enable: vi.fn(), now: vi.fn() };
  await mount(<UpstreamSourceView api={api} run={(_l, w) => w()} />);
  await flush();
  expect(root.querySelector('[data-testid="upstream-error"]')?.textContent).toBe("The source's snapshot (30 August 2025) is older than the one installed (11 July 2026). The data you had is unchanged.");
});

test('fees in words: 0 may be a loan or a free transfer', () => {
  expect(feeWords(0)).toBe('free, loan or undisclosed');
  expect(feeWords(undefined)).toBe('fee not given');
  expect(feeWords(12_500_000)).toBe('€12.5m');
  expect(feeWords(40_000_000)).toBe('€40m');
  expect(feeWords(750_000)).toBe('€750k');
});

test("a player's record lists his completed transfers beside the rumours, and marks them on the timeline", async () => {
  const record: FullRecord = {
    id: 'p', kind: 'player', name: 'Aurelio Quennell', asOf: '2026-07-11', rumourCount: 1, latestRumours: [],
    player: { id: 'p', name: 'Aurelio Quennell', clubId: 'h' }, clubName: 'Harrowgate Rovers',
    rumours: [{ id: 'r', playerId: 'p', date: '2024-05-01', status: 'interest', source: { outlet: 'Example Post' } }],
    transfers: [
      { id: 't2', playerId: 'p', date: '2025-08-30', from: { name: 'Harrowgate Rovers' }, to: { name: 'Kestrel Vale Athletic' }, fee: 0 },
      { id: 't1', playerId: 'p', date: '2024-07-01', from: { name: 'Dunmore Wanderers' }, to: { name: 'Harrowgate Rovers' }, fee: 12_500_000 },
    ],
  };
  await mount(<RecordView record={record} today="2026-12-01" />);
  const items = [...root.querySelectorAll('.transfers li')].map((li) => li.textContent);
  expect(items).toEqual([
    `${formatDay('2025-08-30')} · Harrowgate Rovers → Kestrel Vale Athletic · free, loan or undisclosed`,
    `${formatDay('2024-07-01')} · Dunmore Wanderers → Harrowgate Rovers · €12.5m`,
  ]);
  expect(root.textContent).toContain('Completed transfers (2)');
  expect(root.querySelectorAll('.timeline__move')).toHaveLength(2);
  expect(root.querySelectorAll('.timeline__dot')).toHaveLength(1);
});
