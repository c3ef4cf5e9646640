/**
 * The dataset's rules a publisher and a reader depend on: calendar dates, the names an article
 * uses alone, and validation's messages, each problem with its path.
 */
import { describe, expect, test } from 'vitest';
import {
  addMonths, ageOn, daysBetween, daysInMonth, formatDate, formatLongDate, formatMonthYear, isIsoDate, isoDay, monthsBetween,
} from '../../lib/dataset/dates';
import { clubShortName, initials, personShortName } from '../../lib/dataset/names';
import { validateDataset } from '../../lib/dataset/validate';
import type { Dataset } from '../../lib/dataset/types';
import { tinyDataset } from './fixtures';
import { at } from '../../lib/indexing';

describe('calendar dates', () => {
  test.each([
    ['2026-01-31', true], ['2026-04-31', false], ['2026-00-10', false], ['2026-13-01', false], ['2026-01-00', false],
    ['2024-02-29', true], ['2000-02-29', true], ['1900-02-29', false], ['2026-1-01', false], ['2026-01-01T00:00', false],
    [' 2026-01-01', false], ['20260101', false], ['2026-12-31', true],
  ])('%j is a date: %s', (text, ok) => expect(isIsoDate(text)).toBe(ok));

  test('days in a month, leap years included', () => {
    expect([daysInMonth(2026, 2), daysInMonth(2024, 2), daysInMonth(2026, 4), daysInMonth(2026, 12)]).toEqual([28, 29, 30, 31]);
  });

  test('today is the UTC date of the clock reading', () => {
    expect(isoDay(new Date(Date.UTC(2026, 10, 25, 23, 59, 59)))).toBe('2026-11-25');
    expect(isoDay(new Date(Date.UTC(2026, 0, 1, 0, 0, 0)))).toBe('2026-01-01');
  });

  test.each([
    ['2026-03-15', '2026-03-15', 0],
    ['2026-01-31', '2026-03-30', 1],
    ['2026-01-31', '2026-03-31', 2],
    ['2024-01-31', '2024-02-29', 1],
    ['2026-02-28', '2026-03-28', 1],
    ['2026-02-28', '2026-03-27', 0],
    ['2020-06-30', '2026-06-30', 72],
    ['2026-12-15', '2027-01-14', 0],
    ['2026-12-15', '2027-01-15', 1],
  ])('months from %s to %s: %i', (from, to, months) => {
    expect(monthsBetween(from, to)).toBe(months);
    // Backwards, the same count negated (compared with ===: a zero may come back as -0).
    expect(monthsBetween(to, from) === -months).toBe(true);
  });

  test.each([
    ['2026-02-28', '2026-03-01', 1],
    ['2024-02-28', '2024-03-01', 2],
    ['2026-03-01', '2026-02-28', -1],
    ['2025-12-31', '2026-01-01', 1],
    ['2026-03-28', '2026-03-30', 2],
  ])('days from %s to %s: %i', (from, to, days) => expect(daysBetween(from, to)).toBe(days));

  test.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2026-01-15', -1, '2025-12-15'],
    ['2026-03-31', -13, '2025-02-28'],
    ['2026-06-30', 0, '2026-06-30'],
    ['0999-12-01', 1, '1000-01-01'],
    ['0050-01-09', 0, '0050-01-09'],
  ])('%s plus %i months: %s', (date, months, expected) => expect(addMonths(date, months)).toBe(expected));

  test.each([
    ['2000-11-25', 26],
    ['2000-11-26', 25],
    ['2000-12-31', 25],
    ['2008-11-24', 18],
  ])('born %s: %i on 25 November 2026', (birth, age) => expect(ageOn(birth, '2026-11-25')).toBe(age));

  test('born on 29 February: a year older on 28 February of other years', () => {
    expect(ageOn('2004-02-29', '2026-02-28')).toBe(22);
    expect(ageOn('2004-02-29', '2026-02-27')).toBe(21);
  });

  test('dates in words', () => {
    expect(formatDate('2026-06-30')).toBe('30 Jun 2026');
    expect(formatDate('2026-01-05')).toBe('5 Jan 2026');
    expect(formatLongDate('2026-12-01')).toBe('1 December 2026');
    expect(formatLongDate('2027-09-09')).toBe('9 September 2027');
    expect(formatMonthYear('2026-06-30')).toBe('Jun 2026');
    expect(formatMonthYear('2030-01-01')).toBe('Jan 2030');
    expect(formatMonthYear('2029-12-31')).toBe('Dec 2029');
  });
});

describe('the name an article uses alone', () => {
  test.each([
    [{ name: 'Ibrahima Konaté', shortName: 'Konaté' }, 'Konaté'],
    [{ name: 'Rodrygo' }, 'Rodrygo'],
    [{ name: 'Virgil van Dijk' }, 'van Dijk'],
    [{ name: 'Kevin De Bruyne' }, 'De Bruyne'],
    [{ name: 'Rafael da Silva dos Santos' }, 'dos Santos'],
    [{ name: 'Erling Braut Haaland' }, 'Haaland'],
    // The first word is his first name even when it looks like a particle.
    [{ name: 'Van Dijk' }, 'Dijk'],
    [{ name: '  Mason   Mount ' }, 'Mount'],
    [{ name: 'Virgil van  Dijk' }, 'van Dijk'],
    // The dataset's own short name wins over the one derived from his name.
    [{ name: 'Vinícius Júnior', shortName: 'Vinícius' }, 'Vinícius'],
  ])('%j → %s', (person, short) => expect(personShortName(person)).toBe(short));

  test('a club is called by its short name, else its name', () => {
    expect(clubShortName({ name: 'Liverpool FC', shortName: 'Liverpool' })).toBe('Liverpool');
    expect(clubShortName({ name: 'Arsenal FC' })).toBe('Arsenal FC');
  });

  test.each([
    ['Ibrahima Konaté', 'IK'],
    ['Rodrygo', 'R'],
    ['Virgil van Dijk', 'VD'],
    ['Erling Braut Haaland', 'EH'],
    ['éder militão', 'ÉM'],
    [' Rodrygo', 'R'],
    // A particle is never an initial, whatever its case.
    ['Van Dijk', 'D'],
    ['', '?'],
  ])('initials of %j: %s', (name, expected) => expect(initials(name)).toBe(expected));
});

describe('validation messages', () => {
  const problems = (change: (d: Dataset) => void) => {
    const d = tinyDataset();
    change(d);
    const result = validateDataset(d);
    return result.ok ? [] : result.problems;
  };

  test('a good dataset comes back as it was given', () => {
    const result = validateDataset(tinyDataset());
    expect(result).toEqual({ ok: true, dataset: tinyDataset() });
  });

  test('cross-record problems, each with its path, in the order of the file', () => {
    expect(problems((d) => {
      d.staff = [{ id: 'ibrahima-konate', name: 'A Coach', clubId: 'everton', contract: { since: '2026-07-01', until: '2026-06-30' } }];
      at(d.players, 1).loan = { fromClubId: 'inter' };
      at(d.players, 0).clubId = null;
      at(d.players, 0).loan = { fromClubId: 'real-madrid' };
      at(d.rumours ?? [], 1).id = 'r1';
      at(d.rumours ?? [], 1).clubId = 'juventus';
    })).toEqual([
      'players[0].loan: a loaned player needs the loan club in clubId',
      'players[1].loan.fromClubId: no club "inter"',
      'staff[0].id: duplicate of players[0].id',
      'staff[0].clubId: no club "everton"',
      'staff[0].contract.until: "2026-06-30" is before since "2026-07-01"',
      'rumours[1].id: duplicate of rumours[0].id',
      'rumours[1].clubId: no club "juventus"',
    ]);
  });

  test('a contract may end on the day it starts', () => {
    expect(problems((d) => { at(d.players, 0).contract = { since: '2026-06-30', until: '2026-06-30' }; })).toEqual([]);
  });

  test('a free agent needs no club, and staff may have none', () => {
    expect(problems((d) => { at(d.players, 0).clubId = null; })).toEqual([]);
    expect(problems((d) => { at(d.staff ?? [], 0).clubId = null; })).toEqual([]);
  });

  test('structural problems name the field, what was expected and what was there', () => {
    expect(problems((d) => {
      (d.players[0] as { name: unknown }).name = '';
      (at(d.rumours ?? [], 0).source as { outlet: unknown }).outlet = 7;
      (d.players[1] as { contract: unknown }).contract = { until: '2026-06-30', option: 'maybe' };
    })).toEqual([
      'players[0].name: "" is empty',
      'players[1].contract.option: "maybe" is not an option (none, club, player, mutual, unknown)',
      'rumours[0].source.outlet: expected a non-empty string, got 7',
    ]);
  });

  test('a value JSON cannot hold is still described, never thrown over', () => {
    expect(problems((d) => { (d.players[0] as { name: unknown }).name = function kit() {}; })).toEqual([
      'players[0].name: expected a non-empty string, got function kit() {}',
    ]);
  });

  test('a long value is shown shortened', () => {
    const [problem] = problems((d) => { at(d.players, 0).birthDate = 'x'.repeat(80); });
    expect(problem).toBe(`players[0].birthDate: "${'x'.repeat(56)}... is not a date`);
    expect(problems((d) => { at(d.players, 0).birthDate = 'x'.repeat(58); })).toEqual([`players[0].birthDate: "${'x'.repeat(58)}" is not a date`]);
  });

  test('at most 50 problems, then how many more', () => {
    const many = (n: number) => problems((d) => {
      d.rumours = Array.from({ length: n }, (_, i) => ({ id: `r${i}`, playerId: 'nobody', date: '2026-01-01', status: 'interest' as const, source: { outlet: 'X' } }));
    });
    expect(many(50)).toHaveLength(50);
    const capped = many(62);
    expect(capped).toHaveLength(51);
    expect(capped[49]).toBe('rumours[49].playerId: no player "nobody"');
    expect(capped[50]).toBe('... and 12 more problems');
  });

  test('a version written as text is a problem of its own, not a newer format', () => {
    const result = validateDataset({ ...tinyDataset(), version: '2' });
    expect(result).toEqual({ ok: false, problems: ['version: "2" is not 1'] });
    expect(validateDataset({ ...tinyDataset(), version: 1 }).ok).toBe(true);
  });
});
