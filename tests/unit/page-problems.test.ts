/** A page's problem crosses to the popup as a code; the popup has the words (lib/page-problems.ts). */
import { expect, test } from 'vitest';
import { PAGE_PROBLEMS, problemText } from '../../lib/page-problems';
import { parseFoundPush } from '../../lib/tab-protocol';

test('each code has its words, telling the reader what to do; anything else has none', () => {
  for (const code of Object.keys(PAGE_PROBLEMS)) expect(problemText(code)).toMatch(/^Footnote.*Reload the page to try again\.$/);
  expect(problemText('toString')).toBeUndefined();
  expect(problemText('Footnote could not read its dataset')).toBeUndefined();
  expect(problemText(undefined)).toBeUndefined();
});

test("a page's push keeps a known code and drops anything else", () => {
  expect(parseFoundPush({ type: 'cs-popup-found', found: [], problem: 'writer' })?.problem).toBe('writer');
  expect(parseFoundPush({ type: 'cs-popup-found', found: [], problem: '<img src=x>' })).toEqual({ type: 'cs-popup-found', found: [] });
});
