/**
 * The reader's rumour history: claims read while browsing, kept as entries with the sightings
 * that made them. Pure: the background stores what these functions return.
 *
 * An entry is one claim key (player, club, status family, outlet compared as score.ts compares
 * outlets) over a stretch of time. A sighting within RESIGHT_DAYS of an entry's sightings joins
 * it (a syndicated copy on another site, a follow-up a day later); a later one starts a new entry,
 * because the claim was made again. The same page read twice adds nothing.
 */
import { daysBetween } from '../dataset/dates';
import type { Rumour, RumourStatus } from '../dataset/types';
import { STAGE } from './cues';
import { familyOf, sameOutlet, type Family } from './score';
import { first } from '../indexing';

export const RESIGHT_DAYS = 7;

/** One page where a claim was read. */
export interface Sighting {
  /** The page's address; absent in a file exported without addresses. */
  url?: string;
  /** The host the page was read on ("skysports.com"). */
  site: string;
  /** The page's (or its entry's) date, `YYYY-MM-DD`. */
  date: string;
  /** The day the reader read it. */
  seen: string;
  /** The sentence the claim was read from. */
  sentence: string;
  outlet: string | null;
  author: string | null;
}

export interface LearnedEntry {
  /** Assigned by the store (IndexedDB key). */
  id?: number;
  playerId: string;
  clubId: string;
  /** The furthest stage its sightings report. */
  status: RumourStatus;
  family: Family;
  /** The outlet the claim is credited to, as first read. */
  outlet: string | null;
  author: string | null;
  /** Oldest first. */
  sightings: Sighting[];
  /** The player's club in the dataset when first read: a later dataset fact that he joined `clubId` then means it came true. */
  clubThen?: string | null;
}

/** A claim as the background receives it from lib/rumours, with where it was read. */
export interface LearnedClaim {
  playerId: string;
  clubId: string;
  status: RumourStatus;
  sighting: Sighting;
  clubThen?: string | null;
}

/** An entry is made with its first sighting and dropped with its last (withoutSite), so it always has one. */
const SIGHTINGS = 'rumour sightings';

export function firstDate(entry: LearnedEntry): string {
  return entry.sightings.reduce((d, s) => (s.date < d ? s.date : d), first(entry.sightings, SIGHTINGS).date);
}

export function lastDate(entry: LearnedEntry): string {
  return entry.sightings.reduce((d, s) => (s.date > d ? s.date : d), first(entry.sightings, SIGHTINGS).date);
}

/** Whether a claim has the entry's key: same player and club, same status family, the same outlet. */
export function sameKey(entry: LearnedEntry, claim: LearnedClaim): boolean {
  return entry.playerId === claim.playerId && entry.clubId === claim.clubId && entry.family === familyOf(claim.status)
    && sameOutlet(entry.outlet, claim.sighting.outlet);
}

export type Change = { kind: 'unchanged'; entry: LearnedEntry } | { kind: 'sighting' | 'new'; entry: LearnedEntry };

/**
 * What a claim does to the entries of its player and club: nothing (this page already counted),
 * a sighting added to the entry it falls within RESIGHT_DAYS of, or a new entry.
 */
export function applyClaim(entries: readonly LearnedEntry[], claim: LearnedClaim): Change {
  const same = entries.filter((e) => sameKey(e, claim));
  const s = claim.sighting;
  const already = same.find((e) => e.sightings.some((x) => sameSighting(x, s)));
  if (already) return { kind: 'unchanged', entry: already };
  const near = same.find((e) => daysBetween(lastDate(e), s.date) <= RESIGHT_DAYS && daysBetween(s.date, firstDate(e)) <= RESIGHT_DAYS);
  if (near) {
    const sightings = [...near.sightings, s].sort((a, b) => (a.date === b.date ? a.seen.localeCompare(b.seen) : a.date.localeCompare(b.date)));
    const status = STAGE[claim.status] > STAGE[near.status] ? claim.status : near.status;
    return { kind: 'sighting', entry: { ...near, status, sightings } };
  }
  return {
    kind: 'new',
    entry: {
      playerId: claim.playerId, clubId: claim.clubId, status: claim.status, family: familyOf(claim.status),
      outlet: s.outlet, author: s.author, sightings: [s], clubThen: claim.clubThen,
    },
  };
}

/**
 * Whether a claim is about a transfer at all: interest in, a bid for, or cooling on a player by the
 * club the dataset has him at is a misreading ("Madrid dropped their interest in Konaté, content
 * with Huijsen" is not Madrid cooling on Huijsen). Talks, agreements and denials at his own club
 * are about a new contract, or about his staying, and are kept.
 */
export function isTransferClaim(claim: LearnedClaim): boolean {
  const ownClub = !!claim.clubThen && claim.clubThen === claim.clubId;
  return !(ownClub && (claim.status === 'interest' || claim.status === 'bid' || claim.status === 'cooled'));
}

/** The same page: its address, or (in a file without addresses) its site, date and sentence. */
function sameSighting(a: Sighting, b: Sighting): boolean {
  if (a.url !== undefined && b.url !== undefined) return a.url === b.url;
  return a.site === b.site && a.date === b.date && a.sentence === b.sentence;
}

/**
 * A rumour that came true: its status says the move is done, or the dataset now has him at the
 * club while it had him elsewhere when the claim was read (renewal talks, at his own club, never count).
 */
export function cameTrue(entry: LearnedEntry, clubNow: string | null | undefined): boolean {
  if (entry.status === 'completed') return true;
  if (entry.family === 'cooled/denied') return false;
  return !!clubNow && clubNow === entry.clubId && !!entry.clubThen && entry.clubThen !== entry.clubId;
}

/** An entry without the sightings of one site; null when none are left. */
export function withoutSite(entry: LearnedEntry, site: string): LearnedEntry | null {
  const sightings = entry.sightings.filter((s) => s.site !== site);
  if (sightings.length === entry.sightings.length) return entry;
  return sightings.length ? { ...entry, sightings } : null;
}

export interface LearnedSummary {
  entries: number;
  sightings: number;
  /** The oldest page date, or null when nothing is stored. */
  oldest: string | null;
  /** Per site, most sightings first. */
  sites: Array<{ site: string; sightings: number }>;
}

export function summarise(entries: readonly LearnedEntry[]): LearnedSummary {
  const sites = new Map<string, number>();
  let sightings = 0;
  let oldest: string | null = null;
  for (const e of entries) {
    for (const s of e.sightings) {
      sightings++;
      sites.set(s.site, (sites.get(s.site) ?? 0) + 1);
      if (oldest === null || s.date < oldest) oldest = s.date;
    }
  }
  return {
    entries: entries.length, sightings, oldest,
    sites: [...sites].map(([site, n]) => ({ site, sightings: n })).sort((a, b) => b.sightings - a.sightings || a.site.localeCompare(b.site)),
  };
}

/** A learned entry as a dataset rumour: dated by its newest sighting, linked to its first page. */
export function toRumour(entry: LearnedEntry, id: string): Rumour {
  const linked = entry.sightings.find((s) => s.url);
  return {
    id, playerId: entry.playerId, clubId: entry.clubId, date: lastDate(entry), status: entry.status,
    source: {
      outlet: entry.outlet ?? first(entry.sightings, SIGHTINGS).site,
      ...(entry.author ? { author: entry.author } : {}),
      ...(linked?.url ? { url: linked.url } : {}),
    },
  };
}
