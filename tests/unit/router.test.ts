import { describe, expect, test } from 'vitest';
import { allowed } from '../../entrypoints/background/router';
import { parseMessage } from '../../lib/protocol';

const ORIGIN = 'chrome-extension://abc/';
const page = { url: `${ORIGIN}options.html` };
const contentScript = { url: 'https://www.bbc.co.uk/sport/x', tab: { index: 1 } };

describe('who may ask what', () => {
  test('content scripts ask only what a page needs', () => {
    for (const type of ['name-index', 'summaries', 'open-record', 'status'] as const) expect(allowed(type, contentScript, ORIGIN)).toBe(true);
    for (const type of ['site-add', 'sites-reset', 'layer-add', 'layer-remove', 'update-set-url', 'update-now'] as const) {
      expect(allowed(type, contentScript, ORIGIN)).toBe(false);
      expect(allowed(type, page, ORIGIN)).toBe(true);
    }
  });
  test('an extension page opened in a tab is still ours; a web page is not', () => {
    expect(allowed('site-add', { url: `${ORIGIN}options.html`, tab: { index: 3 } }, ORIGIN)).toBe(true);
    expect(allowed('site-add', { url: 'https://evil.example/', tab: { index: 0 } }, ORIGIN)).toBe(false);
  });
});

describe('parseMessage', () => {
  test.each([
    [{ type: 'search', query: 'kona' }, true],
    [{ type: 'search', query: 5 }, false],
    [{ type: 'record', id: 'ibrahima-konate' }, true],
    [{ type: 'record', id: '../../etc' }, false],
    [{ type: 'summaries', ids: Array(3000).fill('x') }, false],
    [{ type: 'site-enable', id: 'x', enabled: 'yes' }, false],
    [{ type: 'layer-add', label: 'x', dataset: null }, false],
    [{ type: 'update-now' }, true],
    [{ type: 'nope' }, false],
    [null, false],
  ])('%j → %s', (raw, ok) => expect(!!parseMessage(raw)).toBe(ok));
});
