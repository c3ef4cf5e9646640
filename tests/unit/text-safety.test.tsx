/**
 * Issue 20, findings 8 and 9: data text cannot pass for Footnote's words or a link Footnote would
 * not follow. The validator refuses bidi controls, over-long text and non-web links with their
 * path; the popup and the card check links again and isolate data text.
 */
import { describe, expect, test } from 'vitest';
import { render } from 'preact';
import { validateDataset } from '../../lib/dataset/validate';
import { isWebUrl, stripBidiControls, TEXT_LIMITS } from '../../lib/dataset/text-safety';
import { RecordView } from '../../components/RecordView';
import { Card } from '../../components/Card';
import type { FullRecord } from '../../lib/protocol';
import { DataService } from '../../entrypoints/background/data';
import { tinyDataset } from './fixtures';
import { at } from '../../lib/indexing';

const problemsOf = (mutate: (d: ReturnType<typeof tinyDataset>) => void) => {
  const d = tinyDataset();
  mutate(d);
  const v = validateDataset(d);
  return v.ok ? [] : v.problems;
};

describe('8. source links are http(s) only', () => {
  test.each(['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', 'chrome://settings', 'not a url'])('the validator refuses %s with its path', (url) => {
    expect(problemsOf((d) => (at(d.rumours ?? [], 0).source.url = url))).toEqual([expect.stringMatching(/^rumours\[0\]\.source\.url: .* is not an http\(s\) address$/)]);
  });
  test('web addresses pass', () => {
    expect(problemsOf((d) => (at(d.rumours ?? [], 0).source.url = 'https://www.example.org/story?id=1'))).toEqual([]);
    expect(problemsOf((d) => (at(d.rumours ?? [], 1).source.url = 'http://example.org/'))).toEqual([]);
    expect(isWebUrl('https://x.example/')).toBe(true);
    expect(isWebUrl('javascript:void 0')).toBe(false);
  });

  test('the popup makes no link of an address that is not a web page, even if one reached the store', () => {
    const d = tinyDataset();
    const record: FullRecord = {
      id: 'ibrahima-konate', kind: 'player', name: 'Ibrahima Konaté', asOf: d.asOf, player: d.players[0], clubName: 'Liverpool',
      rumourCount: 2, latestRumours: [],
      rumours: [
        { ...at(d.rumours ?? [], 0), source: { outlet: 'Bad Outlet', url: 'javascript:alert(document.domain)' } },
        { ...at(d.rumours ?? [], 1), source: { outlet: 'Good Outlet', url: 'https://example.org/story' } },
      ],
    };
    const root = document.createElement('div');
    render(<RecordView record={record} today="2026-12-01" />, root);
    const links = [...root.querySelectorAll('a')];
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([['Good Outlet', 'https://example.org/story']]);
    expect(root.textContent).toContain('Bad Outlet');
  });
});

describe('9. bidi controls, length limits, isolation', () => {
  test.each(['202A', '202B', '202C', '202D', '202E', '2066', '2067', '2068', '2069'])('U+%s is refused with its path wherever it is', (code) => {
    const control = String.fromCodePoint(parseInt(code, 16));
    expect(problemsOf((d) => (at(d.clubs, 0).name = `Liverpool${control} FC`))).toEqual([`clubs[0].name: contains the bidirectional control U+${code}, which can make text read in another order; remove it`]);
    expect(problemsOf((d) => (at(d.players, 1).aliases = ['ok', `x${control}`]))[0]).toMatch(/^players\[1\]\.aliases\[1\]: contains the bidirectional control/);
    expect(problemsOf((d) => (at(d.rumours ?? [], 0).source.author = control))[0]).toMatch(/^rumours\[0\]\.source\.author: /);
    // Unknown fields are kept, so they are checked too.
    expect(problemsOf((d) => Object.assign(at(d.staff ?? [], 0), { note: control }))[0]).toMatch(/^staff\[0\]\.note: /);
  });

  test('right-to-left names without controls are fine (Arabic, Hebrew), and so are the marks U+200E/F', () => {
    expect(problemsOf((d) => (at(d.players, 0).aliases = ['إبراهيما كوناتي', 'איברהימה', 'Kona\u200Fté']))).toEqual([]);
  });

  test('every field has a length limit', () => {
    expect(problemsOf((d) => (at(d.clubs, 1).name = 'x'.repeat(10_000)))).toEqual([`clubs[1].name: is 10000 characters long; the limit is ${TEXT_LIMITS.name}`]);
    expect(problemsOf((d) => (at(d.rumours ?? [], 0).summary = 'y'.repeat(TEXT_LIMITS.summary)))).toEqual([]);
    expect(problemsOf((d) => (at(d.rumours ?? [], 0).summary = 'y'.repeat(TEXT_LIMITS.summary + 1)))[0]).toMatch(/^rumours\[0\]\.summary: is 2001 characters long; the limit is 2000$/);
    expect(problemsOf((d) => (d.source = 's'.repeat(5000)))[0]).toMatch(/^source: is 5000 characters long/);
    expect(problemsOf((d) => Object.assign(d, { extra: 'e'.repeat(TEXT_LIMITS.other + 1) }))[0]).toMatch(/^extra: is 2001 characters long/);
  });

  test('a file name loses its bidi controls before it becomes a label', async () => {
    expect(stripBidiControls('players\u202Enosj.csv')).toBe('playersnosj.csv');
    const data = new DataService();
    await data.addFile('players\u202Enosj.csv', tinyDataset());
    expect((await data.layers()).map((l) => l.label)).toContain('playersnosj.csv');
  });

  test('the card and the record show data text in <bdi>, so it cannot reorder the words around it', () => {
    const d = tinyDataset();
    const summary = { id: 'ibrahima-konate', kind: 'player' as const, name: 'إبراهيما', asOf: d.asOf, player: d.players[0], clubName: 'נבחרת', rumourCount: 1, latestRumours: [{ ...at(d.rumours ?? [], 0), clubName: 'ريال' }] };
    const root = document.createElement('div');
    render(<Card summary={summary} today="2026-12-01" onFullRecord={() => {}} onClose={() => {}} />, root);
    const isolated = [...root.querySelectorAll('bdi')].map((b) => b.textContent);
    expect(isolated).toEqual(expect.arrayContaining(['إبراهيما', 'נבחרת', 'Centre-Back', 'ريال', 'ESPN', 'Rodra']));
    // Footnote's own words stay outside the isolates.
    expect(isolated.some((t) => /Full record|Data as of|Latest rumours/.test(t ?? ''))).toBe(false);
    render(<RecordView record={{ ...summary, rumours: summary.latestRumours }} today="2026-12-01" />, root);
    expect([...root.querySelectorAll('h2 bdi, dd bdi, .rumour bdi')].map((b) => b.textContent)).toEqual(expect.arrayContaining(['إبراهيما', 'נבחרת', 'France', 'ريال']));
  });
});
