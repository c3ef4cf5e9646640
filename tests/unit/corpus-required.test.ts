import { afterEach, describe, expect, test, vi } from 'vitest';
import { missingShared } from './corpus-required';
import { at } from '../../lib/indexing';

describe('tests that read ../shared', () => {
  afterEach(() => vi.restoreAllMocks());

  test('run when it is there', () => {
    expect(missingShared('these tests', 'tests/unit', {})).toBe(false);
  });

  test('skip where it is absent, and print that they did and why', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(missingShared('the corpus checks', 'no/such/corpus', {})).toBe(true);
    expect(warn).toHaveBeenCalledOnce();
    expect(at(warn.mock.calls, 0)[0]).toMatch(/^skipped the corpus checks: .*no\/such\/corpus is not there .*FOOTNOTE_REQUIRE_CORPUS=1/);
  });

  test('fail where it is required (CI)', () => {
    expect(() => missingShared('the corpus checks', 'no/such/corpus', { FOOTNOTE_REQUIRE_CORPUS: '1' })).toThrow(
      /the corpus checks: .*no\/such\/corpus is missing, and FOOTNOTE_REQUIRE_CORPUS=1 says it must be there/,
    );
  });
});
