import { expect, test } from 'vitest';
import { RewriteBackoff } from '../../lib/page/rewrite-backoff';

const rules = { windowMs: 2000, free: 4, firstWaitMs: 1000, maxWaitMs: 60_000 };

test('a few quick rewrites are followed; past them the waits double, up to the cap', () => {
  const b = new RewriteBackoff(rules);
  const block = {};
  let t = 0;
  for (let i = 0; i < 4; i++) expect(b.rewritten(block, (t += 10))).toBeUndefined();
  const waits: number[] = [];
  for (let round = 0; round < 9; round++) {
    const wait = b.rewritten(block, (t += 10))!;
    waits.push(wait);
    // The page keeps at it while the block waits.
    expect(b.rewritten(block, (t += 10))).toBe(0);
    t += wait;
    expect(b.release(block, t)).toBe(true);
  }
  expect(waits).toEqual([1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000]);
});

test('rewrites far apart are never held back', () => {
  const b = new RewriteBackoff(rules);
  const block = {};
  for (let t = 0; t < 100_000; t += 2500) expect(b.rewritten(block, t)).toBeUndefined();
});
