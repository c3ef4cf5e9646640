/** Failures the reader must hear about, and loops that must stop: the options page and the popup's page panel. */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { Options, type OptionsApi } from '../../components/Options';
import { PagePanel } from '../../components/PagePanel';
import type { PageApi } from '../../lib/messaging/page-api';
import { DEFAULT_PREFS } from '../../lib/prefs';
import { defaultSites } from '../../lib/sites/sites';
import type { DataMeta, LayerInfo, TabStatus } from '../../lib/protocol';

const META: DataMeta = { gen: 1, version: 1, asOf: '2026-02-05', source: 'test', counts: { players: 1, clubs: 1, staff: 0, rumours: 0 }, installedAt: '2026-02-06T10:00:00Z', bundled: '0.1.0' };
const FILE_LAYER: LayerInfo = { id: 'file-1', kind: 'file', label: 'mine.json', addedAt: '2026-03-01', asOf: '2026-03-01', counts: { players: 1, clubs: 1, rumours: 0 } };

function optionsApi(overrides: Partial<OptionsApi['sources']> = {}, status: OptionsApi['status'] = async () => ({ state: 'ready', active: META })): OptionsApi {
  return {
    status,
    sites: async () => defaultSites(),
    sitesApi: { add: vi.fn(), enable: vi.fn(), remove: vi.fn(), reset: vi.fn(), pause: vi.fn() },
    prefs: async () => DEFAULT_PREFS,
    savePrefs: async () => undefined,
    sources: {
      layers: async () => [FILE_LAYER],
      removeLayer: async () => ({ words: 'nothing changed' }),
      readFile: vi.fn(),
      addLayer: vi.fn(),
      progress: async () => undefined,
      update: async () => ({}),
      setUpdateUrl: vi.fn(),
      updateNow: async () => ({}),
      confirmUpdate: vi.fn(),
      declineUpdate: vi.fn(),
      ...overrides,
    },
  };
}

const flush = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));
/** Lets effects and replies land until `find` finds something (or gives up). */
async function until<T>(find: () => T | undefined | null): Promise<T> {
  for (let i = 0; i < 50; i++) {
    const found = find();
    if (found) return found;
    await flush();
  }
  throw new Error('never appeared');
}
let root: HTMLElement;
function mount(node: preact.ComponentChild) {
  root = document.createElement('div');
  document.body.append(root);
  render(node, root);
}
const button = (name: RegExp) => [...root.querySelectorAll('button')].find((b) => name.test(b.getAttribute('aria-label') ?? b.textContent ?? ''));

afterEach(() => {
  render(null, root);
  root.remove();
  vi.useRealTimers();
});

describe('the options page says what failed', () => {
  test('a layer that cannot be removed', async () => {
    mount(<Options api={optionsApi({ removeLayer: async () => Promise.reject(new Error('the database is closed')) })} today="2026-12-01" />);
    const remove = await until(() => button(/Remove mine\.json/));
    await act(async () => remove.click());
    expect((await until(() => root.querySelector('[role=alert]')))?.textContent).toBe('Could not remove mine.json: the database is closed. Your data is unchanged.');
  });

  test('an update that could not run', async () => {
    mount(<Options api={optionsApi({ update: async () => ({ url: 'https://example.org/d.json' }), updateNow: async () => Promise.reject(new Error('the background restarted')) })} today="2026-12-01" />);
    const update = await until(() => button(/Update now/));
    await act(async () => update.click());
    expect((await until(() => root.querySelector('[role=alert]')))?.textContent).toBe('The update did not run: the background restarted. Your data is unchanged.');
  });

  test('its status poll stops when the page goes, however many renders started one', async () => {
    vi.useFakeTimers();
    const status = vi.fn(async () => ({ state: 'installing' as const, active: META, progress: 0.5 }));
    mount(<Options api={optionsApi({}, status)} today="2026-12-01" />);
    await act(async () => void (await vi.advanceTimersByTimeAsync(700)));
    // A source removed: the page polls again from a later render.
    await act(async () => button(/Remove mine\.json/)!.click());
    await act(async () => void (await vi.advanceTimersByTimeAsync(700)));
    render(null, root);
    const calls = status.mock.calls.length;
    await vi.advanceTimersByTimeAsync(3000);
    expect(status.mock.calls.length).toBe(calls);
  });
});

describe('the popup’s page panel', () => {
  const TAB: TabStatus = { url: 'https://example.org/a', siteId: 'example.org', tracked: false, paused: false };
  test('a pause the background refuses is said, and the switch shows the truth', async () => {
    const api: PageApi = {
      status: async () => TAB,
      found: async () => [],
      summaries: async () => [],
      setTracked: async () => TAB,
      setPaused: async () => Promise.reject(new Error('storage is full')),
    };
    mount(<PagePanel api={api} today="2026-12-01" onOpen={() => undefined} />);
    const pause = (await until(() => [...root.querySelectorAll('label')].find((l) => /Pause everywhere/.test(l.textContent!))))!.querySelector('input')!;
    await act(async () => {
      pause.checked = true;
      pause.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect((await until(() => root.querySelector('[role=alert]')))?.textContent).toBe('storage is full');
    expect(pause.checked).toBe(false);
    expect(root.textContent).toContain('Run on this site');
  });
});
