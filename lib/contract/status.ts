/**
 * What a contract means today. "Today" is always a parameter: lib/ never reads the clock, so
 * tests pin a date and never go stale, and the same data reads correctly years later.
 */
import { addMonths, formatDate, formatLongDate, monthsBetween } from '../dataset/dates';
import type { Contract, Loan } from '../dataset/types';

/** A contract's end is "urgent" in the last six months: the Bosman window, when a club abroad may sign him for free. */
export const BOSMAN_MONTHS = 6;

export type Urgency = 'free' | 'ended' | 'bosman' | 'year' | 'long' | 'unknown';

export interface ContractStatus {
  urgency: Urgency;
  until?: string;
  /** Whole months left (negative: months since it ended). */
  monthsLeft?: number;
  /** The end date passed after the data was gathered: he may well have renewed since. */
  stale: boolean;
  /** A short sentence for people and screen readers ("ends 30 June 2027, in 7 months"). */
  words: string;
}

export interface ContractHolder {
  clubId?: string | null;
  contract?: Contract;
  asOf?: string;
}

export function contractStatus(holder: ContractHolder, datasetAsOf: string, today: string): ContractStatus {
  const asOf = holder.asOf ?? datasetAsOf;
  const until = holder.contract?.until;
  if (holder.clubId === null) {
    return { urgency: 'free', stale: false, words: `free agent (as of ${formatLongDate(asOf)})` };
  }
  if (!until) return { urgency: 'unknown', stale: false, words: 'contract end not known' };

  const monthsLeft = monthsBetween(today, until);
  if (until < today) {
    const stale = until >= asOf;
    const ago = monthsAgo(-monthsLeft);
    const words = stale
      ? `ended ${formatLongDate(until)} (data from ${formatLongDate(asOf)}: may have been renewed)`
      : `ended ${formatLongDate(until)}, ${ago}`;
    return { urgency: 'ended', until, monthsLeft, stale, words };
  }
  const urgency: Urgency =
    until <= addMonths(today, BOSMAN_MONTHS) ? 'bosman' : until <= addMonths(today, 12) ? 'year' : 'long';
  const left = monthsLeft === 0 ? 'in less than a month' : `in ${monthsLeft} month${monthsLeft === 1 ? '' : 's'}`;
  const bosman = urgency === 'bosman' ? ' (last six months: free to talk to clubs abroad)' : '';
  return { urgency, until, monthsLeft, stale: false, words: `ends ${formatLongDate(until)}, ${left}${bosman}` };
}

function monthsAgo(months: number): string {
  if (months < 1) return 'less than a month ago';
  if (months < 24) return `${months} month${months === 1 ? '' : 's'} ago`;
  return `${Math.floor(months / 12)} years ago`;
}

export const URGENCY_WORDS: Record<Urgency, string> = {
  free: 'Free agent',
  ended: 'Contract ended',
  bosman: 'Final six months',
  year: 'Under a year left',
  long: 'More than a year left',
  unknown: 'Contract end unknown',
};

export function optionWords(contract: Contract | undefined): string | undefined {
  switch (contract?.option) {
    case 'club': return 'club option to extend';
    case 'player': return 'player option to extend';
    case 'mutual': return 'mutual option to extend';
    case 'none': return 'no option to extend';
    default: return undefined;
  }
}

export function loanWords(loan: Loan | undefined, clubName: (id: string) => string): string | undefined {
  if (!loan) return undefined;
  const until = loan.until ? ` until ${formatDate(loan.until)}` : '';
  return `on loan from ${clubName(loan.fromClubId)}${until}`;
}
