/**
 * Learned rumours beside the dataset's: in a record's list (newest first), its count and its
 * latest three, so the badge, the card and the popup all count both and the badge's freshness
 * follows the newest of either.
 */
import { newestFirst } from '../contract/rumours';
import type { EntitySummary, FullRecord, RumourView } from '../protocol';
import { cameTrue, toRumour, type LearnedEntry } from './history';

export interface JoinLookups {
  clubName: (clubId: string) => string | undefined;
  /** The player's club in the dataset now. */
  clubNow: (playerId: string) => string | null | undefined;
}

export function learnedViews(entries: readonly LearnedEntry[], lookups: JoinLookups): RumourView[] {
  return entries.map((e) => ({
    ...toRumour(e, `learned-${e.id ?? 0}`),
    clubName: lookups.clubName(e.clubId) ?? e.clubId,
    learned: { sightings: e.sightings, cameTrue: cameTrue(e, lookups.clubNow(e.playerId)) },
  }));
}

export function joinRecord<T extends FullRecord>(record: T, learned: readonly RumourView[]): T {
  if (learned.length === 0) return record;
  const rumours = newestFirst([...record.rumours, ...learned]) as RumourView[];
  return { ...record, rumours, rumourCount: rumours.length, latestRumours: rumours.slice(0, 3) };
}

/** A summary knows only its count and latest three: learned ones are counted in and the three chosen again. */
export function joinSummary<T extends EntitySummary>(summary: T, learned: readonly RumourView[]): T {
  if (learned.length === 0) return summary;
  const latest = newestFirst([...summary.latestRumours, ...learned]) as RumourView[];
  return { ...summary, rumourCount: summary.rumourCount + learned.length, latestRumours: latest.slice(0, 3) };
}
