import { ageOn, formatDate } from '../lib/dataset/dates';
import type { Player, Staff, Transfer } from '../lib/dataset/types';

export function ageWords(person: Player | Staff | undefined, today: string): string | undefined {
  const birth = (person as Player | undefined)?.birthDate;
  return birth ? `${ageOn(birth, today)} (born ${formatDate(birth)})` : undefined;
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
