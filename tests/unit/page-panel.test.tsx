import { expect, test } from 'vitest';
import { render } from 'preact';
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
