/**
 * The "today" the test build was built with: FOOTNOTE_TODAY, else lib/clock's TEST_TODAY. The
 * browser tests compute what they expect from it, so `FOOTNOTE_TODAY=2030-01-01 npm test` holds too.
 */
import { TEST_TODAY } from '../../lib/clock';
import { isIsoDate } from '../../lib/dataset/dates';

const pinned = process.env.FOOTNOTE_TODAY ?? TEST_TODAY;
if (!isIsoDate(pinned)) throw new Error(`FOOTNOTE_TODAY must be a date such as 2027-06-01, not “${pinned}”`);

export const TODAY: string = pinned;

/** Whole years from a birth date to TODAY (both ISO dates). */
export function ageOn(birthDate: string, today: string = TODAY): number {
  const before = today.slice(5) < birthDate.slice(5);
  return Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4)) - (before ? 1 : 0);
}
