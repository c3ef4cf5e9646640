/**
 * One date format in the popup and the options page: the reader's locale, through
 * components/format.ts. The page components call it; no date in them is written another way.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { render } from 'preact';
import { formatDay, formatMoment } from '../../components/format';
import { DataStatusView } from '../../components/DataStatusView';
import { DataSourcesView } from '../../components/DataSourcesView';

let root: HTMLElement | undefined;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
});

describe('the date format', () => {
  test.each([
    ['en-GB', '5 Feb 2026'],
    ['en-US', 'Feb 5, 2026'],
    ['de-DE', '5. Feb. 2026'],
  ])('%s: %s', (locale, expected) => expect(formatDay('2026-02-05', locale)).toBe(expected));

  test('a calendar day is never moved by the time zone, and a timestamp\'s day reads the same way', () => {
    expect(formatDay('2026-12-31T23:59:00Z', 'en-GB')).toBe('31 Dec 2026');
    expect(formatMoment('2026-02-05T10:30:00Z', 'en-GB')).toMatch(/^5 Feb 2026, \d{1,2}:\d{2}/);
    expect(formatMoment('not a time', 'en-GB')).toBe('not a time');
  });

  test('the status shows its as-of day and its install time in that one format', () => {
    root = document.createElement('div');
    document.body.append(root);
    const installedAt = '2026-10-01T08:00:00Z';
    render(<DataStatusView today="2026-12-01" status={{ state: 'ready', active: { gen: 1, version: 1, asOf: '2026-10-01', source: 's', counts: { players: 1, clubs: 1, staff: 0, rumours: 0 }, installedAt, bundled: '0' } }} />, root);
    expect(root.textContent).toContain(formatDay('2026-10-01'));
    expect(root.textContent).toContain(formatMoment(installedAt));
    expect(root.textContent).not.toMatch(/\d+\/\d+\/\d{4}/);
  });

  test('no popup or options component formats a date its own way', () => {
    const dir = 'components';
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.tsx') && f !== 'Card.tsx')) {
      const code = readFileSync(`${dir}/${file}`, 'utf8');
      expect(code, file).not.toMatch(/toLocale(Date|Time)?String|formatDate\(|new Intl\.DateTimeFormat/);
    }
  });
});

test('the update address field is a URL field, and the browser\'s own check is left to Footnote\'s messages', async () => {
  root = document.createElement('div');
  document.body.append(root);
  const never = () => new Promise<never>(() => undefined);
  render(<DataSourcesView api={{ layers: async () => [], removeLayer: never, readFile: never, addLayer: never, progress: async () => undefined, update: async () => ({}), setUpdateUrl: vi.fn(), updateNow: never, confirmUpdate: never, declineUpdate: never }} onChanged={() => undefined} />, root);
  await vi.waitFor(() => expect(root?.querySelector('input[aria-label="Dataset update address"]')).not.toBeNull());
  const input = root.querySelector<HTMLInputElement>('input[aria-label="Dataset update address"]');
  expect(input?.type).toBe('url');
  expect(input?.form?.noValidate).toBe(true);
});
