/**
 * Learned rumours beside the dataset's: in a record's list (newest first), its count and its
 * latest three, so the badge, the card and the popup all count both and the badge's freshness
 * follows the newest of either.
 *
 * A claim read on the reader's pages that the dataset already holds (same player, club and
 * stage, an outlet that does not contradict, a date that fits) is that rumour seen again, not a
 * second one: it is folded into the dataset's rumour as "also read on your pages".
 */
import { daysBetween } from '../dataset/dates';
import type { Rumour } from '../dataset/types';
import { newestFirst } from '../contract/rumours';
import type { EntitySummary, FullRecord, RumourView } from '../protocol';
import { cameTrue, RESIGHT_DAYS, toRumour, type LearnedEntry, type Sighting } from './history';
import { familyOf, sameOutlet } from './score';

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

/** How far back a page may recount an outlet's report ("the Mail reported in December that…"). */
export const RECOUNT_DAYS = 183;

/**
 * Whether a sighting reports the dataset's rumour. Crediting the same outlet, the page may
 * recount it from up to RECOUNT_DAYS before its own date (a page without a date of its own is
 * dated by the day it was read, which only says the claim is no newer). Crediting nobody, it
 * must carry its own date within RESIGHT_DAYS of the rumour, the window history.ts uses for
 * "the same claim again"; crediting another outlet, it is another claim.
 */
function reports(rumour: Rumour, s: Sighting): boolean {
  const dated = s.date !== s.seen;
  if (s.outlet !== null) {
    if (!sameOutlet(s.outlet, rumour.source.outlet)) return false;
    const before = daysBetween(rumour.date, s.date);
    return before >= -RESIGHT_DAYS && (!dated || before <= RECOUNT_DAYS);
  }
  return dated && Math.abs(daysBetween(rumour.date, s.date)) <= RESIGHT_DAYS;
}

/** The dataset rumour a learned one repeats, if any. */
export function repeatedIn(dataset: readonly RumourView[], learned: RumourView): RumourView | undefined {
  const sightings = learned.learned?.sightings ?? [];
  return dataset.find((d) =>
    !d.learned && d.playerId === learned.playerId && d.clubId === learned.clubId
    && familyOf(d.status) === familyOf(learned.status) && sightings.some((s) => reports(d, s)));
}

/** The dataset's rumours with the learned ones that repeat them folded in, and the learned ones that are new. */
function fold(dataset: readonly RumourView[], learned: readonly RumourView[]): { dataset: RumourView[]; fresh: RumourView[] } {
  const seen = new Map<RumourView, Sighting[]>();
  const fresh: RumourView[] = [];
  for (const l of learned) {
    const d = repeatedIn(dataset, l);
    if (d) seen.set(d, [...(seen.get(d) ?? []), ...(l.learned?.sightings ?? [])]);
    else fresh.push(l);
  }
  return { dataset: dataset.map((d) => (seen.has(d) ? { ...d, seenOn: seen.get(d) } : d)), fresh };
}

export function joinRecord<T extends FullRecord>(record: T, learned: readonly RumourView[]): T {
  if (learned.length === 0) return record;
  const { dataset, fresh } = fold(record.rumours, learned);
  const rumours = newestFirst([...dataset, ...fresh]);
  return { ...record, rumours, rumourCount: rumours.length, latestRumours: rumours.slice(0, 3) };
}

/** A record's summary: what a badge and a card need, without the full list. */
export function summaryOf({ rumours: _all, ...summary }: FullRecord): EntitySummary {
  return summary;
}
