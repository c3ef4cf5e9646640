/**
 * Issue 20 in the options page: a shrinking update waits with its counts (finding 2), the import
 * limit is said before a file is picked and a larger one is not read (5), and work the browser cut
 * short is said in words with a way to run it again (7).
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { DataSourcesView, type DataSourcesApi } from '../../components/DataSourcesView';
import { isInterrupted } from '../../lib/messaging/interrupted';
import type { UpdateInfo } from '../../lib/protocol';
import { tinyDataset } from './fixtures';

const CHROME_CLOSED = 'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received';

function api(overrides: Partial<DataSourcesApi> = {}): DataSourcesApi {
  return {
    layers: async () => [{ id: 'url', kind: 'url', label: 'https://data.example/f.json', addedAt: '2026-03-01', asOf: '2026-03-01', counts: { players: 3, clubs: 1, rumours: 0 } }],
    removeLayer: vi.fn(async () => ({ words: 'players: 3 removed' })),
    readFile: vi.fn(),
    addLayer: vi.fn(),
    progress: async () => undefined,
    update: async () => ({ url: 'https://data.example/f.json' }),
    setUpdateUrl: vi.fn(),
    updateNow: vi.fn(async () => ({ url: 'https://data.example/f.json' })),
    confirmUpdate: vi.fn(async () => ({ url: 'https://data.example/f.json', lastWords: 'players: 2 removed' })),
    declineUpdate: vi.fn(async () => ({ url: 'https://data.example/f.json', lastWords: 'You declined the update; your data is unchanged' })),
    ...overrides,
  };
}

const flush = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));
async function until<T>(find: () => T | undefined | null): Promise<T> {
  for (let i = 0; i < 50; i++) {
    const found = find();
    if (found) return found;
    await flush();
  }
  throw new Error('never appeared');
}
let root: HTMLElement;
const mount = (a: DataSourcesApi) => {
  root = document.createElement('div');
  document.body.append(root);
  render(<DataSourcesView api={a} onChanged={() => {}} />, root);
};
const button = (name: RegExp) => [...root.querySelectorAll('button')].find((b) => name.test(b.getAttribute('aria-label') ?? b.textContent ?? ''));
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('2. an update that waits for the reader', () => {
  const waiting: UpdateInfo = {
    url: 'https://data.example/f.json',
    waiting: { url: 'https://data.example/f.json', asOf: '2026-03-02', fetchedAt: '2026-03-02T06:00:00Z', before: { players: 3, clubs: 1, staff: 0, rumours: 2 }, after: { players: 1, clubs: 1, staff: 0, rumours: 0 }, removed: 4 },
  };

  test('shows the counts now and after, and installs only when the reader says so', async () => {
    const a = api({ update: async () => waiting });
    mount(a);
    const notice = await until(() => root.querySelector('[data-testid=update-waiting]'));
    expect(notice.textContent).toMatch(/would remove 4 of the records it installed before\. It waits for you: nothing has changed yet/);
    const rows = [...notice.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(rows).toEqual([['Players', '3', '1'], ['Clubs', '1', '1'], ['Staff', '0', '0'], ['Rumours', '2', '0']]);
    expect(a.confirmUpdate).not.toHaveBeenCalled();
    await act(async () => button(/Install the smaller data/)!.click());
    await until(() => !root.querySelector('[data-testid=update-waiting]'));
    expect(a.confirmUpdate).toHaveBeenCalledTimes(1);
    expect(a.declineUpdate).not.toHaveBeenCalled();
  });

  test('"Keep my data" declines it', async () => {
    const a = api({ update: async () => waiting });
    mount(a);
    await until(() => button(/Keep my data/));
    await act(async () => button(/Keep my data/)!.click());
    await until(() => !root.querySelector('[data-testid=update-waiting]'));
    expect(a.declineUpdate).toHaveBeenCalledTimes(1);
    expect(a.confirmUpdate).not.toHaveBeenCalled();
  });
});

describe('5. the import size limit', () => {
  test('is said before a file is picked, and a larger file is refused without being read', async () => {
    const a = api();
    mount(a);
    const input = await until(() => root.querySelector<HTMLInputElement>('input[type=file]'));
    expect(input.closest('label')!.textContent).toMatch(/up to 50\.0 MB/);
    const big = new File(['{}'], 'huge.json');
    Object.defineProperty(big, 'size', { value: 63 * 1024 * 1024 });
    Object.defineProperty(input, 'files', { value: [big], configurable: true });
    await act(async () => void input.dispatchEvent(new Event("change", { bubbles: true })));
    expect((await until(() => root.querySelector('[role=alert]'))).textContent).toBe('huge.json is 63.0 MB; Footnote imports files up to 50.0 MB. Nothing was imported; your data is unchanged.');
    expect(a.readFile).not.toHaveBeenCalled();
  });
});

describe('7. work the browser cut short', () => {
  test.each([
    [CHROME_CLOSED, true],
    ['The message port closed before a response was received.', true],
    ['Could not establish connection. Receiving end does not exist.', true],
    ['Promised response from onMessage listener went out of scope', true],
    ['Footnote’s background did not answer', true],
    ['The dataset is not valid: players[0].id is missing', false],
    ['There is not enough disk space for the data', false],
  ])('%s → interrupted: %s', (message, expected) => {
    expect(isInterrupted(new Error(message))).toBe(expected);
  });

  test('"Update now" cut short: said in words, with "Run it again"', async () => {
    let calls = 0;
    const a = api({ updateNow: vi.fn(async () => (++calls === 1 ? Promise.reject(new Error(CHROME_CLOSED)) : { url: 'https://data.example/f.json', lastWords: 'players: 1 added' })) });
    mount(a);
    const updateNow = await until(() => button(/Update now/));
    await act(async () => updateNow.click());
    const alert = await until(() => root.querySelector('[role=alert]'));
    expect(alert.querySelector('p')!.textContent).toBe('The update was interrupted; your data is unchanged.');
    expect(alert.textContent).not.toMatch(/message channel/);
    await act(async () => button(/Run it again/)!.click());
    await until(() => !root.querySelector('[role=alert]'));
    expect(a.updateNow).toHaveBeenCalledTimes(2);
  });

  test('an import and a removal cut short are said the same way, and run again', async () => {
    const read = { dataset: tinyDataset(), notes: [], kind: 'json' as const };
    let adds = 0;
    const a = api({
      readFile: vi.fn(async () => read),
      addLayer: vi.fn(async () => (++adds === 1 ? Promise.reject(new Error(CHROME_CLOSED)) : { words: 'players: 2 added' })),
      removeLayer: vi.fn(async () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'))),
    });
    mount(a);
    const input = await until(() => root.querySelector<HTMLInputElement>('input[type=file]'));
    Object.defineProperty(input, 'files', { value: [new File(['{}'], 'mine.json')], configurable: true });
    await act(async () => void input.dispatchEvent(new Event("change", { bubbles: true })));
    expect((await until(() => root.querySelector('[role=alert] p')))!.textContent).toBe('Importing mine.json was interrupted; your data is unchanged.');
    await act(async () => button(/Run it again/)!.click());
    expect((await until(() => root.querySelector('p.result')))!.textContent).toMatch(/Imported mine\.json/);
    expect(a.readFile).toHaveBeenCalledTimes(1);
    expect(a.addLayer).toHaveBeenCalledTimes(2);

    await act(async () => button(/Remove https/)!.click());
    expect((await until(() => root.querySelector('[role=alert] p')))!.textContent).toBe('Removing https://data.example/f.json was interrupted; your data is unchanged.');
  });

  test('a refusal is still said as the background said it', async () => {
    mount(api({ updateNow: async () => Promise.reject(new Error('No update address is set')) }));
    const updateNow = await until(() => button(/Update now/));
    await act(async () => updateNow.click());
    expect((await until(() => root.querySelector('[role=alert]'))).textContent).toBe('The update did not run: No update address is set. Your data is unchanged.');
    expect(button(/Run it again/)).toBeUndefined();
  });
});
