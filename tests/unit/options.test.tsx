import { afterEach, expect, test, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { SitesView } from '../../components/SitesView';
import { Options } from '../../components/Options';
import { LearnedView, LEARNING_SENTENCE } from '../../components/LearnedView';
import { defaultSites, type SitesState } from '../../lib/sites/sites';
import { DEFAULT_PREFS } from '../../lib/prefs';
import { formatDay } from '../../components/format';

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
        learned: { summary: async () => ({ entries: 0, sightings: 0, oldest: null, sites: [] }), forget: never, sites: async () => [], setSite: never, exportFile: never, save: () => undefined, importFile: never },
      }}
      today="2026-12-01"
    />,
  );
  for (let i = 0; i < 10; i++) await tick();
  const links = [...root.querySelectorAll<HTMLAnchorElement>('nav a')];
  expect(links.map((a) => a.textContent)).toEqual(['Sites', 'Badges', 'Data', 'Sources', 'Learned']);
  for (const a of links) expect(root.querySelector(a.getAttribute('href')!), a.getAttribute('href')!).not.toBeNull();
});

test('"What Footnote learned" shows what is stored, forgets with a count, exports without addresses when asked, switches a site', async () => {
  let stored = { entries: 3, sightings: 5, oldest: '2026-10-02', sites: [{ site: 'a.example', sightings: 4 }, { site: 'b.example', sightings: 1 }] };
  const forget = vi.fn(async (site?: string) => {
    const forgot = site ? 1 : stored.entries;
    stored = site ? { ...stored, entries: 2, sites: stored.sites.filter((s) => s.site !== site) } : { entries: 0, sightings: 0, oldest: null as unknown as string, sites: [] };
    return { forgot };
  });
  const exportFile = vi.fn(async (addresses: boolean) => ({ addresses }) as never);
  const save = vi.fn();
  const setSite = vi.fn(async (id: string, learn: boolean | null) => [{ id, tracked: true, learn: learn ?? true, chosen: learn !== null }]);
  mount(<LearnedView today="2026-12-01" api={{ summary: async () => stored, forget, sites: async () => [{ id: 'a.example', tracked: true, learn: true, chosen: false }], setSite, exportFile, save, importFile: vi.fn() }} />);
  for (let i = 0; i < 5; i++) await tick();
  const facts = root.querySelector('[data-testid=learned-summary]')!;
  expect(facts.querySelector('[data-count=entries]')!.textContent).toBe('3');
  expect(facts.querySelector('[data-count=sightings]')!.textContent).toBe('5');
  expect(facts.textContent).toContain(formatDay('2026-10-02'));
  expect(root.textContent).toContain(LEARNING_SENTENCE);

  await act(() => root.querySelector<HTMLButtonElement>('button[aria-label="Forget what was read on b.example"]')!.click());
  for (let i = 0; i < 5; i++) await tick();
  expect(forget).toHaveBeenCalledWith('b.example');
  expect(root.querySelector('[role=status]')!.textContent).toBe('Forgot 1 rumour read only on b.example.');
  expect(root.querySelector('[data-learned-site="b.example"]')).toBeNull();

  const leaveOut = [...root.querySelectorAll('label')].find((l) => l.textContent!.includes('Leave the page addresses out'))!.querySelector('input')!;
  await act(() => leaveOut.click());
  const exportButton = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Export learned rumours')!;
  await act(() => exportButton.click());
  for (let i = 0; i < 5; i++) await tick();
  expect(exportFile).toHaveBeenCalledWith(false);
  expect(save).toHaveBeenCalledWith({ addresses: false }, 'footnote-rumours-2026-12-01.json');

  const learnHere = root.querySelector<HTMLInputElement>('input[aria-label="Learn on a.example"]')!;
  expect(learnHere.checked).toBe(true);
  await act(() => learnHere.click());
  for (let i = 0; i < 3; i++) await tick();
  expect(setSite).toHaveBeenCalledWith('a.example', false);

  await act(() => [...root.querySelectorAll('button')].find((b) => b.textContent === 'Forget what Footnote learned')!.click());
  for (let i = 0; i < 5; i++) await tick();
  expect(root.querySelector('[role=status]')!.textContent).toBe('Forgot 2 rumours.');
  expect(root.querySelector('[data-count=entries]')!.textContent).toBe('0');
});
