import { describe, expect, test } from 'vitest';
import { contractStatus } from '../../lib/contract/status';
import { monthsBetween, addMonths, ageOn, isIsoDate } from '../../lib/dataset/dates';
import { isFresh, newestFirst } from '../../lib/contract/rumours';

const ASOF = '2026-02-05';

describe('date arithmetic', () => {
  test.each([
    ['2026-11-25', '2027-06-30', 7],
    ['2026-11-25', '2026-12-31', 1],
    ['2026-01-31', '2026-02-28', 1],
    ['2026-11-25', '2026-11-30', 0],
    ['2026-06-30', '2026-11-25', 4],
    ['2026-11-25', '2026-06-30', -4],
  ])('months from %s to %s: %i', (from, to, months) => expect(monthsBetween(from, to)).toBe(months));

  test('addMonths clamps to month ends', () => {
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2026-11-25', -12)).toBe('2025-11-25');
  });
  test('ages and dates', () => {
    expect(ageOn('1999-05-25', '2026-11-25')).toBe(27);
    expect(ageOn('1999-11-26', '2026-11-25')).toBe(26);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
  });
});

describe('contractStatus', () => {
  const today = '2026-11-25';
  test.each([
    ['a 30 June end seven months away', '2027-06-30', 'year', 'ends 30 June 2027, in 7 months'],
    ['a 31 December end just over a year away', '2027-12-31', 'long', 'ends 31 December 2027, in 13 months'],
    ['an end inside the Bosman window', '2027-05-25', 'bosman', 'ends 25 May 2027, in 6 months'],
    ['an end next month', '2026-12-31', 'bosman', 'ends 31 December 2026, in 1 month'],
    ['an end inside a year', '2027-10-31', 'year', 'ends 31 October 2027, in 11 months'],
  ])('%s', (_label, until, urgency, words) => {
    const s = contractStatus({ clubId: 'liverpool', contract: { until } }, ASOF, today);
    expect(s.urgency).toBe(urgency);
    expect(s.words.startsWith(words)).toBe(true);
    expect(s.stale).toBe(false);
  });

  test('the Bosman window is the last six months, counted from today', () => {
    expect(contractStatus({ clubId: 'x', contract: { until: '2027-05-25' } }, ASOF, today).urgency).toBe('bosman');
    expect(contractStatus({ clubId: 'x', contract: { until: '2027-05-26' } }, ASOF, today).urgency).toBe('year');
  });

  test('an end that passed after the data was gathered may have been renewed', () => {
    const s = contractStatus({ clubId: 'liverpool', contract: { until: '2026-06-30' } }, ASOF, today);
    expect(s).toMatchObject({ urgency: 'ended', stale: true, monthsLeft: -4 });
    expect(s.words).toBe('ended 30 June 2026 (data from 5 February 2026: may have been renewed)');
  });

  test('an end that passed before the data was gathered is a fact', () => {
    const s = contractStatus({ clubId: 'liverpool', contract: { until: '2025-06-30' } }, ASOF, today);
    expect(s).toMatchObject({ urgency: 'ended', stale: false });
    expect(s.words).toBe('ended 30 June 2025, 16 months ago');
  });

  test('a record’s own asOf beats the dataset’s', () => {
    const s = contractStatus({ clubId: 'x', contract: { until: '2026-06-30' }, asOf: '2026-08-01' }, ASOF, today);
    expect(s.stale).toBe(false);
  });

  test('free agents and unknown ends', () => {
    expect(contractStatus({ clubId: null }, ASOF, today).urgency).toBe('free');
    expect(contractStatus({ clubId: 'x' }, ASOF, today).urgency).toBe('unknown');
  });

  test('a loan’s end is not his contract’s end: the badge counts down the contract', () => {
    const player = { clubId: 'lyon', contract: { until: '2030-06-30' }, loan: { fromClubId: 'real-madrid', until: '2027-01-31' } };
    const s = contractStatus(player, ASOF, today);
    expect(s).toMatchObject({ urgency: 'long', until: '2030-06-30', monthsLeft: 43 });
  });
});

describe('rumours', () => {
  test('newest first and freshness', () => {
    const r = (id: string, date: string) => ({ id, playerId: 'p', date, status: 'interest' as const, source: { outlet: 'X' } });
    expect(newestFirst([r('a', '2025-12-15'), r('b', '2026-02-05'), r('c', '2026-02-03')]).map((x) => x.id)).toEqual(['b', 'c', 'a']);
    expect(isFresh(r('a', '2026-11-01'), '2026-11-25')).toBe(true);
    expect(isFresh(r('a', '2026-02-05'), '2026-11-25')).toBe(false);
  });
});
