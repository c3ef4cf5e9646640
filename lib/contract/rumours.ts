import { daysBetween } from '../dataset/dates';
import type { Rumour, RumourStatus } from '../dataset/types';

/** A rumour counts as fresh for this many days: the badge is emphasised while one is. */
export const FRESH_RUMOUR_DAYS = 30;

export function newestFirst<T extends Rumour>(rumours: readonly T[]): T[] {
  return [...rumours].sort((a, b) => (a.date === b.date ? a.id.localeCompare(b.id) : a.date < b.date ? 1 : -1));
}

export function isFresh(rumour: Rumour | undefined, today: string): boolean {
  if (!rumour) return false;
  const age = daysBetween(rumour.date, today);
  return age >= 0 && age <= FRESH_RUMOUR_DAYS;
}

export const STATUS_WORDS: Record<RumourStatus, string> = {
  interest: 'interest',
  talks: 'talks',
  bid: 'bid made',
  agreed: 'agreed',
  completed: 'completed',
  cooled: 'cooled',
  denied: 'denied',
};
