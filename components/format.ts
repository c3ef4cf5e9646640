import { ageOn } from '../lib/dataset/dates';
import type { Player, Staff, Transfer } from '../lib/dataset/types';

export function ageWords(person: Player | Staff | undefined, today: string): string | undefined {
  const birth = (person as Player | undefined)?.birthDate;
  return birth ? `${ageOn(birth, today)} (born ${formatDay(birth)})` : undefined;
}

export const KIND_WORDS = { player: 'Player', club: 'Club', staff: 'Staff' } as const;

/**
 * A transfer's fee in words. The source writes 0 for a free transfer, a loan and an
 * undisclosed fee alike, so 0 says all three; no fee at all is "fee not given".
 */
export function feeWords(fee: Transfer['fee']): string {
  if (fee === undefined) return 'fee not given';
  if (fee === 0) return 'free, loan or undisclosed';
  if (fee >= 1_000_000) return `€${(fee / 1_000_000).toFixed(fee % 1_000_000 === 0 ? 0 : 1)}m`;
  if (fee >= 1_000) return `€${Math.round(fee / 1_000)}k`;
  return `€${fee}`;
}

/**
 * The one date format of the popup and the options page: the reader's locale (the browser's
 * language: "5 Feb 2026" in British English, "Feb 5, 2026" in American, "5. Feb. 2026" in
 * German), day, short month and year. `locale` is for tests; pages leave it out.
 */
export function formatDay(isoDate: string, locale?: string): string {
  // A calendar day, not a moment: formatted in UTC so no time zone moves it to the day before.
  return dayFormat(locale).format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));
}

/** A moment (installed, last checked): the same date format, with the reader's local time. */
export function formatMoment(isoTime: string, locale?: string): string {
  const when = new Date(isoTime);
  if (Number.isNaN(when.getTime())) return isoTime;
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', hour: 'numeric', minute: '2-digit' }).format(when);
}

const formats = new Map<string, Intl.DateTimeFormat>();
function dayFormat(locale: string | undefined): Intl.DateTimeFormat {
  const key = locale ?? '';
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    formats.set(key, f);
  }
  return f;
}
