/**
 * Whether what a page says about a man fits the record of the person a name points at
 * (lib/engine/agree.ts): nationality, position family, age and era. What is read from the page is
 * descriptors.ts's (tests/unit/descriptors.test.ts); this states only how it is compared.
 */
import { describe, expect, test } from 'vitest';
import { ageOn, contradiction, eraContradicts, nationalityFits, positionFits, type PageDates } from '../../lib/engine/agree';
import type { Descriptors } from '../../lib/engine/descriptors';
import type { EntityInfo } from '../../lib/engine/name-index';
import type { PositionFamily } from '../../lib/engine/words';

/** A player's record with the facts descriptors are checked against. */
const player = (facts: Pick<EntityInfo, 'country' | 'position' | 'born'>): EntityInfo => ({ id: 'p', kind: 'player', firstNames: [], clubs: [], ...facts });

describe('nationality', () => {
  test.each([
    ['the country itself', 'brazil', 'brazil', true],
    ['a country too short for the four-letter rule, itself', 'usa', 'usa', true],
    ['a demonym with the country\'s first four letters', 'brazilian', 'brazil', true],
    ['the same four letters where the country is only four long', 'iranian', 'iran', true],
    ['the same four letters where the word is only four long', 'thai', 'thailand', true],
    ['another country\'s demonym', 'brazilian', 'argentina', false],
    ['another country', 'france', 'spain', false],
    ['a listed demonym with other letters than its country', 'dutch', 'netherlands', true],
    ['a listed demonym, its country\'s other name', 'dutchman', 'holland', true],
    ['a demonym of several countries, each of them', 'british', 'wales', true],
    ['a listed demonym is only its own countries', 'english', 'scotland', false],
    ['a listed demonym is only its own countries, whatever its first four letters: Turkish is not Turkmen', 'turkish', 'turkmenistan', false],
    ['Austrian is Austria\'s, not Australia\'s, though both start "aust"', 'austrian', 'australia', false],
    ['and Australian is Australia\'s', 'australian', 'australia', true],
    ['Austria is not Australia', 'austria', 'australia', false],
    ['Slovak is not Slovenian', 'slovak', 'slovenia', false],
    ['Slovenian is not Slovak', 'slovenian', 'slovakia', false],
    ['Nigerian is not Niger\'s', 'nigerian', 'niger', false],
    ['Niger is not Nigeria', 'niger', 'nigeria', false],
    ['Turkey is Türkiye', 'turkey', 'turkiye', true],
    ['a short word is no prefix of a longer country', 'ira', 'iran', false],
  ])('%s: %j for %j fits %s', (_rule, said, country, fits) => expect(nationalityFits(said, country)).toBe(fits));
});

describe('position family', () => {
  // said, record, fits
  const fits: Array<[PositionFamily, PositionFamily, boolean]> = [
    ['goalkeeper', 'goalkeeper', true], ['goalkeeper', 'defender', false], ['goalkeeper', 'midfielder', false], ['goalkeeper', 'attacker', false],
    ['defender', 'goalkeeper', false], ['defender', 'defender', true], ['defender', 'midfielder', true], ['defender', 'attacker', false],
    ['midfielder', 'goalkeeper', false], ['midfielder', 'defender', true], ['midfielder', 'midfielder', true], ['midfielder', 'attacker', true],
    ['attacker', 'goalkeeper', false], ['attacker', 'defender', false], ['attacker', 'midfielder', true], ['attacker', 'attacker', true],
  ];
  test.each(fits)('a %s said of a %s fits: %s', (said, record, fit) => expect(positionFits(said, record)).toBe(fit));
});

describe('age on a day', () => {
  test.each([
    ['the day before his birthday', '1999-05-25', '2026-05-24', 26],
    ['on his birthday', '1999-05-25', '2026-05-25', 27],
    ['the day after', '1999-05-25', '2026-05-26', 27],
    ['a month before, late in the month', '1999-05-25', '2026-04-30', 26],
    ['new year\'s day, born on the last day of the year', '2000-12-31', '2026-01-01', 25],
    ['new year\'s eve, born on the first', '2000-01-01', '2026-12-31', 26],
  ])('%s: born %s, on %s he is %i', (_rule, born, on, age) => expect(ageOn(born, on)).toBe(age));
});

describe('contradiction', () => {
  const konate = player({ country: 'france', position: 'defender', born: '1999-05-25' });
  type Row = [rule: string, who: EntityInfo, said: Descriptors, dates: PageDates, score: number];
  const rows: Row[] = [
    ['nothing said, nothing against him', konate, {}, { date: '2026-02-01' }, 0],
    ['all of it fits', konate, { nationality: 'french', position: 'defender', age: 26 }, { date: '2026-02-01' }, 0],
    ['another nationality counts 1', konate, { nationality: 'spanish' }, { date: '2026-02-01' }, 1],
    ['another position family counts 2', konate, { position: 'attacker' }, { date: '2026-02-01' }, 2],
    ['a midfielder may be a defender', konate, { position: 'midfielder' }, { date: '2026-02-01' }, 0],
    ['another age on the page\'s date counts 2', konate, { age: 31 }, { date: '2026-02-01' }, 2],
    ['an age one year off on the page\'s date fits (a birthday near the page\'s date)', konate, { age: 27 }, { date: '2026-02-01' }, 0],
    ['and one year under fits too', konate, { age: 25 }, { date: '2026-02-01' }, 0],
    ['two years under does not', konate, { age: 24 }, { date: '2026-02-01' }, 2],
    ['all three wrong add up', konate, { nationality: 'spanish', position: 'goalkeeper', age: 35 }, { date: '2026-02-01' }, 5],
    ['without the page\'s date a younger age fits: the page may be old', konate, { age: 19 }, { today: '2026-02-01' }, 0],
    ['without it he cannot be older than today, give a year', konate, { age: 28 }, { today: '2026-02-01' }, 2],
    ['his age today plus one still fits', konate, { age: 27 }, { today: '2026-02-01' }, 0],
    ['without any date an age says nothing', konate, { age: 40 }, {}, 0],
    ['the page\'s date is the one compared, not today', konate, { age: 20 }, { date: '2019-08-01', today: '2026-02-01' }, 0],
    ['an age when his birth date is unknown says nothing', player({ country: 'france' }), { age: 40 }, { date: '2026-02-01' }, 0],
    ['a record without a country or a position is not contradicted by them', player({ born: '1999-05-25' }), { nationality: 'spanish', position: 'goalkeeper' }, { date: '2026-02-01' }, 0],
    ['a club is never contradicted', { ...konate, kind: 'club' }, { nationality: 'spanish', position: 'goalkeeper', age: 40 }, { date: '2026-02-01' }, 0],
    ['nor is a manager', { ...konate, kind: 'staff' }, { nationality: 'spanish', age: 60 }, { date: '2026-02-01' }, 0],
  ];
  test.each(rows)('%s', (_rule, who, said, dates, score) => expect(contradiction(who, said, dates)).toBe(score));
});

describe('era', () => {
  const born2004 = player({ born: '2004-03-10' });
  type Row = [rule: string, who: EntityInfo, yearsAfter: number[], dates: PageDates, contradicts: boolean];
  const rows: Row[] = [
    ['a page from when he could play', born2004, [], { date: '2024-05-01' }, false],
    ['a page from the year he turned fifteen', born2004, [], { date: '2019-05-01' }, false],
    ['a page from before he was fifteen', born2004, [], { date: '2018-12-31' }, true],
    ['a year in the sentence from before he was born', born2004, [1998], { date: '2024-05-01' }, true],
    ['a year from his birth year on', born2004, [2004, 2022], { date: '2024-05-01' }, false],
    ['one early year among later ones', born2004, [2022, 2003], {}, true],
    ['no page date and no years', born2004, [], {}, false],
    ['a man whose birth date is unknown', player({}), [1950], { date: '1960-01-01' }, false],
    ['a manager is not held to a player\'s era', { ...born2004, kind: 'staff' }, [1990], { date: '2010-01-01' }, false],
    ['nor a club', { ...born2004, kind: 'club' }, [1990], { date: '2010-01-01' }, false],
  ];
  test.each(rows)('%s', (_rule, who, yearsAfter, dates, contradicts) => expect(eraContradicts(who, yearsAfter, dates)).toBe(contradicts));
});
