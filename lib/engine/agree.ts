/**
 * Whether what the page says about a man fits the record of the dataset person a name points
 * at: nationality, position family, age (from the page's date, or at most his age today), the
 * club in a line-up or a bracket, and the era (a page or a year from before he could play).
 */
import type { EntityInfo } from './name-index';
import type { Descriptors } from './descriptors';
import { COUNTRIES, DEMONYM_COUNTRIES, type PositionFamily } from './words';

export interface PageDates {
  /** The page's own date (ISO), when it has one. */
  date?: string;
  /** Today (ISO): no page is from after it. */
  today?: string;
}

export function nationalityFits(said: string, country: string): boolean {
  if (said === country) return true;
  const listed = DEMONYM_COUNTRIES.get(said);
  if (listed) return listed.includes(country);
  // A country's name names that country (its other names are listed above).
  if (COUNTRIES.has(said) && COUNTRIES.has(country)) return false;
  // Brazilian ~ brazil, Uruguayan ~ uruguay, Norwegian ~ norway: the same first four letters.
  if (sharedStart(said, country) < 4) return false;
  // Of the countries that share them, the one sharing most: Austrian is Austria's, not Australia's.
  return !COUNTRIES.has(country) || nearestCountries(said).includes(country);
}

function sharedStart(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

const nearest = new Map<string, string[]>();
/** The countries whose names share the longest start with `said`. */
function nearestCountries(said: string): string[] {
  let found = nearest.get(said);
  if (!found) {
    let best = 0;
    found = [];
    for (const country of COUNTRIES) {
      const n = sharedStart(said, country);
      if (n > best) [best, found] = [n, [country]];
      else if (n === best) found.push(country);
    }
    nearest.set(said, found);
  }
  return found;
}

/** Goalkeepers are never outfielders; defenders and attackers are not each other (midfielders may be either). */
export function positionFits(said: PositionFamily, record: PositionFamily): boolean {
  if (said === record) return true;
  if (said === 'goalkeeper' || record === 'goalkeeper') return false;
  return said === 'midfielder' || record === 'midfielder';
}

/** Age in whole years on a day; both ISO dates, compared as text ("MM-DD") after the year. */
export function ageOn(born: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(born.slice(0, 4));
  return on.slice(5) < born.slice(5) ? years - 1 : years;
}

/**
 * How strongly the descriptors say this is not him: 2 for an age or a position family that
 * cannot be his, 1 for a nationality (players change national teams, and the press writes
 * either country). A full name falls at 2, a surname alone at 1.
 */
export function contradiction(who: EntityInfo, d: Descriptors, dates: PageDates): number {
  if (who.kind !== 'player') return 0;
  let score = 0;
  if (d.nationality && who.country && !nationalityFits(d.nationality, who.country)) score += 1;
  if (d.position && who.position && !positionFits(d.position, who.position)) score += 2;
  if (d.age !== undefined && who.born) {
    if (dates.date && Math.abs(ageOn(who.born, dates.date) - d.age) > 1) score += 2;
    // Without the page's date the page may be old, but he cannot be older than he is today.
    else if (!dates.date && dates.today && d.age > ageOn(who.born, dates.today) + 1) score += 2;
  }
  return score;
}

/** A page from before he was old enough to play, or a year in the same sentence from before he was born. */
export function eraContradicts(who: EntityInfo, yearsAfter: number[], dates: PageDates): boolean {
  if (!who.born || who.kind !== 'player') return false;
  const born = Number(who.born.slice(0, 4));
  if (dates.date && Number(dates.date.slice(0, 4)) < born + 15) return true;
  return yearsAfter.some((y) => y < born);
}
