import { afterEach, expect, test, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { SitesView } from '../../components/SitesView';
import { Options } from '../../components/Options';
import { defaultSites, type SitesState } from '../../lib/sites/sites';
import { DEFAULT_PREFS } from '../../lib/prefs';

let root: HTMLElement;
const mount = (node: preact.ComponentChild) => {
  root = document.createElement('div');
  document.body.append(root);
  render(node, root);
};
const tick = () => act(() => new Promise((r) => setTimeout(r, 0)));
afterEach(() => {
  render(null, root);
  root.remove();
});

test('adding a site says it waits for the browser, then how it ended', async () => {
  let grant!: (s: SitesState) => void;
  const add = vi.fn(() => new Promise<SitesState>((resolve) => (grant = resolve)));
  mount(<SitesView state={defaultSites()} api={{ add, enable: vi.fn(), remove: vi.fn(), reset: vi.fn(), pause: vi.fn() }} onChange={() => undefined} />);
  const input = root.querySelector<HTMLInputElement>('input[aria-label="Site to add"]')!;
  input.value = 'example.org';
  await act(() => void input.dispatchEvent(new Event('input', { bubbles: true })));
  await act(() => void root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true })));
  expect(add).toHaveBeenCalledWith('example.org');
  expect(root.querySelector('[role=status]')!.textContent).toBe('Waiting for your browser’s permission to read example.org…');
  expect(root.querySelector<HTMLButtonElement>('button[type=submit]')!.disabled).toBe(true);
  await act(async () => grant(defaultSites()));
  await tick();
  expect(root.querySelector('[role=status]')!.textContent).toBe('Footnote now runs on example.org.');
  expect(root.querySelector<HTMLButtonElement>('button[type=submit]')!.disabled).toBe(false);
});

test('the options page links to each of its sections', async () => {
  const never = () => new Promise<never>(() => undefined);
  mount(
    <Options
      api={{
        status: async () => ({ state: 'ready', active: { gen: 1, version: 1, asOf: '2026-10-01', source: 's', counts: { players: 0, clubs: 0, staff: 0, rumours: 0 }, installedAt: '2026-10-01T00:00:00Z', bundled: '0' } }),
        sites: async () => defaultSites(),
        sitesApi: { add: vi.fn(), enable: vi.fn(), remove: vi.fn(), reset: vi.fn(), pause: vi.fn() },
        prefs: async () => DEFAULT_PREFS,
        savePrefs: async () => undefined,
        sources: { layers: async () => [], removeLayer: never, readFile: never, addLayer: never, progress: async () => undefined, update: async () => ({}), setUpdateUrl: never, updateNow: never, confirmUpdate: never, declineUpdate: never },
      }}
      today="2026-12-01"
    />,
  );
  for (let i = 0; i < 10; i++) await tick();
  const links = [...root.querySelectorAll<HTMLAnchorElement>('nav a')];
  expect(links.map((a) => a.textContent)).toEqual(['Sites', 'Badges', 'Data', 'Sources']);
  for (const a of links) expect(root.querySelector(a.getAttribute('href')!), a.getAttribute('href')!).not.toBeNull();
});
