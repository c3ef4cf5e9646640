/**
 * What a reader is told about a contract and its rumours: the urgency a badge is coloured by,
 * its boundaries, and the sentence a screen reader speaks. "Today" is pinned.
 */
import { describe, expect, test } from 'vitest';
import { contractStatus, loanWords, optionWords } from '../../lib/contract/status';
import { isFresh, newestFirst } from '../../lib/contract/rumours';
import type { Rumour } from '../../lib/dataset/types';

const TODAY = '2026-11-25';
const ASOF = '2026-02-05';
const status = (until: string, asOf?: string) => contractStatus({ clubId: 'x', contract: { until }, ...(asOf ? { asOf } : {}) }, ASOF, TODAY);

describe('urgency boundaries, counted from today', () => {
  test.each([
    ['ends today', '2026-11-25', 'bosman'],
    ['ended yesterday', '2026-11-24', 'ended'],
    ['the last day of the six months', '2027-05-25', 'bosman'],
    ['a day past six months', '2027-05-26', 'year'],
    ['a year to the day', '2027-11-25', 'year'],
    ['a day past a year', '2027-11-26', 'long'],
  ])('%s (%s): %s', (_label, until, urgency) => expect(status(until).urgency).toBe(urgency));
});

describe('the words', () => {
  test.each([
    ['2026-12-20', 'ends 20 December 2026, in less than a month (last six months: free to talk to clubs abroad)'],
    ['2026-12-31', 'ends 31 December 2026, in 1 month (last six months: free to talk to clubs abroad)'],
    ['2027-05-25', 'ends 25 May 2027, in 6 months (last six months: free to talk to clubs abroad)'],
    ['2027-06-30', 'ends 30 June 2027, in 7 months'],
    ['2029-06-30', 'ends 30 June 2029, in 31 months'],
  ])('a contract ending %s', (until, words) => expect(status(until).words).toBe(words));

  // The record's own asOf is after these ends, so each ended before the data was gathered: a fact, with its age.
  test.each([
    ['2026-11-01', 'ended 1 November 2026, less than a month ago'],
    ['2026-10-20', 'ended 20 October 2026, 1 month ago'],
    ['2024-12-01', 'ended 1 December 2024, 23 months ago'],
    ['2024-11-25', 'ended 25 November 2024, 2 years ago'],
    ['2021-06-30', 'ended 30 June 2021, 5 years ago'],
  ])('an end on %s, known when the data was gathered', (until, words) => {
    expect(status(until, '2026-11-24')).toMatchObject({ urgency: 'ended', stale: false, words });
  });

  test('months left, and months since an end', () => {
    expect(status('2027-06-30').monthsLeft).toBe(7);
    expect(status('2026-12-20').monthsLeft).toBe(0);
    expect(status('2025-12-31').monthsLeft).toBe(-10);
    expect(status('2027-06-30').until).toBe('2027-06-30');
  });

  test('an end on the very day the data was gathered may have been renewed; one the day before may not', () => {
    expect(status('2026-02-05')).toMatchObject({ stale: true, words: 'ended 5 February 2026 (data from 5 February 2026: may have been renewed)' });
    expect(status('2026-02-04')).toMatchObject({ stale: false, words: 'ended 4 February 2026, 9 months ago' });
  });

  test('free agents: as of the record’s date, else the dataset’s', () => {
    expect(contractStatus({ clubId: null }, ASOF, TODAY)).toEqual({ urgency: 'free', stale: false, words: 'free agent (as of 5 February 2026)' });
    expect(contractStatus({ clubId: null, asOf: '2026-08-01' }, ASOF, TODAY).words).toBe('free agent (as of 1 August 2026)');
  });

  test('no end date: unknown, said plainly', () => {
    expect(contractStatus({ clubId: 'x' }, ASOF, TODAY)).toEqual({ urgency: 'unknown', stale: false, words: 'contract end not known' });
    expect(contractStatus({ clubId: 'x', contract: { since: '2024-07-01' } }, ASOF, TODAY).urgency).toBe('unknown');
  });

  test('a player with no club field at all still has his contract read', () => {
    expect(contractStatus({ contract: { until: '2027-06-30' } }, ASOF, TODAY).urgency).toBe('year');
  });
});

describe('options and loans in words', () => {
  test.each([
    ['club', 'club option to extend'],
    ['player', 'player option to extend'],
    ['mutual', 'mutual option to extend'],
    ['none', 'no option to extend'],
    ['unknown', undefined],
  ] as const)('option %s', (option, words) => expect(optionWords({ until: '2027-06-30', option })).toBe(words));

  test('no contract, no option words', () => {
    expect(optionWords(undefined)).toBeUndefined();
    expect(optionWords({ until: '2027-06-30' })).toBeUndefined();
  });

  test('a loan names the parent club, and its end when known', () => {
    const name = (id: string) => (id === 'real-madrid' ? 'Real Madrid' : '?');
    expect(loanWords({ fromClubId: 'real-madrid', until: '2026-06-30' }, name)).toBe('on loan from Real Madrid until 30 Jun 2026');
    expect(loanWords({ fromClubId: 'real-madrid' }, name)).toBe('on loan from Real Madrid');
    expect(loanWords(undefined, name)).toBeUndefined();
  });
});

describe('rumours', () => {
  const r = (id: string, date: string): Rumour => ({ id, playerId: 'p', date, status: 'interest', source: { outlet: 'X' } });

  test('newest first; one day’s rumours in id order; the list given is left as it was', () => {
    const given = [r('b', '2026-01-01'), r('c', '2026-02-01'), r('a', '2026-01-01'), r('d', '2025-12-31')];
    expect(newestFirst(given).map((x) => x.id)).toEqual(['c', 'a', 'b', 'd']);
    expect(given.map((x) => x.id)).toEqual(['b', 'c', 'a', 'd']);
  });

  test.each([
    ['today', '2026-11-25', true],
    ['30 days ago', '2026-10-26', true],
    ['31 days ago', '2026-10-25', false],
    ['dated tomorrow (a clock or a feed ahead of ours)', '2026-11-26', false],
  ])('a rumour from %s is fresh: %s', (_label, date, fresh) => expect(isFresh(r('x', date), TODAY)).toBe(fresh));

  test('no rumour is not fresh', () => expect(isFresh(undefined, TODAY)).toBe(false));
});
