import { ageOn, formatDate } from '../lib/dataset/dates';
import type { Player, Staff } from '../lib/dataset/types';

export function ageWords(person: Player | Staff | undefined, today: string): string | undefined {
  const birth = (person as Player | undefined)?.birthDate;
  return birth ? `${ageOn(birth, today)} (born ${formatDate(birth)})` : undefined;
}

export const KIND_WORDS = { player: 'Player', club: 'Club', staff: 'Staff' } as const;
