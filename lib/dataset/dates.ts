/** Calendar dates as `YYYY-MM-DD` strings, compared and counted without time zones. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export function parseYmd(date: string): Ymd {
  return { y: Number(date.slice(0, 4)), m: Number(date.slice(5, 7)), d: Number(date.slice(8, 10)) };
}

/** Today as an ISO date in UTC: the only place that turns a clock reading into a date. */
export function isoDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/**
 * Whole months from `from` to `to` (negative when `to` is earlier), counting a month as passed
 * once the same day-of-month is reached; a month-end date counts as reaching any later day
 * (31 Jan to 28 Feb is one month).
 */
export function monthsBetween(from: string, to: string): number {
  if (to < from) return -monthsBetween(to, from);
  const a = parseYmd(from);
  const b = parseYmd(to);
  let months = (b.y - a.y) * 12 + (b.m - a.m);
  const bIsMonthEnd = b.d === daysInMonth(b.y, b.m);
  if (b.d < a.d && !bIsMonthEnd) months -= 1;
  return months;
}

export function daysBetween(from: string, to: string): number {
  const ms = Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`);
  return Math.round(ms / 86_400_000);
}

export function addMonths(date: string, months: number): string {
  const { y, m, d } = parseYmd(date);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const nd = Math.min(d, daysInMonth(ny, nm));
  return `${String(ny).padStart(4, '0')}-${String(nm).padStart(2, '0')}-${String(nd).padStart(2, '0')}`;
}

/** Whole years of age on `today`. */
export function ageOn(birthDate: string, today: string): number {
  return Math.floor(monthsBetween(birthDate, today) / 12);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LONG_MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** "30 Jun 2026" */
export function formatDate(date: string): string {
  const { y, m, d } = parseYmd(date);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** "30 June 2026", for screen readers and sentences. */
export function formatLongDate(date: string): string {
  const { y, m, d } = parseYmd(date);
  return `${d} ${LONG_MONTHS[m - 1]} ${y}`;
}

/**
 * "Jun 2030": the badge's short form. The year has all four digits: "Jun 30" read as 30 June (and
 * "Jun 31" or "Jun 34" as impossible days), while no day of a month looks like 2030. "'30" would
 * drop the month, which tells a January end from a summer one, and an apostrophe beside a name
 * reads as a quote or a possessive ("Huijsen's '30"). Two characters more than before.
 */
export function formatMonthYear(date: string): string {
  const { y, m } = parseYmd(date);
  return `${MONTHS[m - 1]} ${y}`;
}
